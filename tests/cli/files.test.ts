import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractOne } from '../../src/cli/extract-one.js';
import { fnv1a } from '../../src/cli/io.js';
import { RunFile } from '../../src/cli/runfile.js';
import { outputs, repoPath, runCli, tmp, stateFile } from '../helpers.js';

const PAGE = '年报\n\n宁德时代发布年报，公司去年实现营业收入3620亿元，同比下降9.7%，管理层表示今年将继续扩大在欧洲的投资。';
const runRecord = (out: string) => RunFile.parse(JSON.parse(readFileSync(stateFile(out), 'utf8')));

describe('files it should not touch', { timeout: 60_000 }, () => {
  it('--prune and --check count only outputs the tool wrote, never a user file in --out', () => {
    const dir = tmp();
    const out = tmp();
    writeFileSync(join(dir, 'a.txt'), PAGE);
    writeFileSync(join(dir, 'b.txt'), PAGE);
    expect(runCli(['extract', dir, '--out', out]).code).toBe(0);
    writeFileSync(join(out, 'package.json'), '{"name":"mine","version":"1.0.0"}\n');
    writeFileSync(join(out, 'notes.json'), '["keep me"]\n');
    // b.txt is gone: its output is stale; the user's files are not.
    rmSync(join(dir, 'b.txt'));
    const check = runCli(['extract', dir, '--out', out, '--check']);
    expect(check.code).toBe(1);
    expect(check.stderr).toContain('b.json: stale');
    expect(check.stderr).not.toMatch(/package\.json|notes\.json/u);
    const pruned = runCli(['extract', dir, '--out', out, '--prune']);
    expect(pruned.code, pruned.stderr).toBe(0);
    expect(outputs(out)).toEqual(['a.json', 'notes.json', 'package.json']);
    expect(readFileSync(join(out, 'package.json'), 'utf8')).toContain('"mine"');
  });

  it('a symbolic link is followed inside the input folder only', () => {
    const dir = tmp();
    const out = tmp();
    mkdirSync(join(dir, 'real'));
    writeFileSync(join(dir, 'real', 'page.txt'), PAGE);
    symlinkSync(join(dir, 'real', 'page.txt'), join(dir, 'inside.txt'));
    symlinkSync('/etc/passwd', join(dir, 'passwd.txt'));
    const r = runCli(['extract', dir, '--out', out]);
    expect(r.code).toBe(1);
    expect(runRecord(out).failures.map((f) => [f.file.slice(dir.length + 1), f.code, f.message])).toEqual([
      ['passwd.txt', 'unreadable', 'a symbolic link to /etc/passwd, outside the input folder: not followed'],
    ]);
    expect(outputs(out)).toEqual(['inside.json', 'page.json']);
  });

  it('reads at most --max-size bytes whatever the size says (/proc files say 0)', () => {
    const out = tmp();
    const r = runCli(['extract', '/proc/self/status', '--out', out, '--max-size', '200B']);
    expect(r.code).toBe(1);
    expect(runRecord(out).failures.map((f) => f.code)).toEqual(['too-large']);
    expect(outputs(out)).toEqual([]);
  });

  it('a file removed after the run listed it is not-found; a dangling link stays unreadable', () => {
    const dir = tmp();
    symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'dangling.txt'));
    const job = (path: string) => ({ path, name: path, target: join(dir, 'x.json'), refDate: null, check: false, pending: false, maxBytes: 1 << 20, doneSha: null, root: dir });
    expect(extractOne(job(join(dir, 'gone.txt')))).toMatchObject({ code: 'not-found' });
    expect(extractOne(job(join(dir, 'dangling.txt')))).toMatchObject({ code: 'unreadable' });
  });
});

describe('an output that cannot be written', { timeout: 60_000 }, () => {
  // Bounded: Node's recursive mkdir spun at full CPU forever under /proc.
  const cli = (args: string[]) => {
    const r = spawnSync(process.execPath, [repoPath('bin/newsfacts.js'), ...args], { encoding: 'utf8', timeout: 30_000, env: { ...process.env, NO_COLOR: '1' } });
    return { code: r.status, stderr: r.stderr };
  };
  const dir = tmp();
  mkdirSync(join(dir, 'in'));
  writeFileSync(join(dir, 'in', 'a.txt'), PAGE);
  writeFileSync(join(dir, 'a-file'), 'not a folder\n');

  for (const [what, out, reason] of [
    ['an --out that is a file', join(dir, 'a-file'), 'not a directory'],
    ['an --out below a file', join(dir, 'a-file', 'sub'), 'not a directory'],
    ['an --out under /proc', '/proc/newsfacts-test/out', 'cannot be created there (no such file or directory)'],
    ['an --out under /sys', '/sys/newsfacts-test', 'operation not permitted'],
  ] as const) {
    it(`${what}: one line with the reason, exit 2, nothing written`, () => {
      const r = cli(['extract', join(dir, 'in'), '--out', out]);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toEqual([`newsfacts: cannot write to --out ${out}: ${reason}`]);
    });
  }

  it('a disk that fills up mid-run: each file that cannot be written is write-failed with the reason, never a stack trace; the run goes on and exits 1', () => {
    // A 64 KB tmpfs as --out: mounting needs root (as CI runs); elsewhere the test says so and passes.
    const full = tmp();
    if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', full]).status !== 0) {
      console.warn('disk-full test skipped: cannot mount a tmpfs here (needs root)');
      return;
    }
    try {
      const many = join(dir, 'many');
      mkdirSync(many);
      for (let i = 0; i < 40; i++) writeFileSync(join(many, `p${i}.txt`), `${PAGE}\n第${i}篇。`);
      const r = cli(['extract', many, '--out', full]);
      expect(r.code).toBe(1);
      expect(r.stderr).not.toMatch(/^\s+at /mu);
      expect(r.stderr).toMatch(/write-failed: .*ENOSPC/u);
      const written = outputs(full).filter((f) => f.endsWith('.json'));
      expect(written.length).toBeGreaterThan(0);
      expect(written.length).toBeLessThan(40);
      // Every file left is whole (written atomically), the run record included when there is one.
      for (const f of readdirSync(full)) if (f.endsWith('.json')) expect(() => JSON.parse(readFileSync(join(full, f), 'utf8')), f).not.toThrow();
    } finally {
      spawnSync('umount', [full]);
    }
  });

  it('report --html under /proc: one line with the reason, exit 2', () => {
    const out = tmp();
    expect(cli(['extract', join(dir, 'in'), '--out', out]).code).toBe(0);
    const r = cli(['report', out, '--html', '/proc/newsfacts-test/x.html']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^newsfacts: report: \/proc\/newsfacts-test\/x\.html: ENOENT/u)]);
  });
});

