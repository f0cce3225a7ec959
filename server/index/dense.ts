import hnswlib from 'hnswlib-node';

// Dense vectors in hnswlib: the graph is saved in hnswlib's own binary format (snapshot.ts names the file) and
// extended in place with addPoint and markDelete; labels are the database's passage labels.

const M = 16;
const EF_CONSTRUCTION = 200;
/** hnswlib's search breadth; the default (10) misses true neighbours of these sparse hashed vectors. */
const EF_SEARCH = 200;
/** Bytes hnswlib stores per element at least (level-0 links, vector, label), to tell a cut-off file. */
const minBytesPerElement = (dim: number) => (2 * M + 1) * 4 + dim * 4 + 8 + 4;

export class DenseIndex {
  private constructor(
    private readonly graph: hnswlib.HierarchicalNSW,
    readonly dim: number,
    private live: number,
  ) {}

  static create(dim: number, capacity: number): DenseIndex {
    const graph = new hnswlib.HierarchicalNSW('cosine', dim);
    graph.initIndex(Math.max(64, capacity), M, EF_CONSTRUCTION, 100);
    graph.setEf(EF_SEARCH);
    return new DenseIndex(graph, dim, 0);
  }

  /** Loads a saved graph; throws when the file is missing, cut off or not a graph of `dim` dimensions. */
  static read(file: string, dim: number, size: number): DenseIndex {
    const graph = new hnswlib.HierarchicalNSW('cosine', dim);
    graph.readIndexSync(file);
    graph.setEf(EF_SEARCH);
    return new DenseIndex(graph, dim, size);
  }

  /** Saves the graph to `file` and checks the result is not cut short (hnswlib itself reports no write error). */
  write(file: string, written: (file: string) => number): void {
    this.graph.writeIndexSync(file);
    const min = 96 + this.graph.getCurrentCount() * minBytesPerElement(this.dim);
    if (written(file) < min) throw Object.assign(new Error(`De vectorindex ${file} is onvolledig geschreven (schijf vol?).`), { code: 'ENOSPC' });
  }

  get size(): number {
    return this.live;
  }

  /** Points in the graph including removed ones; a graph with many removed points is worth rebuilding. */
  get stored(): number {
    return this.graph.getCurrentCount();
  }

  add(label: number, vector: ArrayLike<number>): void {
    if (vector.length !== this.dim) throw new Error(`Vector ${label} heeft ${vector.length} dimensies in plaats van ${this.dim}.`);
    if (this.graph.getCurrentCount() + 1 > this.graph.getMaxElements()) this.graph.resizeIndex(Math.max(64, this.graph.getMaxElements() * 2));
    this.graph.addPoint(Array.from(vector), label);
    this.live++;
  }

  remove(label: number): void {
    this.graph.markDelete(label);
    this.live--;
  }

  /** Nearest neighbours; without a filter hnswlib runs its plain search (no callback per candidate). */
  search(vector: number[], k: number, accept?: (label: number) => boolean): Array<{ label: number; score: number }> {
    const n = Math.min(k, this.live);
    if (n <= 0) return [];
    const { neighbors, distances } = accept ? this.graph.searchKnn(vector, n, accept) : this.graph.searchKnn(vector, n);
    return neighbors.map((label, i) => ({ label, score: 1 - distances[i]! }));
  }
}
