import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { z } from 'zod';
import { extractArticle, InputError } from '../pipeline.js';

/** One input record of the JSONL mode. */
const Record = z.object({
  id: z.union([z.string(), z.number()]),
  text: z.string().optional(),
  html: z.string().optional(),
  lang: z.string().nullable().optional(),
  published: z.string().nullable().optional(),
  refDate: z.string().nullable().optional(),
  url: z.string().nullable().optional(),
  clean: z.boolean().optional(),
});

/**
 * JSON Lines in, JSON Lines out, one output line per input line in input
 * order. Records are processed one at a time and written as they are done
 * (a burst of lines in one write), so memory does not grow with the number of lines. A bad line yields an error
 * line and the stream goes on. Resolves to 0, or 1 when any line failed.
 */
export async function runJsonl(input: Readable, output: Writable, options: { refDate: string | null; maxBytes: number }): Promise<number> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let failed = 0;
  let lineNo = 0;
  // Output lines are gathered and written together: one write per burst of
  // input (the lines of one chunk read), not per line, since a write to a file
  // or pipe can be a system call. A program that sends one line and waits
  // still gets its answer at once: the burst ends when input stops coming.
  let pending = '';
  let scheduled = false;
  const flush = async () => {
    if (!pending) return;
    const chunk = pending;
    pending = '';
    if (!output.write(chunk)) await once(output, 'drain');
  };
  const flushSoon = () => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(() => {
      scheduled = false;
      const chunk = pending;
      pending = '';
      if (chunk) output.write(chunk);
    });
  };
  for await (const line of lines) {
    lineNo++;
    if (!line.trim()) continue;
    const out =
      line.length > options.maxBytes
        ? { id: null, error: { code: 'too-large', message: `line ${lineNo}: ${line.length} characters, over the limit of ${options.maxBytes} (--max-size)` } }
        : processLine(line, lineNo, options);
    if ('error' in out) failed++;
    pending += `${JSON.stringify(out)}\n`;
    if (pending.length >= 65_536 || output.writableNeedDrain) await flush();
    else flushSoon();
  }
  await flush();
  return failed ? 1 : 0;
}

function processLine(line: string, lineNo: number, options: { refDate: string | null }): object {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (e) {
    return { id: null, error: { code: 'bad-json', message: `line ${lineNo}: ${(e as Error).message}` } };
  }
  const rawId = (raw as { id?: unknown } | null)?.id;
  const id = typeof rawId === 'string' || typeof rawId === 'number' ? rawId : null;
  const parsed = Record.safeParse(raw);
  if (!parsed.success) {
    const why = parsed.error.issues.map((i) => `${i.path.join('.') || 'record'}: ${i.message}`).join('; ');
    return { id, error: { code: 'bad-record', message: `line ${lineNo}: ${why}` } };
  }
  const r = parsed.data;
  if (r.text === undefined && r.html === undefined) {
    return { id, error: { code: 'no-content', message: `line ${lineNo}: the record has neither "text" nor "html"` } };
  }
  try {
    const article = extractArticle(
      {
        ...(r.html !== undefined ? { html: r.html } : { text: r.text as string }),
        url: r.url ?? null,
        lang: r.lang ?? null,
        published: r.published ?? null,
        refDate: r.refDate ?? null,
        clean: r.clean ?? true,
      },
      { refDate: options.refDate },
    );
    return { id, ...article };
  } catch (e) {
    const code = e instanceof InputError ? e.code : 'extract-failed';
    return { id, error: { code, message: `line ${lineNo}: ${(e as Error).message}` } };
  }
}
