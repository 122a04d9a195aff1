import type { RefDate } from '../calendar/index.js';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { printable } from './io.js';
import { cannotWrite } from './writable.js';
import { parseArgs } from 'node:util';
import type { SiteRule } from '../clean/site-rules.js';
import { DEFAULT_DIR, DEFAULT_MAX_BYTES, FETCH_DEFAULTS } from './defaults.js';
import { unknown } from './suggest.js';
import { DIFF_HELP, EXTRACT_HELP, FETCH_HELP, HELP, MAIN_HELP, REPORT_HELP, REVIEW_HELP, SCHEMA_HELP, TABLE_HELP, VERSION } from './help.js';


/** Runs the CLI; resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    const topic = command === 'help' ? rest[0] : undefined;
    process.stdout.write(`${(topic && Object.hasOwn(HELP, topic) ? HELP[topic] : undefined) ?? MAIN_HELP}\n`);
    return 0;
  }
  if (command === '-v' || command === '--version') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  if (command.startsWith('-')) return usage(unknown('option', command, ['--help', '--version']));
  try {
    switch (command) {
      case 'extract':
        return await extractCommand(rest);
      case 'fetch':
        return await fetchCommand(rest);
      case 'diff':
        return await diffCommand(rest);
      case 'review':
        return await reviewCommand(rest);
      case 'report':
        return await reportCommand(rest);
      case 'table':
        return await tableCommand(rest);
      case 'schema': {
        const { values } = parse({ args: rest, options: { help: { type: 'boolean', short: 'h' } }, strict: true });
        if (values.help) {
          process.stdout.write(`${SCHEMA_HELP}\n`);
          return 0;
        }
        const { articleJsonSchema } = await import('../article/schema.js');
        process.stdout.write(`${JSON.stringify(articleJsonSchema(), null, 2)}\n`);
        return 0;
      }
      default:
        return usage(unknown('command', command, COMMANDS));
    }
  } catch (e) {
    if (e instanceof UsageError) return usage(e.message);
    throw e;
  }
}

const COMMANDS = ['extract', 'fetch', 'diff', 'review', 'report', 'table', 'schema', 'help'];

class UsageError extends Error {}

type ParseConfig = Parameters<typeof parseArgs>[0] & { options: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }> };

/**
 * parseArgs, with its errors as one plain line: a mistyped option names the
 * nearest valid one ("unknown option --versoin; did you mean --version?").
 */
function parse<T extends ParseConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS')) throw e;
    const message = (e as Error).message;
    const quoted = /'([^']+)'/u.exec(message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const valid = Object.entries(config.options).flatMap(([name, o]) => [`--${name}`, ...(o.short ? [`-${o.short}`] : [])]);
      throw new UsageError(unknown('option', quoted, valid));
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      // "Option '--out <value>' argument missing", or a value given to a flag that takes none.
      const name = /--[\w-]+/u.exec(quoted)?.[0] ?? quoted.split(/[ ,]/u)[0];
      throw new UsageError(/missing/u.test(message) ? `option ${name} needs a value` : `option ${name} takes no value`);
    }
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') throw new UsageError(`unexpected argument ${quoted}`);
    throw new UsageError(message);
  }
}

function usage(message: string): number {
  process.stderr.write(`newsfacts: ${message}\nRun "newsfacts --help" for usage.\n`);
  return 2;
}

