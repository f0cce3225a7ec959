import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Block, LoadedDocument, MetaDefaults } from './document.js';
import { LoadError, blocksFromLines, slugify, titleFromFileName } from './document.js';
import { htmlBlocks } from './html.js';
import { loadMarkdown } from './markdown.js';
import { pdfBlocks } from './pdf.js';

// Reads one file into a LoadedDocument; every failure becomes a LoadError with a Dutch reason.

export const SUPPORTED_EXTENSIONS = ['.md', '.markdown', '.txt', '.pdf', '.docx', '.html', '.htm'] as const;

export function isSupported(file: string): boolean {
  return (SUPPORTED_EXTENSIONS as readonly string[]).includes(extname(file).toLowerCase());
}

export function readError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'geen toestemming om het bestand te lezen';
  if (code === 'ENOENT') return 'het bestand bestaat niet (meer)';
  if (code === 'EISDIR') return 'dit is een map, geen bestand';
  return `het bestand kan niet worden gelezen (${code ?? (err as Error).message})`;
}

function fromBlocks(file: string, blocks: Block[], defaults: MetaDefaults, title?: string): LoadedDocument {
  const name = basename(file);
  // A numbered "1. Inleiding" is a section, not the document's title; then the file name is the better title.
  const h1 = blocks.find((b) => b.kind === 'heading' && b.level === 1);
  return {
    meta: {
      id: slugify(name.replace(/\.[^.]+$/, '')),
      title: h1?.text ?? title ?? titleFromFileName(name),
      type: defaults.type ?? 'handreiking',
      url: defaults.url,
      region: defaults.region,
      legalIds: [],
    },
    blocks,
  };
}

async function parseFile(file: string, data: Buffer, defaults: MetaDefaults): Promise<LoadedDocument> {
  const ext = extname(file).toLowerCase();
  const name = basename(file);
  const utf8 = () => {
    const text = data.toString('utf8');
    if (text.includes('\u0000')) throw new LoadError(file, 'het bestand bevat binaire gegevens en is geen tekstbestand');
    return text;
  };
  switch (ext) {
    case '.md':
    case '.markdown':
      try {
        return loadMarkdown(utf8(), name, defaults);
      } catch (err) {
        if (err instanceof LoadError) throw err;
        throw new LoadError(file, (err as Error).message);
      }
    case '.txt':
      return fromBlocks(file, blocksFromLines(utf8().split(/\r?\n/)), defaults);
    case '.html':
    case '.htm': {
      const { title, blocks } = htmlBlocks(utf8());
      return fromBlocks(file, blocks, defaults, title);
    }
    case '.docx': {
      let html: string;
      // Loaded for the first Word file: most folders have none, and the answering threads read no files.
      const { default: mammoth } = await import('mammoth');
      try {
        html = (await mammoth.convertToHtml({ buffer: data })).value;
      } catch {
        throw new LoadError(file, 'het Word-bestand is beschadigd of geen geldig .docx-bestand');
      }
      return fromBlocks(file, htmlBlocks(html).blocks, defaults);
    }
    case '.pdf': {
      let parsed: Awaited<ReturnType<typeof pdfBlocks>>;
      try {
        parsed = await pdfBlocks(new Uint8Array(data));
      } catch (err) {
        const msg = (err as Error).message ?? '';
        throw new LoadError(
          file,
          /password/i.test(msg) ? 'de PDF is beveiligd met een wachtwoord' : 'de PDF is beschadigd of geen geldige PDF',
        );
      }
      if (!parsed.blocks.some((b) => b.kind === 'text')) {
        throw new LoadError(file, 'de PDF heeft geen tekstlaag (gescand document?); laat er eerst tekstherkenning (OCR) op los');
      }
      return fromBlocks(file, parsed.blocks, defaults, parsed.title);
    }
    default:
      throw new LoadError(file, `bestandstype '${ext || '(geen)'}' wordt niet ondersteund (wel: ${SUPPORTED_EXTENSIONS.join(', ')})`);
  }
}

export async function loadFile(file: string, defaults: MetaDefaults = {}, data?: Buffer): Promise<LoadedDocument> {
  let bytes = data;
  if (!bytes) {
    try {
      bytes = await readFile(file);
    } catch (err) {
      throw new LoadError(file, readError(err));
    }
  }
  if (!bytes.length) throw new LoadError(file, 'het bestand is leeg');
  const doc = await parseFile(file, bytes, defaults);
  if (!doc.blocks.some((b) => b.kind === 'text')) throw new LoadError(file, 'het bestand is leeg of bevat geen tekst');
  return doc;
}
