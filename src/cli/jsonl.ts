import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import { z } from 'zod';
import type { SiteRule } from '../clean/site-rules.js';
import type { Article } from '../article/schema.js';
import { extractArticle, InputError } from '../pipeline.js';
import { oneLine } from './format.js';

/** What every line of a run shares. */
export interface JsonlOptions {
  refDate: string | null;
  maxBytes: number;
  /** Parsed --site-rules, or null. */
  siteRules?: SiteRule[] | null;
  /** --country (ISO 3166-1 alpha-2), or null: a record's own "country" wins. */
  country?: string | null;
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
  country: z.string().regex(/^[A-Za-z]{2}$/u, 'a two-letter ISO 3166-1 code (SA, EG, HK, TW)').nullable().optional(),
  clean: z.boolean().optional(),
});

/**
 * JSON Lines in, JSON Lines out, one output line per input line in input
 * order. Input is read a chunk of bytes at a time; a line's bytes are kept as
 * they come and decoded once, when the line ends (joining a long line to the
 * text so far at every chunk made a 32 MB line take 111 s). A line over
 * `maxBytes` bytes is refused as soon as it gets there: its error line is
 * written at once and the rest of its bytes are dropped unread. The chunk's
 * complete lines are processed and their output lines written together (one
 * write per chunk, not per line: a write to a pipe can be a system call), so
 * memory does not grow with the number of lines, and a program that sends one
 * line and waits gets its answer at once. Lines end at \n, \r\n or \r, as with
 * readline (bytes 10 and 13 are never part of a multi-byte UTF-8 character).
 * A bad line yields an error line and the stream goes on. Resolves to 0, or 1
 * when any line failed.
 */
export async function runJsonl(input: Readable, output: Writable, options: JsonlOptions): Promise<number> {
  let failed = 0;
  let lineNo = 0;
  // The line being read: its bytes so far, or null once it went over the limit.
  let parts: Buffer[] | null = [];
  let size = 0;
  // The last chunk ended with \r: a \n starting the next one belongs to it.
  let skipLf = false;
  let pending = '';
  const emit = (line: Output) => {
    if ('error' in line.out) failed++;
    pending += `${oneLine(serializeLine(line))}\n`;
  };
  const add = (buf: Buffer, from: number, to: number) => {
    if (parts === null || to === from) return;
    size += to - from;
    if (size > options.maxBytes) {
      parts = null;
      emit({ out: { id: null, error: { code: 'too-large', message: `line ${lineNo + 1}: over ${options.maxBytes} bytes (--max-size): refused as it arrived` } }, rawId: null });
      return;
    }
    parts.push(buf.subarray(from, to));
  };
  const endLine = () => {
    lineNo++;
    const bytes = parts;
    parts = [];
    size = 0;
    if (bytes === null) return;
    const line = (bytes.length === 1 ? (bytes[0] as Buffer) : Buffer.concat(bytes)).toString('utf8');
    if (line.trim()) emit(processLine(line, lineNo, options));
  };
  const flush = async () => {
    if (!pending) return;
    const chunk = pending;
    pending = '';
    if (!output.write(chunk)) await once(output, 'drain');
  };
  for await (const chunk of input) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    let from = 0;
    if (skipLf && buf.length) {
      if (buf[0] === 10) from = 1;
      skipLf = false;
    }
    // The next \n and \r, each found once: a chunk of many lines is scanned once, not once per line.
    let lf = buf.indexOf(10, from);
    let cr = buf.indexOf(13, from);
    while (lf >= 0 || cr >= 0) {
      const at = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
      add(buf, from, at);
      endLine();
      from = at + 1;
      if (at === cr) {
        if (from === buf.length) skipLf = true;
        else if (buf[from] === 10) from++;
      }
      if (lf >= 0 && lf < from) lf = buf.indexOf(10, from);
      if (cr >= 0 && cr < from) cr = buf.indexOf(13, from);
    }
    add(buf, from, buf.length);
    await flush();
  }
  if (parts === null || size > 0) endLine();
  await flush();
  return failed ? 1 : 0;
}