async function extractCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      out: { type: 'string', short: 'o' },
      'ref-date': { type: 'string' },
      check: { type: 'boolean' },
      pending: { type: 'boolean' },
      'fail-fast': { type: 'boolean' },
      resume: { type: 'boolean' },
      'max-size': { type: 'string' },
      jobs: { type: 'string', short: 'j' },
      shard: { type: 'string' },
      prune: { type: 'boolean' },
      jsonl: { type: 'boolean' },
      'site-rules': { type: 'string' },
      country: { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
      verbose: { type: 'boolean' },
      'report-warnings': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${EXTRACT_HELP}\n`);
    return 0;
  }
  let siteRules: { rules: SiteRule[]; sha256: string } | null = null;
  if (values['site-rules'] !== undefined) {
    const loaded = await loadSiteRules(values['site-rules']);
    if (typeof loaded === 'string') {
      // One line: the file and what is wrong with it (the usage is not the problem).
      process.stderr.write(`newsfacts: --site-rules ${values['site-rules']}: ${loaded.replace(/\s*\n\s*/gu, ' ')}\n`);
      return 2;
    }
    siteRules = loaded;
  }
  const refDate = values['ref-date'];
  const { parseRefDate } = await import('../input.js');
  // Parsed once, here; the value goes down to every file's extraction.
  let refDay: RefDate | null = null;
  if (refDate !== undefined) {
    try {
      refDay = parseRefDate(refDate);
    } catch (e) {
      throw new UsageError(`--ref-date: ${(e as Error).message}`);
    }
  }
  const country = values.country === undefined ? null : values.country.toUpperCase();
  if (country !== null && !/^[A-Z]{2}$/u.test(country)) throw new UsageError(`--country: "${values.country}" is not a two-letter ISO 3166-1 code (e.g. SA, EG, HK, TW)`);
  if (values.quiet && values.verbose) throw new UsageError('extract: --quiet and --verbose contradict each other');
  if (values.jsonl) {
    if (positionals.length || values.out || values.check || values.pending || values.resume || values['fail-fast'] || values.shard || values['report-warnings'])
      throw new UsageError('--jsonl reads stdin and writes stdout; it takes no files, --out, --check, --pending, --resume, --fail-fast, --shard or --report-warnings');
    const { runJsonl } = await import('./jsonl.js');
    return runJsonl(process.stdin, process.stdout, {
      refDate: refDate ?? null,
      maxBytes: values['max-size'] === undefined ? DEFAULT_MAX_BYTES : parseSize(values['max-size']),
      siteRules: siteRules?.rules ?? null,
      country,
    });
  }
  if (!positionals.length) throw new UsageError('extract: name at least one file or folder (or use --jsonl)');
  // A path that is not there is a mistake in the command: said before anything is written.
  const missing = positionals.filter((p) => !existsSync(p));
  if (missing.length) throw new UsageError(`extract: no such file or folder: ${missing.map((p) => printable(p)).join(', ')}`);
  const maxBytes = values['max-size'] === undefined ? DEFAULT_MAX_BYTES : parseSize(values['max-size']);
  const reportWarnings = values['report-warnings'] ?? null;
  if (!values.out) {
    // One file and no --out: its article on stdout (`newsfacts extract page.html | jq .facts`).
    const single = positionals.length === 1 && !statSync(positionals[0] as string).isDirectory();
    if (!single) throw new UsageError('extract: --out <dir> is required for a folder or several files (one file without --out is printed on stdout)');
    const needsOut = (['check', 'pending', 'resume', 'prune', 'shard'] as const).filter((k) => values[k]);
    if (needsOut.length) throw new UsageError(`extract: ${needsOut.map((k) => `--${k}`).join(', ')} ${needsOut.length === 1 ? 'needs' : 'need'} --out <dir>`);
    if (reportWarnings !== null && !writableFile(reportWarnings)) return 2;
    const { printOne } = await import('./extract.js');
    return printOne(positionals[0] as string, { refDay, maxBytes, siteRules, country, quiet: values.quiet ?? false, verbose: values.verbose ?? false, reportWarnings });
  }
  if (values.check && values.pending) throw new UsageError('extract: --check writes nothing; it cannot be combined with --pending');
  if (values.check && values.resume) throw new UsageError('extract: --check compares every file; it cannot be combined with --resume');
  if (values.prune && (values.check || values.shard)) throw new UsageError('extract: --prune deletes; it cannot be combined with --check or --shard');
  const jobs = values.jobs === undefined ? null : positiveInt('jobs', values.jobs);
  const shard = values.shard === undefined ? null : parseShard(values.shard);
  if (reportWarnings !== null && !writableFile(reportWarnings)) return 2;
  // Whether --out can be written, before anything is: a file on its path, /proc, a read-only disk.
  if (!values.check) {
    const why = cannotWrite(values.out, true);
    if (why !== null) {
      process.stderr.write(`newsfacts: cannot write to --out ${printable(values.out)}: ${why}\n`);
      return 2;
    }
  }
  const { runExtract } = await import('./extract.js');
  return runExtract(positionals, {
    out: values.out,
    refDate: refDate ?? null,
    refDay,
    check: values.check ?? false,
    pending: values.pending ?? false,
    failFast: values['fail-fast'] ?? false,
    resume: values.resume ?? false,
    maxBytes,
    inputs: positionals,
    jobs,
    shard,
    prune: values.prune ?? false,
    siteRules,
    country,
    quiet: values.quiet ?? false,
    verbose: values.verbose ?? false,
    reportWarnings,
    // Only for a person watching: never in a pipe, a log file or CI's capture.
    progress: process.stderr.isTTY === true && !values.quiet && process.env.TERM !== 'dumb',
  });
}

/** Whether --report-warnings names a file that can be written (its folder exists and takes a file); else says why. */
function writableFile(file: string): boolean {
  const say = (why: string) => process.stderr.write(`newsfacts: cannot write --report-warnings ${printable(file)}: ${why}\n`);
  if (existsSync(file) && statSync(file).isDirectory()) {
    say('it is a folder');
    return false;
  }
  const dir = dirname(file);
  if (!existsSync(dir)) {
    say(`no folder ${printable(dir)}`);
    return false;
  }
  const why = cannotWrite(dir, false);
  if (why !== null) say(why);
  return why === null;
}

/** A --site-rules file, read and checked once for the whole run; or what is wrong with it. */
async function loadSiteRules(path: string): Promise<{ rules: SiteRule[]; sha256: string } | string> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    return (e as Error).message;
  }
  const { parseSiteRules, SiteRulesError } = await import('../clean/site-rules.js');
  const { createHash } = await import('node:crypto');
  try {
    return { rules: parseSiteRules(bytes.toString('utf8').replace(/^\uFEFF/u, '')), sha256: createHash('sha256').update(bytes).digest('hex') };
  } catch (e) {
    if (e instanceof SiteRulesError) return e.message;
    throw e;
  }
}

function positiveInt(name: string, v: string): number {
  if (!/^\d+$/u.test(v) || Number(v) < 1) throw new UsageError(`--${name} must be a whole number of at least 1, not "${v}"`);
  return Number(v);
}

/** "2/8" → shard 2 of 8 (0-based: 0/8 … 7/8). */
function parseShard(v: string): { index: number; count: number } {
  const m = /^(\d+)\/(\d+)$/u.exec(v.trim());
  if (!m || Number(m[2]) < 1 || Number(m[1]) >= Number(m[2])) throw new UsageError(`--shard must be i/n with 0 <= i < n (e.g. 0/4 … 3/4), not "${v}"`);
  return { index: Number(m[1]), count: Number(m[2]) };
}

/** "32MB", "500k", "1048576" → bytes. */
function parseSize(s: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)i?b?$/iu.exec(s.trim());
  if (!m) throw new UsageError(`--max-size: "${s}" is not a size such as 32MB, 500KB or 1048576`);
  const n = Number(m[1]) * 1024 ** ' kmg'.indexOf((m[2] || ' ').toLowerCase());
  if (!(n >= 1)) throw new UsageError(`--max-size: "${s}" is too small`);
  return Math.floor(n);
}

async function diffCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      git: { type: 'string' },
      pending: { type: 'boolean' },
      json: { type: 'boolean' },
      moved: { type: 'boolean' },
      lang: { type: 'string' },
      kind: { type: 'string' },
      article: { type: 'string' },
      color: { type: 'boolean' },
      'no-color': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${DIFF_HELP}\n`);
    return 0;
  }
  if (values.pending && values.git !== undefined) throw new UsageError('diff: --pending and --git compare different things: use one');
  if (values.pending ? positionals.length > 1 : values.git !== undefined ? positionals.length > 1 : positionals.length !== 2)
    throw new UsageError(
      values.pending ? 'diff --pending takes at most one folder' : values.git !== undefined ? 'diff --git <rev> takes at most one folder' : 'diff: name two folders or two article files (or use --git <rev> or --pending)',
    );
  if (values.kind !== undefined) {
    const { KINDS } = await import('../extract/kinds.js');
    if (!KINDS.some((k) => k.name === values.kind)) throw new UsageError(`--kind must be ${KINDS.map((k) => k.name).join(' or ')}, not "${values.kind}"`);
  }
  const { runDiff } = await import('./diff.js');
  return runDiff({
    paths: positionals,
    json: values.json ?? false,
    moved: values.moved ?? false,
    ...(values.git !== undefined ? { git: values.git } : {}),
    ...(values.pending ? { pending: true } : {}),
    ...(values.lang ? { lang: values.lang } : {}),
    ...(values.kind ? { kind: values.kind } : {}),
    ...(values.article ? { article: values.article } : {}),
    ...(values.color ? { color: true } : {}),
    ...(values['no-color'] ? { noColor: true } : {}),
  });
}