describe('names', { timeout: 60_000 }, () => {
  it('two inputs never share an output: a collision is an error naming both, and the others go on', () => {
    const dir = tmp();
    const out = tmp();
    writeFileSync(join(dir, 'a:b.txt'), PAGE);
    writeFileSync(join(dir, 'a_b.txt'), PAGE);
    // Named as the tool names a:b.txt once a_b.txt is there too.
    const crafted = `a_b~${fnv1a(join(dir, 'a:b.txt')).toString(16).padStart(8, '0')}.txt`;
    writeFileSync(join(dir, crafted), PAGE);
    const r = runCli(['extract', dir, '--out', out]);
    expect(r.code).toBe(1);
    const failures = runRecord(out).failures;
    expect(failures).toHaveLength(1);
    expect(failures[0]?.code).toBe('name-collision');
    const [one, two] = [failures[0]?.file, failures[0]?.message];
    expect([one, two].join(' ')).toContain(join(dir, crafted));
    expect([one, two].join(' ')).toContain(join(dir, 'a:b.txt'));
    expect(outputs(out)).toHaveLength(2);
  });

  it('names that differ only by case or Unicode normalization, Windows device names, trailing dots: distinct everywhere', () => {
    const dir = tmp();
    const out = tmp();
    for (const n of ['Page.txt', 'page.txt', 'caf\u00e9.txt', 'cafe\u0301.txt', 'CON.txt', 'nul.html', 'notes..txt', 'notes.txt']) writeFileSync(join(dir, n), PAGE);
    const r = runCli(['extract', dir, '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const names = outputs(out);
    expect(names).toHaveLength(8);
    expect(new Set(names.map((n) => n.normalize('NFC').toLowerCase())).size).toBe(8);
    for (const n of names) {
      expect(n).not.toMatch(/^(?:con|prn|aux|nul|com\d|lpt\d)(?:\.|$)/iu);
      expect(n.replace(/\.json$/u, '')).not.toMatch(/[. ]$/u);
    }
  });

  it('file names on stderr cannot carry terminal escapes or forge a line', () => {
    const dir = tmp();
    const out = tmp();
    writeFileSync(join(dir, 'evil\u001b[2J\nnewsfacts: all good.txt'), '');
    const r = runCli(['extract', dir, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toContain('\u001b');
    expect(r.stderr).toContain('evil\\u001b[2J\\u000anewsfacts: all good.txt: empty');
    expect(r.stderr.split('\n').filter((l) => l.startsWith('newsfacts: all good'))).toEqual([]);
  });
});

describe('--resume keeps what was done until it is redone', { timeout: 60_000 }, () => {
  it('a resumed run that stops before its first checkpoint leaves a record that still knows the earlier work', () => {
    const dir = tmp();
    const out = tmp();
    for (const n of ['b', 'c', 'd']) writeFileSync(join(dir, `${n}.txt`), PAGE);
    expect(runCli(['extract', dir, '--out', out]).code).toBe(0);
    // A bad file sorted first stops the resumed run (--fail-fast) before it reaches the others.
    writeFileSync(join(dir, 'a.txt'), '');
    const stopped = runCli(['extract', dir, '--out', out, '--resume', '--fail-fast', '--jobs', '1']);
    expect(stopped.code).toBe(1);
    expect(Object.keys(runRecord(out).done).sort()).toEqual(['b.json', 'c.json', 'd.json']);
    rmSync(join(dir, 'a.txt'));
    const again = runCli(['extract', dir, '--out', out, '--resume']);
    expect(again.code, again.stderr).toBe(0);
    expect(runRecord(out).counts).toMatchObject({ skipped: 3, extracted: 0 });
    // Inputs gone leave the record once a run has seen every input.
    rmSync(join(dir, 'd.txt'));
    expect(runCli(['extract', dir, '--out', out, '--resume']).code).toBe(0);
    expect(Object.keys(runRecord(out).done).sort()).toEqual(['b.json', 'c.json']);
  });
});