/** An output line, and a numeric id as the input wrote it. */
interface Output {
  out: { id: string | number | null; error?: { code: string; message: string } } | ({ id: string | number | null } & Article);
  rawId: string | null;
}

/**
 * The output object as one JSON line. A numeric id is written as the input
 * wrote it: JSON.parse reads 12345678901234567890 as 12345678901234567000, and
 * an id must come back unchanged. `id` is the first key of every output line.
 */
function serializeLine({ out, rawId }: Output): string {
  const json = JSON.stringify(out);
  if (rawId === null || typeof out.id !== 'number') return json;
  const head = `{"id":${JSON.stringify(out.id)}`;
  return json.startsWith(head) ? `{"id":${rawId}${json.slice(head.length)}` : json;
}

const JSON_NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * The text of the last top-level "id" member of a valid JSON object when its
 * value is a number (JSON.parse keeps the last of repeated keys), or null.
 * One pass over the line; strings and nested values are skipped.
 */
export function numericIdAsWritten(line: string): string | null {
  let depth = 0;
  let found: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x22) {
      const from = i;
      for (i++; i < line.length; i++) {
        const d = line.charCodeAt(i);
        if (d === 0x5c) i++;
        else if (d === 0x22) break;
      }
      // "id", or "id" written with escapes ("\u0069\u0064"): at most 14 units.
      if (depth !== 1 || i + 1 - from > 14) continue;
      let j = i + 1;
      while (isJsonSpace(line.charCodeAt(j))) j++;
      if (line.charCodeAt(j) !== 0x3a || JSON.parse(line.slice(from, i + 1)) !== 'id') continue;
      j++;
      while (isJsonSpace(line.charCodeAt(j))) j++;
      JSON_NUMBER.lastIndex = j;
      found = JSON_NUMBER.exec(line)?.[0] ?? null;
    } else if (c === 0x7b || c === 0x5b) depth++;
    else if (c === 0x7d || c === 0x5d) depth--;
  }
  return found;
}

function isJsonSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

function processLine(line: string, lineNo: number, options: JsonlOptions): Output {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (e) {
    return { out: { id: null, error: { code: 'bad-json', message: `line ${lineNo}: ${(e as Error).message}` } }, rawId: null };
  }
  const rawId = (raw as { id?: unknown } | null)?.id;
  const id = typeof rawId === 'string' || typeof rawId === 'number' ? rawId : null;
  const written = typeof id === 'number' ? numericIdAsWritten(line) : null;
  const result = (out: Output['out']): Output => ({ out, rawId: written });
  const parsed = Record.safeParse(raw);
  if (!parsed.success) {
    const why = parsed.error.issues.map((i) => `${i.path.join('.') || 'record'}: ${i.message}`).join('; ');
    return result({ id, error: { code: 'bad-record', message: `line ${lineNo}: ${why}` } });
  }
  const r = parsed.data;
  if (r.text === undefined && r.html === undefined) {
    return result({ id, error: { code: 'no-content', message: `line ${lineNo}: the record has neither "text" nor "html"` } });
  }
  try {
    const article = extractArticle(
      {
        ...(r.html !== undefined ? { html: r.html } : { text: r.text as string }),
        url: r.url ?? null,
        lang: r.lang ?? null,
        published: r.published ?? null,
        refDate: r.refDate ?? null,
        country: r.country ?? null,
        clean: r.clean ?? true,
      },
      { refDate: options.refDate, siteRules: options.siteRules ?? null, country: options.country ?? null },
    );
    return result({ id, ...article });
  } catch (e) {
    const code = e instanceof InputError ? e.code : 'extract-failed';
    return result({ id, error: { code, message: `line ${lineNo}: ${(e as Error).message}` } });
  }
}
