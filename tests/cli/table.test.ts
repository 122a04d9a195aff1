import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Article, type Fact } from '../../src/article/schema.js';
import { repoPath, runCli, tmp } from '../helpers.js';

// `newsfacts table` as a user runs it: over the committed extracted/ folder
// (whatever the rules now find in it: counts are taken from the files), and
// over folders that hold what an output folder can hold besides articles.

const EXTRACTED = repoPath('extracted');
const articleFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.json') && !f.startsWith('_') && !f.includes('.new.') && !f.includes('.meta.')).sort();
const readArticles = (dir: string) => articleFiles(dir).map((f) => ({ id: f.replace(/\.json$/u, ''), a: Article.parse(JSON.parse(readFileSync(join(dir, f), 'utf8'))) }));
const factsOf = (dir: string) => readArticles(dir).flatMap(({ id, a }) => a.facts.map((f) => ({ id, f })));

/** An RFC 4180 reader: quoted fields may hold commas, doubled quotes, CR and LF; records end with CRLF or LF. */
function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < s.length) {
    const c = s[i] as string;
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') (field += '"'), (i += 2);
      else if (c === '"') (quoted = false), i++;
      else (field += c), i++;
    } else if (c === '"' && field === '') (quoted = true), i++;
    else if (c === ',') row.push(field), (field = ''), i++;
    else if (c === '\r' && s[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), (i += 2);
    else if (c === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else (field += c), i++;
  }
  if (field !== '' || row.length) row.push(field), rows.push(row);
  return rows;
}

/** Rows as objects by the header row. */
const records = (rows: string[][]) => {
  const [head, ...rest] = rows;
  return rest.map((r) => Object.fromEntries((head as string[]).map((h, i) => [h, r[i] ?? ''])));
};

const unTsv = (s: string) => s.replace(/\\(.)/gu, (_, c: string) => (c === 't' ? '\t' : c === 'n' ? '\n' : c === 'r' ? '\r' : c));

// Python's csv module reads the CSV as an analyst's script would; absent, that check is skipped with a warning.
const python = spawnSync('python3', ['-c', 'import csv, json, sys'], { encoding: 'utf8' }).status === 0 ? 'python3' : null;
const required = process.env.NEWSFACTS_REQUIRE_TOOLS === '1';
if (!python && !required) console.warn('table: the Python csv checks are skipped: python3 is not installed');
const sqlite3 = spawnSync('sqlite3', ['-version'], { encoding: 'utf8' }).status === 0 ? 'sqlite3' : null;
if (!sqlite3 && !required) console.warn('table: the sqlite3 .import checks are skipped: sqlite3 is not installed');

/** The CSV read by Python's csv.DictReader: rows as objects. */
function pythonCsv(file: string): Record<string, string>[] {
  const out = execFileSync(python ?? 'python3', ['-c', 'import csv, json, sys\nwith open(sys.argv[1], newline="", encoding="utf-8-sig") as f: print(json.dumps(list(csv.DictReader(f))))', file], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  return JSON.parse(out) as Record<string, string>[];
}

/** A folder with the articles of extracted/ and what else an output folder can hold. */
function messyFolder(): string {
  const dir = tmp();
  for (const f of articleFiles(EXTRACTED)) copyFileSync(join(EXTRACTED, f), join(dir, f));
  const first = articleFiles(EXTRACTED)[0] as string;
  writeFileSync(join(dir, '_run.json'), JSON.stringify({ version: '0.1.0', counts: { extracted: 4 } }));
  writeFileSync(join(dir, '_run.shard-0-of-2.json'), JSON.stringify({ version: '0.1.0' }));
  // A pending change is an article too: read, its facts would be counted twice.
  copyFileSync(join(EXTRACTED, first), join(dir, first.replace(/\.json$/u, '.new.json')));
  writeFileSync(join(dir, 'page.meta.json'), JSON.stringify({ url: 'https://example.com/' }));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'not-an-article' }));
  writeFileSync(join(dir, 'broken.json'), '{"schemaVersion": 1, "source": ');
  writeFileSync(join(dir, 'notes.txt'), 'not json at all');
  mkdirSync(join(dir, 'sub'));
  copyFileSync(join(EXTRACTED, first), join(dir, 'sub', 'nested.json'));
  return dir;
}