async function reviewCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      list: { type: 'boolean' },
      json: { type: 'boolean' },
      accept: { type: 'string', multiple: true },
      reject: { type: 'string', multiple: true },
      'accept-all': { type: 'boolean' },
      'reject-all': { type: 'boolean' },
      color: { type: 'boolean' },
      'no-color': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${REVIEW_HELP}\n`);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError('review takes one folder (default extracted)');
  if (values.json && !values.list) throw new UsageError('review: --json goes with --list');
  if (values['accept-all'] && values['reject-all']) throw new UsageError('review: --accept-all and --reject-all contradict each other');
  const acting = values['accept-all'] || values['reject-all'] || values.accept?.length || values.reject?.length;
  if (values.list && acting) throw new UsageError('review: --list only lists; drop --accept/--reject');
  const { runReview } = await import('./review.js');
  return runReview({
    dir: positionals[0] ?? DEFAULT_DIR,
    list: values.list ?? false,
    json: values.json ?? false,
    accept: values.accept ?? [],
    reject: values.reject ?? [],
    acceptAll: values['accept-all'] ?? false,
    rejectAll: values['reject-all'] ?? false,
    ...(values.color ? { color: true } : {}),
    ...(values['no-color'] ? { noColor: true } : {}),
  });
}

async function reportCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      html: { type: 'string' },
      against: { type: 'string' },
      all: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${REPORT_HELP}\n`);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('report: name one output folder (e.g. extracted)');
  if (!values.html) throw new UsageError('report: --html <file> is required');
  const { runReport } = await import('./report.js');
  return runReport({ dir: positionals[0] as string, html: values.html, all: values.all ?? false, ...(values.against !== undefined ? { against: values.against } : {}) });
}

