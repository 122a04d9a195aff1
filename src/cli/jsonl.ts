import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { z } from 'zod';
import type { SiteRule } from '../clean/site-rules.js';
import { extractArticle, InputError } from '../pipeline.js';
import { jsonLine } from './format.js';

/** What every line of a run shares. */
export interface JsonlOptions {
  refDate: string | null;
  maxBytes: number;
  /** Parsed --site-rules, or null. */
  siteRules?: SiteRule[] | null;
}

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
 * order. Input is read a chunk at a time; the chunk's complete lines are
 * processed and their output lines written together (one write per chunk,
 * not per line: a write to a pipe can be a system call), so memory does not
 * grow with the number of lines, and a program that sends one line and waits
 * gets its answer at once. Lines end at \n, \r\n or \r, as with readline.
 * A bad line yields an error line and the stream goes on. Resolves to 0, or 1
 * when any line failed.
 */
export async function runJsonl(input: Readable, output: Writable, options: JsonlOptions): Promise<number> {
  const decoder = new StringDecoder('utf8');
  let failed = 0;
  let lineNo = 0;
  let carry = '';
  let pending = '';
  const take = (line: string) => {
    lineNo++;
    if (!line.trim()) return;
    const out =
      line.length > options.maxBytes
        ? { id: null, error: { code: 'too-large', message: `line ${lineNo}: ${line.length} characters, over the limit of ${options.maxBytes} (--max-size)` } }
        : processLine(line, lineNo, options);
    if ('error' in out) failed++;
    pending += jsonLine(out);
  };
  const flush = async () => {
    if (!pending) return;
    const chunk = pending;
    pending = '';
    if (!output.write(chunk)) await once(output, 'drain');
  };
  for await (const chunk of input) {
    // Only the new text is scanned: a long line arriving in many chunks is read once.
    const scanned = carry.endsWith('\r') ? carry.length - 1 : carry.length;
    const text = carry + decoder.write(chunk as Buffer);
    let from = 0;
    for (let i = scanned; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      // A \r at the end of a chunk may be the first half of \r\n: wait for the next.
      if (c === 13 && i === text.length - 1) break;
      take(text.slice(from, i));
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      from = i + 1;
    }
    carry = text.slice(from);
    await flush();
  }
  carry += decoder.end();
  if (carry.endsWith('\r')) carry = carry.slice(0, -1);
  if (carry) take(carry);
  await flush();
  return failed ? 1 : 0;
}

function processLine(line: string, lineNo: number, options: JsonlOptions): object {
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
      { refDate: options.refDate, siteRules: options.siteRules ?? null },
    );
    return { id, ...article };
  } catch (e) {
    const code = e instanceof InputError ? e.code : 'extract-failed';
    return { id, error: { code, message: `line ${lineNo}: ${(e as Error).message}` } };
  }
}
