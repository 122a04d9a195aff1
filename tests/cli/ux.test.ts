// Issue 23, items 1–4, as a user meets them: what extract says while and after
// it runs, how it refuses a bad command line, --ref-date with a time, and one
// file printed on stdout. Every test starts the built CLI (bin/newsfacts.js).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Article } from '../../src/article/schema.js';
import { outputs, repoPath, stateFile, tmp } from '../helpers.js';

const BIN = repoPath('bin/newsfacts.js');

/** Runs a program without blocking the test worker; killed after `timeoutMs` (a hang is a failure, not a stuck test). */
function exec(cmd: string, args: string[], opts: { cwd?: string; input?: string; timeoutMs?: number } = {}): Promise<{ code: number | null; stdout: string; stderr: string; timedOut: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: opts.cwd, env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '' }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, opts.timeoutMs ?? 90_000);
    child.stdout.on('data', (d) => (stdout += String(d)));
    child.stderr.on('data', (d) => (stderr += String(d)));
    child.stdin.end(opts.input ?? '');
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, timedOut });
    });
  });
}

const cli = (args: string[], opts: { cwd?: string; input?: string; timeoutMs?: number } = {}) => exec(process.execPath, [BIN, ...args], opts);

/** The CLI with stdin, stdout and stderr on a pseudo-terminal (util-linux script); what the terminal showed. */
const inTerminal = (args: string[]) => {
  const quote = (s: string) => `'${s.replace(/'/gu, `'\\''`)}'`;
  return exec('script', ['-qfec', [process.execPath, BIN, ...args].map(quote).join(' '), '/dev/null']);
};

const FACTS = '公司宣布融资\n记者获悉，公司去年完成新一轮融资，金额为43亿美元，今年3月营收增长5%。\n';
const NO_FACTS = '公司宣布新的管理层人选\n记者获悉，公司董事会宣布了新的管理层人选，新任总经理将负责公司的日常运营和对外合作。\n';
const NAV = '<html><body><ul class="nav"><li><a href="/">首页</a></li><li><a href="/a">财经</a></li></ul></body></html>';

/** A folder of pages: with facts and two relative dates (去年, 今年3月), with none, a navigation page, a PNG. */
function corpus(): string {
  const dir = tmp();
  writeFileSync(join(dir, 'facts.txt'), FACTS);
  writeFileSync(join(dir, 'plain.txt'), NO_FACTS);
  writeFileSync(join(dir, 'nav.html'), NAV);
  writeFileSync(join(dir, 'image.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]));
  return dir;
}

describe('extract says what to look at', { timeout: 180_000 }, () => {
  it('the summary counts failures, articles with no facts, empty text, no reference date, unresolved dates and lang-und', async () => {
    const dir = corpus();
    const r = await cli(['extract', dir, '--out', join(tmp(), 'out')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/newsfacts: 4 articles: 3 written, 0 unchanged, 1 failed in [\d.]+ s/u);
    const look = /newsfacts: to look at: (.*)\n/u.exec(r.stderr)?.[1];
    expect(look).toBe(
      '1 failed, 2 with no facts, 1 with empty text (empty-text), 3 with no reference date (no-ref-date), 2 unresolved dates in 1 article, 1 in no recognised language (lang-und) (--verbose or --report-warnings <file> names the files)',
    );
    // Without --verbose, a file is named for its article warnings only.
    expect(r.stderr).not.toMatch(/plain\.txt: warning: .*no-facts/u);
    expect(r.stderr).not.toContain('unresolved-dates');
  });

  it('a single file is "1 article", not "1 articles"; with a reference date there is nothing to look at', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'facts.txt'), FACTS);
    const r = await cli(['extract', dir, '--out', join(tmp(), 'out'), '--ref-date', '2025-06-19']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^newsfacts: 1 article: 1 written, 0 unchanged, 0 failed in [\d.]+ s\n$/u);
  });

  it('--verbose names every file with what to look at', async () => {
    const dir = corpus();
    const r = await cli(['extract', dir, '--out', join(tmp(), 'out'), '--verbose', '--jobs', '1']);
    expect(r.stderr).toContain(`${join(dir, 'facts.txt')}: warning: no-ref-date, unresolved-dates (2)\n`);
    expect(r.stderr).toContain(`${join(dir, 'plain.txt')}: warning: no-ref-date, no-facts\n`);
    expect(r.stderr).toContain(`${join(dir, 'nav.html')}: warning: empty-text, no-ref-date, lang-und, no-facts\n`);
    expect(r.stderr).toContain(`${join(dir, 'image.html')}: binary:`);
    expect(r.stderr).toMatch(/to look at: .*, 2 unresolved dates in 1 article, /u);
  });

  it('--report-warnings writes one JSON line per file to look at, sorted by file; the same on a second run', async () => {
    const dir = corpus();
    const report = join(tmp(), 'look.jsonl');
    const out = join(tmp(), 'out');
    const r = await cli(['extract', dir, '--out', out, '--report-warnings', report]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`; listed in ${report}\n`);
    const text = readFileSync(report, 'utf8');
    const lines = text.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines).toEqual([
      { file: join(dir, 'facts.txt'), output: 'facts.json', kinds: ['no-ref-date', 'unresolved-dates'], unresolvedDates: 2, failure: null },
      { file: join(dir, 'image.html'), output: null, kinds: ['failed'], unresolvedDates: 0, failure: { code: 'binary', message: expect.stringMatching(/PNG/u) } },
      { file: join(dir, 'nav.html'), output: 'nav.json', kinds: ['empty-text', 'no-ref-date', 'lang-und', 'no-facts'], unresolvedDates: 0, failure: null },
      { file: join(dir, 'plain.txt'), output: 'plain.json', kinds: ['no-ref-date', 'no-facts'], unresolvedDates: 0, failure: null },
    ]);
    await cli(['extract', dir, '--out', out, '--report-warnings', report]);
    expect(readFileSync(report, 'utf8')).toBe(text);
    // The report is not an output of the run, and the outputs do not mention it.
    expect(outputs(out)).toEqual(['facts.json', 'nav.json', 'plain.json']);
  });

  it('--quiet: no per-file warnings and no summary; a failure is still named', async () => {
    const dir = corpus();
    const r = await cli(['extract', dir, '--out', join(tmp(), 'out'), '--quiet']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/image\.html: binary: /u)]);
  });
});

describe('a progress bar on a terminal only', { timeout: 180_000 }, () => {
  const many = () => {
    const dir = tmp();
    for (let i = 0; i < 12; i++) writeFileSync(join(dir, `p${String(i).padStart(2, '0')}.txt`), FACTS.replace('43', String(40 + i)));
    return dir;
  };

  it('on a terminal: files done of the total, the rate and the time left, drawn in place; gone before the summary', async () => {
    const out = join(tmp(), 'out');
    const r = await inTerminal(['extract', many(), '--out', out, '--ref-date', '2025-06-19']);
    expect(r.timedOut).toBe(false);
    expect(r.stdout).toMatch(/\r\x1b\[Knewsfacts: \[[#-]+\] 0\/12 files {2}-\/s {2}- left/u);
    expect(r.stdout).toMatch(/\r\x1b\[Knewsfacts: \[#+\] 12\/12 files {2}[\d.]+\/s {2}0:00 left/u);
    // The bar is erased, and the summary starts a line of its own.
    expect(r.stdout).toMatch(/left\r\x1b\[Knewsfacts: 12 articles: 12 written, 0 unchanged, 0 failed in [\d.]+ s\r?\n/u);
    expect(readdirSync(out)).toHaveLength(13);
  });

  it('not when stderr is not a terminal, and not with --quiet on one', async () => {
    const piped = await cli(['extract', many(), '--out', join(tmp(), 'out'), '--ref-date', '2025-06-19']);
    expect(piped.code).toBe(0);
    expect(piped.stderr).not.toMatch(/files {2}|\r|\x1b/u);
    expect(piped.stderr).toMatch(/^newsfacts: 12 articles: 12 written, 0 unchanged, 0 failed in [\d.]+ s\n$/u);
    const quiet = await inTerminal(['extract', many(), '--out', join(tmp(), 'out'), '--ref-date', '2025-06-19', '--quiet']);
    expect(quiet.timedOut).toBe(false);
    expect(quiet.stdout).toBe('');
  });
});

describe('usage errors: exit 2 before anything is written', { timeout: 180_000 }, () => {
  it('a mistyped option or command names the nearest valid one, in one line', async () => {
    const cases: Array<[string[], string]> = [
      [['--versoin'], 'newsfacts: unknown option --versoin; did you mean --version?'],
      [['extrct', 'corpus'], 'newsfacts: unknown command extrct; did you mean extract?'],
      [['extract', 'corpus', '--outt', 'x'], 'newsfacts: unknown option --outt; did you mean --out?'],
      [['extract', 'corpus', '--ref-dat', '2025-06-19'], 'newsfacts: unknown option --ref-dat; did you mean --ref-date?'],
      [['extract', 'corpus', '--zzzzzz'], 'newsfacts: unknown option --zzzzzz'],
      [['extract', 'corpus', '--out'], 'newsfacts: option --out needs a value'],
    ];
    for (const [args, line] of cases) {
      const r = await cli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.split('\n')[0], args.join(' ')).toBe(line);
      expect(r.stderr, args.join(' ')).not.toMatch(/\n\s+at /u);
    }
  });

  it('an input that does not exist: exit 2 naming it, no output folder, no run record', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'good.txt'), FACTS);
    const out = join(tmp(), 'out');
    const r = await cli(['extract', join(dir, 'good.txt'), join(dir, 'missing.html'), '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(`newsfacts: extract: no such file or folder: ${join(dir, 'missing.html')}`);
    expect(existsSync(out)).toBe(false);
  });

  it('an --out that cannot be made: one line with the reason, no hang (/proc), nothing made on the way', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'good.txt'), FACTS);
    writeFileSync(join(dir, 'a-file'), 'x');
    for (const [out, reason] of [
      ['/proc/newsfacts-ux/x', 'cannot be created there (no such file or directory)'],
      [join(dir, 'a-file', 'y'), 'not a directory'],
    ] as const) {
      const r = await cli(['extract', join(dir, 'good.txt'), '--out', out], { timeoutMs: 60_000 });
      expect(r.timedOut).toBe(false);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`newsfacts: cannot write to --out ${out}: ${reason}\n`);
    }
    // Folders made on the way to one that cannot be made are removed again.
    const long = join(dir, 'new', 'deeper', 'x'.repeat(300));
    const r = await cli(['extract', join(dir, 'good.txt'), '--out', long]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`newsfacts: cannot write to --out ${long}: name too long\n`);
    expect(readdirSync(dir).sort()).toEqual(['a-file', 'good.txt']);
  });

  it('a read-only --out (a read-only tmpfs; mounting needs root, elsewhere the test says so and passes)', async () => {
    const ro = tmp();
    if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'ro,size=64k', 'tmpfs', ro]).status !== 0) {
      console.warn('read-only --out test skipped: cannot mount a tmpfs here (needs root)');
      return;
    }
    try {
      const dir = tmp();
      writeFileSync(join(dir, 'good.txt'), FACTS);
      for (const out of [ro, join(ro, 'sub')]) {
        const r = await cli(['extract', join(dir, 'good.txt'), '--out', out]);
        expect(r.code).toBe(2);
        expect(r.stderr).toBe(`newsfacts: cannot write to --out ${out}: read-only file system\n`);
      }
    } finally {
      spawnSync('umount', [ro]);
    }
  });

  it('a --report-warnings that cannot be written: exit 2 before the run', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'good.txt'), FACTS);
    const out = join(tmp(), 'out');
    const r = await cli(['extract', dir, '--out', out, '--report-warnings', join(dir, 'no-such-folder', 'r.jsonl')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`newsfacts: cannot write --report-warnings ${join(dir, 'no-such-folder', 'r.jsonl')}: no folder ${join(dir, 'no-such-folder')}\n`);
    expect(existsSync(out)).toBe(false);
  });
});

describe('--ref-date and JSONL refDate with a time', { timeout: 180_000 }, () => {
  it('the day written is the reference: the same output as the date alone; a bad time is refused', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'facts.txt'), FACTS);
    const read = (out: string) => readFileSync(join(out, 'facts.json'), 'utf8');
    const day = join(tmp(), 'day');
    expect((await cli(['extract', dir, '--out', day, '--ref-date', '2025-06-19'])).code).toBe(0);
    const article = Article.parse(JSON.parse(read(day)));
    expect(article.refDate).toBe('2025-06-19');
    expect(article.facts.filter((f) => f.kind === 'date').map((f) => f.value)).toEqual(['2024', '2025-03']);
    for (const given of ['2025-06-19T08:00', '2025-06-19T08:00:00Z', '2025-06-19T23:30:15.250+08:00', '2025-06-19T01:00-05:00', '2025-06-19 08:00']) {
      const out = join(tmp(), 'time');
      const r = await cli(['extract', dir, '--out', out, '--ref-date', given]);
      expect(r.code, given).toBe(0);
      expect(read(out), given).toBe(read(day));
      expect(JSON.parse(readFileSync(stateFile(out), 'utf8')).options.refDate).toBe(given);
    }
    for (const bad of ['2025-06-19T25:00', '2025-06-19T08', '2025-06-19T08:00+99:00', '2025-02-30T08:00']) {
      const r = await cli(['extract', dir, '--out', join(tmp(), 'bad'), '--ref-date', bad]);
      expect(r.code, bad).toBe(2);
      expect(r.stderr, bad).toMatch(/--ref-date: reference date .* is not an ISO date or date-time/u);
    }
  });

  it('JSONL: a record\'s refDate with a time and offset resolves against its day', async () => {
    const input = [
      { id: 1, text: '去年营收43亿元。', clean: false, lang: 'zh', refDate: '2025-01-01T00:30+08:00' },
      { id: 2, text: '去年营收43亿元。', clean: false, lang: 'zh', refDate: '2026-01-01T08:00:00Z' },
      { id: 3, text: '去年营收43亿元。', clean: false, lang: 'zh', refDate: '2026-01-01T8:00' },
    ].map((l) => JSON.stringify(l)).join('\n');
    const r = await cli(['extract', '--jsonl'], { input });
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines[0].refDate).toBe('2025-01-01');
    expect(lines[0].facts[0].value).toBe('2024');
    expect(lines[1].facts[0].value).toBe('2025');
    expect(lines[2].error.code).toBe('bad-ref-date');
  });

  it('a <name>.meta.json sidecar gives each file its own reference date and URL', async () => {
    const dir = tmp();
    const sidecar = (url: string, lastModified: string | null, fetchedAt: string) => ({
      url, finalUrl: url, status: 200, contentType: 'text/plain; charset=utf-8', charset: 'utf-8', lastModified, etag: null, fetchedAt, revalidatedAt: null, bytes: 0, sha256: '0'.repeat(64),
    });
    writeFileSync(join(dir, 'a.txt'), FACTS);
    writeFileSync(join(dir, 'a.meta.json'), JSON.stringify(sidecar('https://example.com/a', 'Thu, 19 Jun 2025 08:00:00 GMT', '2025-07-01T00:00:00Z')));
    writeFileSync(join(dir, 'b.txt'), FACTS);
    writeFileSync(join(dir, 'b.meta.json'), JSON.stringify(sidecar('https://example.com/b', null, '2023-02-03T10:00:00Z')));
    const out = join(tmp(), 'out');
    const r = await cli(['extract', dir, '--out', out]);
    expect(r.code).toBe(0);
    expect(outputs(out)).toEqual(['a.json', 'b.json']);
    const a = Article.parse(JSON.parse(readFileSync(join(out, 'a.json'), 'utf8')));
    const b = Article.parse(JSON.parse(readFileSync(join(out, 'b.json'), 'utf8')));
    expect([a.source.url, a.refDate, a.refDateSource, (a.facts[0] as { value?: unknown } | undefined)?.value]).toEqual(['https://example.com/a', '2025-06-19', 'http-last-modified', '2024']);
    expect([b.source.url, b.refDate, b.refDateSource, (b.facts[0] as { value?: unknown } | undefined)?.value]).toEqual(['https://example.com/b', '2023-02-03', 'fetched-at', '2022']);
    // --ref-date wins over a sidecar's dates.
    const given = join(tmp(), 'given');
    await cli(['extract', dir, '--out', given, '--ref-date', '2020-05-05T09:00']);
    expect(JSON.parse(readFileSync(join(given, 'b.json'), 'utf8')).refDate).toBe('2020-05-05');
  });
});

describe('one file without --out: its article on stdout', { timeout: 180_000 }, () => {
  it('prints the article (and nothing else) on stdout, byte-identical to the file --out writes; writes no file', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'page.txt'), FACTS);
    const cwd = tmp();
    const r = await cli(['extract', join(dir, 'page.txt'), '--ref-date', '2025-06-19'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const article = Article.parse(JSON.parse(r.stdout));
    expect(article.facts.map((f) => f.text)).toEqual(['去年', '43亿美元', '今年3月', '5%']);
    const out = join(tmp(), 'out');
    await cli(['extract', join(dir, 'page.txt'), '--ref-date', '2025-06-19', '--out', out]);
    expect(r.stdout).toBe(readFileSync(join(out, 'page.json'), 'utf8'));
    expect(readdirSync(cwd)).toEqual([]);
    expect(readdirSync(dir)).toEqual(['page.txt']);
  });

  it('pipes into jq; warnings go to stderr', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'page.txt'), FACTS);
    const r = await exec('sh', ['-c', `"${process.execPath}" "${BIN}" extract "${join(dir, 'page.txt')}" | jq -c '[.facts[].text]'`]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('["去年","43亿美元","今年3月","5%"]\n');
    expect(r.stderr).toBe(`newsfacts: ${join(dir, 'page.txt')}: warning: no-ref-date\n`);
  });

  it('a file that fails: the reason on stderr, nothing on stdout, exit 1', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'empty.txt'), '');
    const r = await cli(['extract', join(dir, 'empty.txt')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/empty\.txt: empty: /u);
  });

  it('a folder, several files, or an option that needs a folder still require --out (exit 2)', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'page.txt'), FACTS);
    for (const args of [['extract', join(dir, 'in')], ['extract', join(dir, 'in', 'page.txt'), join(dir, 'in', 'page.txt')]]) {
      const r = await cli(args, { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/--out <dir> is required for a folder or several files/u);
    }
    const r = await cli(['extract', join(dir, 'in', 'page.txt'), '--check']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--check needs --out <dir>/u);
    expect(readdirSync(dir)).toEqual(['in']);
  });
});

describe('help and README tell the truth', { timeout: 60_000 }, () => {
  it('every extract option is in extract --help and in the README', async () => {
    const help = (await cli(['extract', '--help'])).stdout;
    const readme = readFileSync(repoPath('README.md'), 'utf8');
    const main = readFileSync(repoPath('src/cli/main.ts'), 'utf8');
    const block = main.slice(main.indexOf('async function extractCommand'), main.indexOf('async function extractCommand') + 1500);
    const names = [...block.matchAll(/^\s+'?([a-z-]+)'?: \{ type: '(?:string|boolean)'/gmu)].map((m) => `--${m[1]}`);
    expect(names).toEqual(expect.arrayContaining(['--out', '--ref-date', '--quiet', '--verbose', '--report-warnings']));
    for (const n of names) expect(help, n).toContain(n);
    for (const n of ['--quiet', '--verbose', '--report-warnings', '2025-06-19T08:00+08:00', '.meta.json', '| jq .facts']) expect(readme, n).toContain(n);
  });
});