async function tableCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string', short: 'f' },
      out: { type: 'string', short: 'o' },
      bom: { type: 'boolean' },
      kind: { type: 'string' },
      columns: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${TABLE_HELP}\n`);
    return 0;
  }
  const { FACT_KINDS, TABLE_FORMATS, runTable, tableColumns } = await import('./table.js');
  type Format = (typeof TABLE_FORMATS)[number];
  type Kind = (typeof FACT_KINDS)[number];
  if (values.kind !== undefined && !(FACT_KINDS as readonly string[]).includes(values.kind))
    throw new UsageError(`--kind must be ${FACT_KINDS.join(', ')}, not "${values.kind}"`);
  const kind = (values.kind ?? null) as Kind | null;
  if (values.columns) {
    if (positionals.length || values.out || values.format || values.bom) throw new UsageError('table --columns only lists the columns (with --kind, that kind\'s)');
    for (const c of tableColumns(kind ? [kind] : FACT_KINDS)) process.stdout.write(`${c.name}\t${c.type}\t${c.kinds ? c.kinds.join(',') : 'article'}\t${c.from}\n`);
    return 0;
  }
  if (!positionals.length) throw new UsageError('table: name an output folder of extract (e.g. extracted) or article files');
  if (values.format !== undefined && !(TABLE_FORMATS as readonly string[]).includes(values.format))
    throw new UsageError(`--format must be ${TABLE_FORMATS.join(', ')}, not "${values.format}"`);
  // Without --format, the extension of --out says it (facts.parquet), else CSV.
  const byExtension = values.out === undefined ? undefined : TABLE_FORMATS.find((f) => values.out?.toLowerCase().endsWith(`.${f}`));
  const format = (values.format ?? byExtension ?? 'csv') as Format;
  if (values.bom && format !== 'csv' && format !== 'tsv') throw new UsageError(`--bom is for csv and tsv, not ${format}`);
  if (format === 'parquet' && values.out === undefined && process.stdout.isTTY) throw new UsageError('table: Parquet is binary: give --out <file> (or redirect stdout)');
  return runTable({ paths: positionals, format, out: values.out ?? null, bom: values.bom ?? false, kind });
}

async function fetchCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      into: { type: 'string' },
      list: { type: 'string', multiple: true },
      concurrency: { type: 'string' },
      'per-host': { type: 'string' },
      timeout: { type: 'string' },
      'max-size': { type: 'string' },
      'max-redirects': { type: 'string' },
      retries: { type: 'string' },
      'retry-base': { type: 'string' },
      'max-retry-wait': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${FETCH_HELP}\n`);
    return 0;
  }
  if (!values.into) throw new UsageError('fetch: --into <dir> is required');
  const { readUrlList, runFetch } = await import('./fetch.js');
  const urls = [...positionals];
  for (const list of values.list ?? []) {
    let text: string;
    try {
      text = readFileSync(list, 'utf8');
    } catch (e) {
      throw new UsageError(`fetch: --list ${list}: ${(e as Error).message}`);
    }
    urls.push(...readUrlList(text));
  }
  if (!urls.length) throw new UsageError('fetch: name at least one URL or a --list file');
  const int = (name: string, v: string | undefined, fallback: number, min = 0) => {
    if (v === undefined) return fallback;
    if (!/^\d+$/u.test(v) || Number(v) < min) throw new UsageError(`--${name} must be a whole number${min ? ` of at least ${min}` : ''}, not "${v}"`);
    return Number(v);
  };
  return runFetch({
    urls,
    into: values.into,
    concurrency: int('concurrency', values.concurrency, FETCH_DEFAULTS.concurrency, 1),
    perHost: int('per-host', values['per-host'], FETCH_DEFAULTS.perHost, 1),
    timeoutMs: int('timeout', values.timeout, FETCH_DEFAULTS.timeoutMs / 1000, 1) * 1000,
    maxBytes: values['max-size'] === undefined ? FETCH_DEFAULTS.maxBytes : parseSize(values['max-size']),
    maxRedirects: int('max-redirects', values['max-redirects'], FETCH_DEFAULTS.maxRedirects),
    retries: int('retries', values.retries, FETCH_DEFAULTS.retries),
    retryBaseMs: int('retry-base', values['retry-base'], FETCH_DEFAULTS.retryBaseMs),
    maxRetryWaitMs: int('max-retry-wait', values['max-retry-wait'], FETCH_DEFAULTS.maxRetryWaitMs / 1000) * 1000,
  });
}
