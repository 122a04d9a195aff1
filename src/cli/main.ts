import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { articleJsonSchema } from '../facts/schema.js';
import { parseRefDate } from '../pipeline.js';
import { runExtract } from './extract.js';
import { runJsonl } from './jsonl.js';

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

const MAIN_HELP = `newsfacts ${VERSION}: saved Chinese and Arabic news pages → money and date facts

Usage:
  newsfacts extract <files|dirs…> --out <dir> [--ref-date YYYY-MM-DD] [--check]
  newsfacts extract --jsonl [--ref-date YYYY-MM-DD]   < records.jsonl > facts.jsonl
  newsfacts schema                                    print the output format as JSON Schema
  newsfacts <command> --help                          help for one command

Options:
  -h, --help       show help
  -v, --version    show the version

Exit codes: 0 success, 1 some inputs failed (the others were written) or --check
found differences, 2 bad usage.`;

const EXTRACT_HELP = `Usage:
  newsfacts extract <files|dirs…> --out <dir> [options]
  newsfacts extract --jsonl [options] < in.jsonl > out.jsonl

Reads saved pages (.html, .htm, .txt, or no extension: sniffed), decodes them
(BOM, declared charset, or a guess among UTF-8, GB18030, Big5, windows-1256),
removes boilerplate, detects language and script, and writes one facts JSON per
article: <out>/<input name without extension>.json. Folders are read
recursively. Two inputs with the same name get their folder path in the output
name (a__b__name.json). Files are written atomically.

Options:
  --out <dir>            folder for the JSON files (created if missing)
  --ref-date YYYY-MM-DD  resolve relative dates (去年, العام الماضي) against this
                         date when a page prints no publication date; it also
                         gives the year of a dateline (本报上海3月2日讯)
  --check                write nothing; exit 1 if any output would differ from
                         what is in --out (a CI gate for a committed snapshot)
  --jsonl                read JSON Lines on stdin, one article per line:
                           {"id", "text"?, "html"?, "lang"?, "published"?,
                            "refDate"?, "url"?, "clean"?}
                         and write one line per input, in order: the article
                         plus "id", or {"id", "error": {"code", "message"}}
  -h, --help             show this help

Examples:
  newsfacts extract corpus --out extracted
  newsfacts extract page.html --out out --ref-date 2025-06-19
  echo '{"id":"a","text":"去年营收43亿元。","refDate":"2025-01-02","clean":false}' | newsfacts extract --jsonl`;

const SCHEMA_HELP = `Usage: newsfacts schema

Prints the JSON Schema (draft 2020-12) of the per-article output files.`;

/** Runs the CLI; resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    const topic = command === 'help' ? rest[0] : undefined;
    process.stdout.write(`${topic === 'extract' ? EXTRACT_HELP : topic === 'schema' ? SCHEMA_HELP : MAIN_HELP}\n`);
    return 0;
  }
  if (command === '-v' || command === '--version') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  try {
    switch (command) {
      case 'extract':
        return await extractCommand(rest);
      case 'schema': {
        const { values } = parseArgs({ args: rest, options: { help: { type: 'boolean', short: 'h' } }, strict: true });
        if (values.help) {
          process.stdout.write(`${SCHEMA_HELP}\n`);
          return 0;
        }
        process.stdout.write(`${JSON.stringify(articleJsonSchema(), null, 2)}\n`);
        return 0;
      }
      default:
        return usage(`unknown command "${command}"`);
    }
  } catch (e) {
    if (e instanceof UsageError) return usage(e.message);
    if (e instanceof Error && 'code' in e && typeof e.code === 'string' && e.code.startsWith('ERR_PARSE_ARGS')) return usage(e.message);
    throw e;
  }
}

class UsageError extends Error {}

function usage(message: string): number {
  process.stderr.write(`newsfacts: ${message}\nRun "newsfacts --help" for usage.\n`);
  return 2;
}

async function extractCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      out: { type: 'string', short: 'o' },
      'ref-date': { type: 'string' },
      check: { type: 'boolean' },
      jsonl: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${EXTRACT_HELP}\n`);
    return 0;
  }
  const refDate = values['ref-date'];
  if (refDate !== undefined) {
    try {
      parseRefDate(refDate);
    } catch (e) {
      throw new UsageError(`--ref-date: ${(e as Error).message}`);
    }
  }
  if (values.jsonl) {
    if (positionals.length || values.out || values.check) throw new UsageError('--jsonl reads stdin and writes stdout; it takes no files, --out or --check');
    return runJsonl(process.stdin, process.stdout, { refDate: refDate ?? null });
  }
  if (!positionals.length) throw new UsageError('extract: name at least one file or folder (or use --jsonl)');
  if (!values.out) throw new UsageError('extract: --out <dir> is required');
  return runExtract(positionals, { out: values.out, refDate: refDate ?? null, check: values.check ?? false });
}
