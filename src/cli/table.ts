import { once } from 'node:events';
import { closeSync, openSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import type { z } from 'zod';
import { Article, Fact, readArticle } from '../article/schema.js';
import { oneLine } from './format.js';
import { VERSION } from './help.js';
import { makeFolder, printable } from './io.js';
import { isArticleFile } from './layout.js';

export type FactKind = Fact['kind'];
/** The schema of each kind of fact, in the registry's order (src/extract/kinds.ts: money, date, percent): the order their columns come in. */
const FACT_SCHEMAS = new Map<FactKind, z.ZodObject>(Fact.options.map((o) => [o.shape.kind.value, o as z.ZodObject]));
/** The kinds of fact. */
export const FACT_KINDS: readonly FactKind[] = [...FACT_SCHEMAS.keys()];

export const TABLE_FORMATS = ['csv', 'tsv', 'jsonl', 'parquet'] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];

/** A column's type: a string, a whole number (offsets), a double, a boolean. */
export type ColumnType = 'string' | 'int' | 'double' | 'boolean';

export interface Column {
  name: string;
  type: ColumnType;
  /** The kinds of fact that fill it; null for an article column (every row). */
  kinds: FactKind[] | null;
  /** Where it comes from in the article file ("source.url", "measure.metric", "value"). */
  from: string;
  get(row: { id: string; article: Article; fact: Fact }): unknown;
}

type Scalar = { type: ColumnType } | null;

/** The column type of a zod field (through nullable / optional), or null for objects and arrays. */
function scalarType(t: z.ZodType): Scalar {
  let s = t as unknown as { def: { type: string }; unwrap?: () => unknown; isInt?: boolean };
  while (s.def.type === 'nullable' || s.def.type === 'optional') s = (s.unwrap as () => typeof s)();
  switch (s.def.type) {
    case 'string':
    case 'enum':
    case 'literal':
      return { type: 'string' };
    case 'number':
      return { type: s.isInt ? 'int' : 'double' };
    case 'boolean':
      return { type: 'boolean' };
    default:
      return null;
  }
}

function shapeOf(t: z.ZodType): Record<string, z.ZodType> | null {
  let s = t as unknown as { def: { type: string }; unwrap?: () => unknown; shape?: Record<string, z.ZodType> };
  while (s.def.type === 'nullable' || s.def.type === 'optional') s = (s.unwrap as () => typeof s)();
  return s.def.type === 'object' ? (s.shape ?? null) : null;
}

/** The article's fields that every row repeats: [column, path in the article file]. */
const ARTICLE_FIELDS: ReadonlyArray<readonly [string, string]> = [
  ['file', 'source.file'],
  ['url', 'source.url'],
  ['lang', 'lang'],
  ['script', 'script'],
  ['published', 'published'],
  ['refDate', 'refDate'],
];

function schemaAt(path: string): z.ZodType {
  let t: z.ZodType = Article;
  for (const key of path.split('.')) {
    const shape = shapeOf(t);
    const next = shape?.[key];
    if (!next) throw new Error(`table: no field ${path} in the article schema`);
    t = next;
  }
  return t;
}

