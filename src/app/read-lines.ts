// Reading JSON Lines as they arrive (issue 11 §3): a stream's chunks split into lines one chunk at
// a time (async iteration of a stream reads the next chunk only when asked, so memory stays at
// a chunk and a batch), and lines grouped into batches that close when full, when they have been
// open `maxMs`, or when no line has come for `idleMs` (a trickle on stdin is stored as it comes).
import { StringDecoder } from "node:string_decoder";

export interface NumberedLine {
  text: string;
  /** 1-based. */
  n: number;
}

/** The lines of a stream of chunks (UTF-8), after `head` (text already read from it). */
export async function* linesOf(
  chunks: AsyncIterable<Buffer | string>,
  head = "",
): AsyncGenerator<NumberedLine> {
  const decoder = new StringDecoder("utf8");
  let rest = head.replace(/^\uFEFF/, "");
  let n = 0;
  const take = function* (): Generator<NumberedLine> {
    for (let i = rest.indexOf("\n"); i >= 0; i = rest.indexOf("\n")) {
      yield { text: rest.slice(0, i), n: ++n };
      rest = rest.slice(i + 1);
    }
  };
  yield* take();
  for await (const chunk of chunks) {
    rest += typeof chunk === "string" ? chunk : decoder.write(chunk);
    yield* take();
  }
  rest += decoder.end();
  if (rest) yield { text: rest, n: ++n };
}

const IDLE = Symbol("idle");

/**
 * Groups items into batches of at most `max`, closed after `maxMs` open or `idleMs` without an item
 * (Infinity for either: no time limit).
 */
export async function* batchesOf<T>(
  items: AsyncIterable<T>,
  max: number,
  maxMs: number,
  idleMs: number,
): AsyncGenerator<T[]> {
  const it = items[Symbol.asyncIterator]();
  let pending: Promise<IteratorResult<T>> | null = null;
  let batch: T[] = [];
  let opened = 0;
  for (;;) {
    pending ??= it.next();
    const r =
      batch.length === 0
        ? await pending
        : await within(pending, Math.min(idleMs, opened + maxMs - Date.now()));
    if (r === IDLE) {
      yield batch;
      batch = [];
      continue;
    }
    pending = null;
    if (r.done) break;
    if (batch.length === 0) opened = Date.now();
    batch.push(r.value);
    if (batch.length >= max || Date.now() - opened >= maxMs) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** The promise's value, or IDLE when it takes longer than `ms`. */
async function within<T>(p: Promise<T>, ms: number): Promise<T | typeof IDLE> {
  if (ms <= 0) return IDLE;
  // (setTimeout takes Infinity as 1 ms)
  if (ms === Infinity) return p;
  let timer: NodeJS.Timeout | undefined;
  const idle = new Promise<typeof IDLE>((resolve) => (timer = setTimeout(() => resolve(IDLE), ms)));
  try {
    return await Promise.race([p, idle]);
  } finally {
    clearTimeout(timer);
  }
}
