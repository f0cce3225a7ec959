import { Worker } from 'node:worker_threads';
import { ApiError, RequestCancelled } from '../http/errors.js';
import type { Env } from '../env.js';
import type { RuleInput, RuleName, RuleRunner } from '../rules/jobs.js';
import type { AskEngine, AskEvent, EngineInput, RememberEvent, TurnState } from './pipeline.js';
import type { AskResponse } from './types.js';

// Answers in worker threads (issue 14, bounded work per request). Understanding, the rules, retrieval and composing
// are synchronous: in the thread that serves HTTP, one heavy question held up every other request, the health check
// included. Here a few workers answer, each with its own view of the index following the database (as a second
// process would), while the main thread only parses, routes and keeps the conversations. The queue is bounded: when
// it is full a question gets a Dutch 503 at once instead of waiting behind work it cannot overtake. The rule
// endpoints run here too (a verzuim list or a CSV export can take a tenth of a second or more): validated at the
// edge, computed in a worker, answered with the JSON text the worker made. A question whose client went away (or whose
// request timed out) leaves the queue before a worker sees it; one a worker already took runs to its end, and its
// result is dropped.

/** What a worker needs to open the index and answer as the server would. */
export interface WorkerConfig {
  dataDir: string;
  knowledgeDir: string;
  env: Env;
}

export interface AskPoolOptions {
  /** Worker threads (at least 1). */
  size: number;
  /** Questions that may wait for a free worker; one more gets a 503. */
  queue: number;
  worker: WorkerConfig;
  /** Told when a worker stops unexpectedly (it is replaced). */
  onCrash?: (message: string) => void;
}

/** Questions one worker takes at once: only its waits on an LLM interleave; its CPU work runs one at a time. */
export const PER_WORKER = 4;

export type Job =
  | { id: number; kind: 'ask' | 'stream'; input: EngineInput; stored?: TurnState }
  | { id: number; kind: 'rule'; name: RuleName; input: unknown };
/** An ApiError crossing the thread boundary: its status, code and details (a plain Error has none). */
export type WorkerFailure = { message: string; status?: ApiError['status']; code?: string; details?: unknown };
/** Messages from a worker (server/ask/worker.ts). */
export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'failed'; message: string }
  | { id: number; type: 'event'; event: AskEvent | RememberEvent }
  | { id: number; type: 'result'; result: { response: AskResponse; state: TurnState } }
  | { id: number; type: 'rule'; json: string }
  | { id: number; type: 'end' }
  | ({ id: number; type: 'error' } & WorkerFailure);

interface Pending {
  job: Job;
  onMessage(m: Extract<WorkerMessage, { id: number }>): void;
  onFail(err: Error): void;
  /** Set when its request was cancelled while a worker had it: what the worker still sends is ignored. */
  dropped?: boolean;
  /** Stops listening to the request's signal (the job ended). */
  unlisten?: () => void;
}

interface Slot {
  worker: Worker;
  running: Map<number, Pending>;
  ready: boolean;
}