/** An article whose fields hold every character a table format must carry: commas, quotes, CR, LF, tabs, backslashes, U+2028. */
function hostileFolder(): { dir: string; sentence: string; subject: string } {
  const dir = tmp();
  const first = articleFiles(EXTRACTED)[0] as string;
  const a = JSON.parse(readFileSync(join(EXTRACTED, first), 'utf8')) as Article;
  const sentence = 'He said, "a \\"b\\" c",\nthen\r\nmore\tand\u2028more\u0085end, "';
  const subject = 'Co., "Ltd"\n\\t';
  const money = a.facts.find((f) => f.kind === 'money') as Extract<Fact, { kind: 'money' }>;
  money.sentence = sentence;
  money.exact = '123456789012345678901234.5678';
  if (money.measure) money.measure.subject = subject;
  else money.measure = { metric: 'revenue', metricCue: null, subject, subjectAt: null, period: null, periodAt: null };
  a.source.url = 'https://example.com/a,b?"q"=1';
  writeFileSync(join(dir, 'hostile.json'), JSON.stringify(Article.parse(a), null, 2));
  return { dir, sentence, subject };
}

describe('newsfacts table', { timeout: 60_000 }, () => {
  it('CSV over extracted/: one row per fact, in file order, with the exact amounts as written', () => {
    const facts = factsOf(EXTRACTED);
    expect(facts.length).toBeGreaterThan(50);
    const out = join(tmp(), 'facts.csv');
    const r = runCli(['table', EXTRACTED, '--format', 'csv', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`${facts.length} rows from ${articleFiles(EXTRACTED).length} articles`, 'u'));
    const csv = readFileSync(out, 'utf8');
    expect(csv.startsWith('id,file,url,lang,script,published,refDate,kind,text,start,end,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = records(parseCsv(csv));
    expect(rows).toHaveLength(facts.length);
    rows.forEach((row, i) => {
      const { id, f } = facts[i] as { id: string; f: Fact };
      expect([row.id, row.kind, row.text, row.start, row.end, row.sentence, row.rule]).toEqual([id, f.kind, f.text, String(f.start), String(f.end), f.sentence, f.rule]);
      if (f.kind === 'money') {
        expect(row.exact).toBe(f.exact);
        expect(Number(row.amount)).toBe(f.amount);
        expect([row.currency, row.metric, row.subject, row.period]).toEqual([f.currency ?? '', f.measure?.metric ?? '', f.measure?.subject ?? '', f.measure?.period ?? '']);
        expect([row.grain, row.unit]).toEqual(['', '']);
      } else if (f.kind === 'date') {
        expect([row.value, row.grain, row.relative, row.amount, row.exact]).toEqual([f.value ?? '', f.grain, String(f.relative), '', '']);
      } else if (f.kind === 'percent') expect([row.exact, row.unit, row.metric]).toEqual([f.exact, f.unit, f.metric ?? '']);
    });
  });

  it.runIf(python || required)("Python's csv reads the same rows and exact amounts (and skips the BOM of --bom)", () => {
    const facts = factsOf(EXTRACTED);
    const dir = tmp();
    expect(runCli(['table', EXTRACTED, '--out', join(dir, 'facts.csv'), '--bom']).code).toBe(0);
    expect(readFileSync(join(dir, 'facts.csv')).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const rows = pythonCsv(join(dir, 'facts.csv'));
    expect(rows).toHaveLength(facts.length);
    expect(rows.map((r) => r.exact)).toEqual(facts.map(({ f }) => ('exact' in f ? f.exact : '')));
    expect(rows.map((r) => r.sentence)).toEqual(facts.map(({ f }) => f.sentence));
  });

  it('reads only articles: run records, pending, sidecar and other files are not rows; one that is not an article is named', () => {
    const dir = messyFolder();
    const facts = factsOf(EXTRACTED);
    const r = runCli(['table', dir]);
    expect(r.code, r.stderr).toBe(0);
    expect(records(parseCsv(r.stdout))).toHaveLength(facts.length);
    expect(r.stderr).toMatch(/skipped: not an article: .*package\.json/u);
    expect(r.stderr).toMatch(/skipped: not an article: .*broken\.json/u);
    expect(r.stderr).not.toMatch(/_run|\.new\.json|\.meta\.json|notes\.txt|nested/u);
    expect(r.stderr).toMatch(new RegExp(`${facts.length} rows from ${articleFiles(EXTRACTED).length} articles, 2 files skipped`, 'u'));
    // Named one by one, as a shell glob (dir/*.json) names them: the same rows.
    const glob = readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => join(dir, f));
    const g = runCli(['table', ...glob]);
    expect(g.code).toBe(0);
    expect(g.stdout).toBe(r.stdout);
  });

  it('reads files written before currencySource, measure, calendar, page and warnings existed', () => {
    const dir = tmp();
    const first = articleFiles(EXTRACTED)[0] as string;
    const a = JSON.parse(readFileSync(join(EXTRACTED, first), 'utf8')) as Record<string, unknown> & { facts: Record<string, unknown>[] };
    for (const k of ['page', 'modified', 'modifiedSource', 'refDateSource', 'cleaner', 'siteRule', 'warnings']) delete a[k];
    for (const f of a.facts) for (const k of ['currencySource', 'measure', 'calendar', 'hijri']) delete f[k];
    a.facts = a.facts.filter((f) => f.kind !== 'percent');
    writeFileSync(join(dir, 'old.json'), JSON.stringify(a));
    const r = runCli(['table', dir, '--format', 'jsonl']);
    expect(r.code, r.stderr).toBe(0);
    const rows = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows).toHaveLength(a.facts.length);
    const money = rows.find((x) => x.kind === 'money') as Record<string, unknown>;
    expect([money.currencySource, money.metric, money.subject]).toEqual([null, null, null]);
    const date = rows.find((x) => x.kind === 'date');
    if (date) expect([date.calendar, date.hijri]).toEqual(['gregory', null]);
  });

  it('fields with commas, quotes, line breaks, tabs and U+2028 come back whole from CSV, TSV and JSONL', () => {
    const { dir, sentence, subject } = hostileFolder();
    const csv = runCli(['table', dir]);
    expect(csv.code, csv.stderr).toBe(0);
    const rows = records(parseCsv(csv.stdout));
    const money = rows.find((r) => r.kind === 'money') as Record<string, string>;
    expect([money.sentence, money.subject, money.exact, money.url]).toEqual([sentence, subject, '123456789012345678901234.5678', 'https://example.com/a,b?"q"=1']);
    if (python) {
      const file = join(dir, '..', `${dir.split('/').pop()}.csv`);
      writeFileSync(file, csv.stdout);
      const py = pythonCsv(file);
      expect(py).toEqual(rows);
    }

    const tsv = runCli(['table', dir, '--format', 'tsv']);
    const lines = tsv.stdout.split('\n');
    expect(lines.at(-1)).toBe('');
    const head = (lines[0] as string).split('\t');
    const body = lines.slice(1, -1).map((l) => l.split('\t'));
    expect(body).toHaveLength(rows.length);
    expect(body.every((b) => b.length === head.length)).toBe(true);
    const t = body.map((b) => Object.fromEntries(head.map((h, i) => [h, unTsv(b[i] as string)])));
    expect(t).toEqual(rows);

    const jsonl = runCli(['table', dir, '--format', 'jsonl']);
    expect(jsonl.stdout).not.toMatch(/[\u2028\u2029\u0085]/u);
    const j = jsonl.stdout.split('\n').slice(0, -1).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(j).toHaveLength(rows.length);
    const jm = j.find((r) => r.kind === 'money') as Record<string, unknown>;
    expect([jm.sentence, jm.subject, jm.exact, typeof jm.amount, typeof jm.start]).toEqual([sentence, subject, '123456789012345678901234.5678', 'number', 'number']);
    if (python) {
      // Python's str.splitlines() breaks at U+2028 and U+0085 too: the rows still hold one line each.
      const n = execFileSync(python, ['-c', 'import sys, json\nprint(len([json.loads(l) for l in sys.stdin.read().splitlines()]))'], { input: jsonl.stdout, encoding: 'utf8' });
      expect(Number(n)).toBe(rows.length);
    }
  });

  it('Parquet: typed columns, read back by hyparquet, exact amounts as strings beside a double', async () => {
    const facts = factsOf(EXTRACTED);
    const out = join(tmp(), 'facts.parquet');
    const r = runCli(['table', EXTRACTED, '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects } = await import('hyparquet');
    const file = await asyncBufferFromFile(out);
    const meta = await parquetMetadataAsync(file);
    expect(Number(meta.num_rows)).toBe(facts.length);
    const rows = (await parquetReadObjects({ file })) as Record<string, unknown>[];
    expect(rows).toHaveLength(facts.length);
    rows.forEach((row, i) => {
      const { id, f } = facts[i] as { id: string; f: Fact };
      expect([row.id, row.kind, row.start, row.end, row.sentence]).toEqual([id, f.kind, f.start, f.end, f.sentence]);
      if (f.kind === 'money') expect([row.exact, row.amount, row.currency, row.min]).toEqual([f.exact, f.amount, f.currency, f.min]);
      if (f.kind === 'date') expect([row.value, row.relative, row.exact]).toEqual([f.value, f.relative, null]);
    });
    // --kind keeps that kind's rows and columns: a percentage's value is a number there.
    const p = join(tmp(), 'money.parquet');
    expect(runCli(['table', EXTRACTED, '--kind', 'money', '--out', p]).code).toBe(0);
    const money = (await parquetReadObjects({ file: await asyncBufferFromFile(p) })) as Record<string, unknown>[];
    expect(money).toHaveLength(facts.filter(({ f }) => f.kind === 'money').length);
    expect(Object.keys(money[0] ?? {})).not.toContain('grain');
  });

  it.runIf(sqlite3 || required)('sqlite3 .import --csv reads every row, line breaks in fields and exact amounts intact', () => {
    const facts = factsOf(EXTRACTED);
    const { dir, sentence } = hostileFolder();
    for (const f of articleFiles(EXTRACTED)) copyFileSync(join(EXTRACTED, f), join(dir, f));
    const csv = join(tmp(), 'facts.csv');
    expect(runCli(['table', dir, '--out', csv]).code).toBe(0);
    const db = join(tmp(), 'facts.db');
    const out = execFileSync(sqlite3 as string, ['-json', db, `.import --csv ${csv} facts`, "SELECT id, kind, sentence, exact FROM facts ORDER BY rowid"], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const rows = JSON.parse(out) as Record<string, string>[];
    const hostile = rows.filter((r) => r.id === 'hostile');
    expect(rows.length - hostile.length).toBe(facts.length);
    expect(hostile.find((r) => r.kind === 'money')).toMatchObject({ sentence, exact: '123456789012345678901234.5678' });
    expect(rows.filter((r) => r.id !== 'hostile').map((r) => r.exact)).toEqual(facts.map(({ f }) => ('exact' in f ? f.exact : '')));
  });

  // DuckDB itself (its Node package, a dev dependency: the engine DuckDB's CLI runs), on the files the CLI wrote.
  it('DuckDB reads the CSV and the Parquet file: row counts and the sum of exact amounts', async () => {
    const facts = factsOf(EXTRACTED);
    const dir = tmp();
    expect(runCli(['table', EXTRACTED, '--out', join(dir, 'facts.csv')]).code).toBe(0);
    expect(runCli(['table', EXTRACTED, '--out', join(dir, 'facts.parquet')]).code).toBe(0);
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const db = await DuckDBInstance.create(':memory:');
    const con = await db.connect();
    const q = async (sql: string) => String((await con.runAndReadAll(sql.replaceAll('facts.', `${dir}/facts.`))).getRows()[0]?.[0]);
    expect(await q("SELECT count(*) FROM read_csv('facts.csv')")).toBe(String(facts.length));
    expect(await q("SELECT count(*) FROM 'facts.parquet'")).toBe(String(facts.length));
    const exact = facts.filter(({ f }) => f.kind === 'money').map(({ f }) => (f as { exact: string }).exact);
    const csvSum = await q("SELECT CAST(sum(CAST(exact AS DECIMAL(38,4))) AS VARCHAR) FROM read_csv('facts.csv', types={'exact': 'VARCHAR'}) WHERE kind = 'money'");
    expect(await q("SELECT CAST(sum(CAST(exact AS DECIMAL(38,4))) AS VARCHAR) FROM 'facts.parquet' WHERE kind = 'money'")).toBe(csvSum);
    expect(await q("SELECT count(*) FROM read_csv('facts.csv', types={'exact': 'VARCHAR'}) WHERE kind = 'money'")).toBe(String(exact.length));
    // Exact amounts come through as written, digit for digit.
    const got = (await con.runAndReadAll(`SELECT exact FROM read_csv('${dir}/facts.csv', types={'exact': 'VARCHAR'}) WHERE kind = 'money'`)).getRows().map((r) => r[0]);
    expect(got).toEqual(exact);
    con.closeSync();
  });

  it('the same folder gives the same bytes, in every format; --out leaves no temporary file', () => {
    const dir = messyFolder();
    for (const format of ['csv', 'tsv', 'jsonl', 'parquet']) {
      const a = tmp();
      const b = tmp();
      expect(runCli(['table', dir, '--format', format, '--out', join(a, `t.${format}`)]).code).toBe(0);
      expect(runCli(['table', dir, '--format', format, '--out', join(b, `t.${format}`)]).code).toBe(0);
      expect(readFileSync(join(a, `t.${format}`)).equals(readFileSync(join(b, `t.${format}`))), format).toBe(true);
      expect(readdirSync(a)).toEqual([`t.${format}`]);
    }
    // stdout too: CSV by default.
    expect(runCli(['table', dir, '--format', 'csv']).stdout).toBe(runCli(['table', dir]).stdout);
  });

  it('--kind filters rows and columns; --columns lists them; bad usage exits 2 with one line', () => {
    const facts = factsOf(EXTRACTED);
    const dates = runCli(['table', EXTRACTED, '--kind', 'date']);
    const rows = records(parseCsv(dates.stdout));
    expect(rows).toHaveLength(facts.filter(({ f }) => f.kind === 'date').length);
    expect(Object.keys(rows[0] ?? {})).not.toContain('amount');
    expect(Object.keys(rows[0] ?? {})).toContain('grain');
    const cols = runCli(['table', '--columns']);
    expect(cols.code).toBe(0);
    expect(cols.stdout.split('\n')[0]).toMatch(/^id\tstring\tarticle/u);

    for (const args of [['table'], ['table', join(tmp(), 'nope')], ['table', EXTRACTED, '--format', 'xlsx'], ['table', EXTRACTED, '--kind', 'euro'], ['table', EXTRACTED, '--format', 'jsonl', '--bom'], ['table', EXTRACTED, '--bogus']]) {
      const r = runCli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.split('\n')[0], args.join(' ')).toMatch(/^newsfacts: /u);
    }
    expect(runCli(['table', join(tmp(), 'nope')]).stderr).toMatch(/nope: no such file or folder\n$/u);
    const help = runCli(['table', '--help']);
    expect([help.code, help.stdout]).toEqual([0, expect.stringMatching(/Usage:\n {2}newsfacts table/u)]);
    expect(runCli(['--help']).stdout).toMatch(/newsfacts table/u);
  });

  it('the README lists every column, in order', () => {
    const readme = readFileSync(repoPath('README.md'), 'utf8');
    const at = readme.indexOf('\n## Facts as a table\n');
    expect(at).toBeGreaterThan(0);
    const section = readme.slice(at + 1, readme.indexOf('\n## ', at + 1));
    const listed = [...section.matchAll(/^\| `([A-Za-z]+)` \|/gmu)].map((m) => m[1]);
    const columns = runCli(['table', '--columns']).stdout.trimEnd().split('\n').map((l) => l.split('\t')[0]);
    expect(listed).toEqual(columns);
  });

  it('an output that cannot be written: exit 2, nothing left behind', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'file'), 'x');
    const r = runCli(['table', EXTRACTED, '--out', join(dir, 'file', 'facts.csv')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^newsfacts: table: /u);
    expect(readdirSync(dir)).toEqual(['file']);
    expect(existsSync(join(dir, 'file', 'facts.csv'))).toBe(false);
  });
});