function valueAt(o: unknown, path: string): unknown {
  let v = o;
  for (const key of path.split('.')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined;
  return v;
}

/**
 * The columns of the table, from the schema (src/article/schema.ts): `id`
 * (the file name without .json), the article fields above, then the fields of
 * each kind of fact in schema order, money's first. A field of several kinds
 * is one column (text, start, qualifier, value…); one whose type differs
 * between kinds (a date's value is a string, a percentage's a number) is a
 * string column. An object field (money's measure) gives a column per scalar
 * field (metric, subject, period: a percentage's metric shares the column);
 * its nested objects (cue and offsets) stay in the JSON. With `kinds`, only
 * the columns those kinds fill.
 */
export function tableColumns(kinds: readonly FactKind[] = FACT_KINDS): Column[] {
  const columns: Column[] = [{ name: 'id', type: 'string', kinds: null, from: '(file name)', get: (r) => r.id }];
  for (const [name, path] of ARTICLE_FIELDS) {
    const s = scalarType(schemaAt(path));
    if (!s) throw new Error(`table: article field ${path} is not a scalar`);
    columns.push({ name, type: s.type, kinds: null, from: path, get: (r) => valueAt(r.article, path) });
  }
  const facts = new Map<string, { type: ColumnType; kinds: FactKind[]; from: Map<FactKind, string> }>();
  const add = (name: string, type: ColumnType, kind: FactKind, path: string) => {
    const c = facts.get(name);
    if (!c) facts.set(name, { type, kinds: [kind], from: new Map([[kind, path]]) });
    else {
      if (c.type !== type) c.type = 'string';
      if (!c.kinds.includes(kind)) c.kinds.push(kind);
      c.from.set(kind, path);
    }
  };
  for (const kind of FACT_KINDS) {
    if (!kinds.includes(kind)) continue;
    for (const [key, t] of Object.entries((FACT_SCHEMAS.get(kind) as z.ZodObject).shape as Record<string, z.ZodType>)) {
      const s = scalarType(t);
      if (s) add(key, s.type, kind, key);
      else
        for (const [sub, st] of Object.entries(shapeOf(t) ?? {})) {
          const ss = scalarType(st);
          if (ss) add(sub, ss.type, kind, `${key}.${sub}`);
        }
    }
  }
  for (const [name, c] of facts) {
    const from = c.from;
    columns.push({
      name,
      type: c.type,
      kinds: c.kinds,
      from: [...new Set(from.values())].join(' | '),
      get: (r) => {
        const path = from.get(r.fact.kind);
        if (path === undefined) return null;
        const v = valueAt(r.fact, path);
        if (v === undefined || v === null) return null;
        return c.type === 'string' && typeof v !== 'string' ? String(v) : v;
      },
    });
  }
  return columns;
}

/**
 * Name patterns of files in an output folder that are never articles: hidden files (the
 * .newsfacts/ folder of run records and pending changes), an older folder's run records and
 * pending changes (src/cli/layout.ts), fetch sidecars.
 */
export function isNeverArticle(name: string): boolean {
  return name.startsWith('.') || (name.endsWith('.json') && !isArticleFile(name)) || /\.meta\.json$/u.test(name);
}

export class TableError extends Error {}

/**
 * The article files to read: a folder's *.json files (the top folder, as
 * extract writes it), sorted by name; a file named on the command line as it
 * is. Run records, pending and sidecar files are left out, named or not;
 * a path given twice is read once. Throws TableError for a missing or
 * unreadable path.
 */
export function tableInputs(paths: string[]): string[] {
  const files: string[] = [];
  const seen = new Set<string>();
  const push = (p: string) => {
    let key = resolve(p);
    try {
      key = realpathSync(p);
    } catch {
      // read later, and reported there
    }
    if (!seen.has(key)) {
      seen.add(key);
      files.push(p);
    }
  };
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch (e) {
      throw new TableError(`${printable(p)}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : (e as Error).message}`);
    }
    if (st.isDirectory()) {
      let names: string[];
      try {
        names = readdirSync(p);
      } catch (e) {
        throw new TableError(`${printable(p)}: cannot read the folder: ${(e as Error).message}`);
      }
      for (const n of names.filter((n) => n.endsWith('.json') && !isNeverArticle(n)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
        const f = join(p, n);
        try {
          if (!statSync(f).isFile()) continue;
        } catch {
          // a dangling link: reported when read
        }
        push(f);
      }
    } else if (!isNeverArticle(basename(p))) push(p);
  }
  return files;
}

/** One article file, or why it is not one. */
function readTableArticle(file: string): Article | string {
  let json: string;
  try {
    json = readFileSync(file, 'utf8');
  } catch (e) {
    return `unreadable: ${(e as Error).message}`;
  }
  let data: unknown;
  try {
    data = JSON.parse(json.replace(/^\uFEFF/u, ''));
  } catch (e) {
    return `not JSON: ${(e as Error).message}`;
  }
  try {
    // readArticle gives fields added since schema 1 came out their old values, then validates (Article.parse).
    return readArticle(data);
  } catch (e) {
    const issue = (e as z.ZodError).issues?.[0];
    return issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : (e as Error).message;
  }
}

// --- cells ---------------------------------------------------------------

function text(v: unknown): string {
  if (v === null || v === undefined) return '';
  return typeof v === 'string' ? v : String(v);
}

/** RFC 4180: a field with a comma, a quote, CR or LF is quoted, its quotes doubled. */
export function csvField(v: unknown): string {
  const s = text(v);
  return /[",\r\n]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s;
}

/** TSV: backslash, tab, LF and CR written as \\, \t, \n and \r (as PostgreSQL's COPY text format and "linear TSV"). */
export function tsvField(v: unknown): string {
  return text(v).replace(/[\\\t\n\r]/gu, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

// --- writing ---------------------------------------------------------------

export interface TableOptions {
  paths: string[];
  format: TableFormat;
  out: string | null;
  bom: boolean;
  kind: FactKind | null;
}

/** A place to write: stdout (waiting for it to drain) or a file descriptor. */
interface Sink {
  write(chunk: string | Uint8Array): Promise<void>;
}

const LINE_END: Record<'csv' | 'tsv' | 'jsonl', string> = { csv: '\r\n', tsv: '\n', jsonl: '\n' };

/**
 * `newsfacts table`: one row per fact of every article file named or in a
 * folder named; resolves to the exit code (0; 2 for a missing or unreadable
 * path or an output that cannot be written). A file that is not an article is
 * named on stderr and skipped.
 */
export async function runTable(o: TableOptions, stdout: Writable = process.stdout): Promise<number> {
  let files: string[];
  try {
    files = tableInputs(o.paths);
  } catch (e) {
    if (!(e instanceof TableError)) throw e;
    process.stderr.write(`newsfacts: table: ${e.message}\n`);
    return 2;
  }
  const columns = tableColumns(o.kind ? [o.kind] : FACT_KINDS);
  let tmp: string | null = null;
  let fd: number | null = null;
  let sink: Sink;
  if (o.out !== null) {
    try {
      makeFolder(dirname(o.out));
      tmp = `${o.out}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
      fd = openSync(tmp, 'w');
    } catch (e) {
      process.stderr.write(`newsfacts: table: ${printable(o.out)}: ${(e as Error).message}\n`);
      return 2;
    }
    const f = fd;
    sink = {
      write: async (c) => {
        const b = typeof c === 'string' ? Buffer.from(c, 'utf8') : c;
        for (let at = 0; at < b.length; ) at += writeSync(f, b, at, b.length - at);
      },
    };
  } else
    sink = {
      write: async (c) => {
        if (!stdout.write(c)) await once(stdout, 'drain');
      },
    };
  try {
    const counts = await writeTable(files, columns, o, sink);
    if (fd !== null && tmp !== null && o.out !== null) {
      closeSync(fd);
      fd = null;
      renameSync(tmp, o.out);
      tmp = null;
    }
    process.stderr.write(
      `newsfacts: table: ${counts.rows} rows from ${counts.articles} articles${counts.skipped ? `, ${counts.skipped} files skipped` : ''}${o.out !== null ? ` → ${printable(o.out)}` : ''}\n`,
    );
    return 0;
  } catch (e) {
    if (typeof (e as NodeJS.ErrnoException).code !== 'string') throw e;
    process.stderr.write(`newsfacts: table: ${o.out !== null ? `${printable(o.out)}: ` : ''}${(e as Error).message}\n`);
    return 2;
  } finally {
    if (fd !== null) closeSync(fd);
    if (tmp !== null) rmSync(tmp, { force: true });
  }
}

async function writeTable(files: string[], columns: Column[], o: TableOptions, sink: Sink): Promise<{ rows: number; articles: number; skipped: number }> {
  const counts = { rows: 0, articles: 0, skipped: 0 };
  const values: unknown[][] = columns.map(() => []);
  const format = o.format;
  const line = format === 'parquet' ? null : (cells: unknown[]) => formatLine(format, columns, cells);
  // The header row (CSV, TSV), after the byte order mark asked for.
  if (format === 'csv' || format === 'tsv') await sink.write(`${o.bom ? '\uFEFF' : ''}${formatLine(format, columns, columns.map((c) => c.name))}`);
  for (const file of files) {
    const article = readTableArticle(file);
    if (typeof article === 'string') {
      counts.skipped++;
      process.stderr.write(`newsfacts: table: skipped: not an article: ${printable(file)} (${printable(article)})\n`);
      continue;
    }
    counts.articles++;
    const id = basename(file).replace(/\.json$/u, '');
    let chunk = '';
    for (const fact of article.facts) {
      if (o.kind && fact.kind !== o.kind) continue;
      const cells = columns.map((c) => c.get({ id, article, fact }) ?? null);
      counts.rows++;
      if (line) chunk += line(cells);
      else cells.forEach((v, i) => (values[i] as unknown[]).push(v));
    }
    if (chunk) await sink.write(chunk);
  }
  if (format === 'parquet') await sink.write(await parquetBytes(columns, values));
  return counts;
}

function formatLine(format: 'csv' | 'tsv' | 'jsonl', columns: Column[], cells: unknown[]): string {
  if (format === 'csv') return `${cells.map(csvField).join(',')}${LINE_END.csv}`;
  if (format === 'tsv') return `${cells.map(tsvField).join('\t')}${LINE_END.tsv}`;
  const o: Record<string, unknown> = {};
  columns.forEach((c, i) => (o[c.name] = cells[i]));
  return `${oneLine(JSON.stringify(o))}${LINE_END.jsonl}`;
}

const PARQUET_TYPE = { string: 'STRING', int: 'INT32', double: 'DOUBLE', boolean: 'BOOLEAN' } as const;

/** The table as one Parquet file (hyparquet-writer: pure JavaScript, snappy-compressed, every column nullable). */
async function parquetBytes(columns: Column[], values: unknown[][]): Promise<Uint8Array> {
  const { parquetWriteBuffer } = await import('hyparquet-writer');
  const buffer = parquetWriteBuffer({
    columnData: columns.map((c, i) => ({ name: c.name, type: PARQUET_TYPE[c.type], nullable: true, data: values[i] as unknown[] })),
    createdBy: `newsfacts ${VERSION}`,
  });
  return new Uint8Array(buffer);
}