// A worker entry in TypeScript runs under tsx's loader, registered inside the worker (the parent's loader hooks do
// not reach worker threads on Node 20); the compiled server (.js) needs no loader.
const ENTRY = new URL(`./worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url).href;
const BOOT = ENTRY.endsWith('.ts')
  ? `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(ENTRY)}); })`
  : `import(${JSON.stringify(ENTRY)})`;

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

const busy = () =>
  new ApiError(503, 'te-druk', 'Wegwijzer beantwoordt nu te veel vragen tegelijk. Probeer het over een paar seconden opnieuw.');
/** The error as the HTTP thread would have thrown it: an ApiError keeps its status and Dutch message. */
const revive = (m: WorkerFailure): Error => (m.status && m.code ? new ApiError(m.status, m.code, m.message, m.details) : new Error(m.message));
const stopped = () => new ApiError(503, 'niet-beschikbaar', 'Het antwoord kon niet worden gemaakt: de verwerking werd onderbroken. Probeer het opnieuw.');

export interface AskPool extends AskEngine, RuleRunner {
  /** Resolves when every worker has opened the index; rejects when one cannot. */
  ready: Promise<void>;
  /** Questions waiting and running (for tests and the health of the pool). */
  load(): { waiting: number; running: number };
  /** Jobs since the start: handed to a worker, taken from the queue because their request was cancelled, and results
   * dropped because it was cancelled while a worker had it. */
  counts(): { sent: number; cancelled: number; dropped: number };
  close(): Promise<void>;
}

export function createAskPool(opts: AskPoolOptions): AskPool {
  const size = Math.max(1, opts.size);
  const slots: Slot[] = [];
  const waiting: Pending[] = [];
  let nextId = 1;
  let closing = false;
  const counts = { sent: 0, cancelled: 0, dropped: 0 };
  let markReady: () => void;
  let markFailed: (err: Error) => void;
  const ready = new Promise<void>((resolve, reject) => {
    markReady = resolve;
    markFailed = reject;
  });
  ready.catch(() => undefined);

  function spawn(): Slot {
    const worker = new Worker(BOOT, { eval: true, workerData: opts.worker });
    const slot: Slot = { worker, running: new Map(), ready: false };
    worker.on('message', (m: WorkerMessage) => {
      if (!('id' in m)) {
        if (m.type === 'ready') {
          slot.ready = true;
          if (slots.every((s) => s.ready)) markReady();
          dispatch();
        } else markFailed(new Error(m.message));
        return;
      }
      const p = slot.running.get(m.id);
      if (!p) return;
      if (m.type === 'result' || m.type === 'rule' || m.type === 'end' || m.type === 'error') {
        slot.running.delete(m.id);
        p.unlisten?.();
        dispatch();
      }
      if (!p.dropped) p.onMessage(m);
    });
    worker.on('error', (err) => opts.onCrash?.(err.message));
    worker.on('exit', () => {
      const at = slots.indexOf(slot);
      for (const p of slot.running.values()) {
        p.unlisten?.();
        if (!p.dropped) p.onFail(stopped());
      }
      slot.running.clear();
      if (closing || at < 0) return;
      // A worker that never became ready would fail again: report it instead of restarting forever.
      if (!slot.ready) {
        markFailed(new Error('Een antwoord-thread kon niet starten.'));
        return;
      }
      slots[at] = spawn();
    });
    return slot;
  }

  for (let i = 0; i < size; i++) slots.push(spawn());

  /** Hands waiting questions to the least busy ready workers. */
  function dispatch() {
    while (waiting.length) {
      const free = slots.filter((s) => s.ready && s.running.size < PER_WORKER).sort((a, b) => a.running.size - b.running.size)[0];
      if (!free) return;
      const p = waiting.shift()!;
      free.running.set(p.job.id, p);
      free.worker.postMessage(p.job);
      counts.sent++;
    }
  }

  /** Queues a job; when `signal` aborts, it leaves the queue, or its result is dropped if a worker has it. */
  function submit(job: DistributiveOmit<Job, 'id'>, pending: Omit<Pending, 'job'>, signal?: AbortSignal) {
    if (closing) throw stopped();
    if (signal?.aborted) throw new RequestCancelled();
    if (waiting.length >= opts.queue) throw busy();
    const p: Pending = { job: { ...job, id: nextId++ }, ...pending };
    if (signal) {
      const cancel = () => {
        const at = waiting.indexOf(p);
        if (at >= 0) {
          waiting.splice(at, 1);
          counts.cancelled++;
        } else {
          p.dropped = true;
          counts.dropped++;
        }
        p.onFail(new RequestCancelled());
      };
      signal.addEventListener('abort', cancel, { once: true });
      p.unlisten = () => signal.removeEventListener('abort', cancel);
    }
    waiting.push(p);
    dispatch();
  }

  return {
    ready,
    load: () => ({ waiting: waiting.length, running: slots.reduce((n, s) => n + s.running.size, 0) }),
    counts: () => ({ ...counts }),
    ask(input, stored, signal) {
      return new Promise((resolve, reject) => {
        submit(
          { kind: 'ask', input, stored },
          {
            onMessage: (m) => (m.type === 'result' ? resolve(m.result) : m.type === 'error' ? reject(revive(m)) : undefined),
            onFail: reject,
          },
          signal,
        );
      });
    },
    rule<N extends RuleName>(name: N, input: RuleInput<N>, signal?: AbortSignal) {
      return new Promise<string>((resolve, reject) => {
        submit(
          { kind: 'rule', name, input },
          { onMessage: (m) => (m.type === 'rule' ? resolve(m.json) : m.type === 'error' ? reject(revive(m)) : undefined), onFail: reject },
          signal,
        );
      });
    },
    async *stream(input, stored, signal) {
      // Events arrive from the worker faster or slower than the client reads them: a small channel in between.
      const items: Array<AskEvent | RememberEvent> = [];
      let finished = false;
      let failure: Error | undefined;
      let wake: (() => void) | undefined;
      const poke = () => {
        wake?.();
        wake = undefined;
      };
      submit(
        { kind: 'stream', input, stored },
        {
          onMessage: (m) => {
            if (m.type === 'event') items.push(m.event);
            else if (m.type === 'end') finished = true;
            else if (m.type === 'error') failure = revive(m);
            poke();
          },
          onFail: (err) => {
            failure = err;
            poke();
          },
        },
        signal,
      );
      for (;;) {
        if (items.length) yield items.shift()!;
        else if (failure) throw failure;
        else if (finished) return;
        else await new Promise<void>((r) => (wake = r));
      }
    },
    async close() {
      closing = true;
      for (const p of waiting.splice(0)) {
        p.unlisten?.();
        p.onFail(stopped());
      }
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
