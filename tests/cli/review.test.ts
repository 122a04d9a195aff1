import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { outputs, repoPath, runCli, tmp } from '../helpers.js';
import { BASE, EDITED } from '../diff/edits.js';

/**
 * A golden folder of two articles (one.json, two.json) and a corpus whose
 * pages both changed, so `extract --pending` proposes two changes.
 */
function setup() {
  const corpus = tmp();
  const out = tmp();
  writeFileSync(join(corpus, 'one.txt'), BASE);
  writeFileSync(join(corpus, 'two.txt'), BASE.replace('宁德时代发布年报', '比亚迪发布年报'));
  expect(runCli(['extract', corpus, '--out', out]).code).toBe(0);
  const golden = Object.fromEntries(outputs(out).map((f) => [f, readFileSync(join(out, f), 'utf8')]));
  writeFileSync(join(corpus, 'one.txt'), EDITED);
  writeFileSync(join(corpus, 'two.txt'), EDITED.replace('宁德时代发布年报', '比亚迪发布年报'));
  writeFileSync(join(corpus, 'three.txt'), BASE);
  return { corpus, out, golden };
}

/** Where proposals live inside an output folder. */
const P = '.newsfacts/pending';

describe('extract --pending and newsfacts review', { timeout: 60_000 }, () => {
  let s: ReturnType<typeof setup>;
  beforeEach(() => {
    s = setup();
    const r = runCli(['extract', s.corpus, '--out', s.out, '--pending']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/3 articles: 3 pending, 0 unchanged, 0 failed/u);
  });
  // Articles, then proposals as P/<id>.json (they live in .newsfacts/pending/).
  const files = () => [...outputs(s.out), ...readdirSync(join(s.out, P)).map((f) => `${P}/${f}`)];
  const read = (f: string) => readFileSync(join(s.out, f), 'utf8');

  it('--pending proposes .newsfacts/pending/<id>.json and leaves the golden files untouched', () => {
    expect(files()).toEqual(['one.json', 'two.json', `${P}/one.json`, `${P}/three.json`, `${P}/two.json`]);
    expect(read('one.json')).toBe(s.golden['one.json']);
    // A re-run that produces the golden again withdraws the proposal.
    writeFileSync(join(s.corpus, 'one.txt'), BASE);
    runCli(['extract', s.corpus, '--out', s.out, '--pending']);
    expect(files()).not.toContain(`${P}/one.json`);
    // diff never mistakes a proposal for an article.
    expect(runCli(['diff', s.out, s.out]).code).toBe(0);
  });

  it('--list [--json] shows each pending change with its fact counts', () => {
    const r = runCli(['review', s.out, '--list', '--json']);
    expect(r.code).toBe(0);
    const { pending } = JSON.parse(r.stdout);
    expect(pending.map((p: { id: string; status: string }) => [p.id, p.status])).toEqual([['one', 'changed'], ['three', 'new'], ['two', 'changed']]);
    expect(pending[0].counts).toEqual({ added: 1, removed: 1, changed: 1, moved: 3 });
    expect(runCli(['review', s.out, '--list']).stdout).toMatch(/^one {2}changed {2}\+1 -1 ~1$/mu);
  });

  it('without a terminal it never waits: lists, exits 1, changes nothing', () => {
    const r = spawnSync(process.execPath, [repoPath('bin/newsfacts.js'), 'review', s.out], { encoding: 'utf8', timeout: 20_000 });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/3 pending .* Not a terminal/u);
    expect(files()).toHaveLength(5);
  });

  it('--accept <glob> replaces the golden with the proposal; --reject drops the proposal', () => {
    const proposal = read(`${P}/one.json`);
    const r = runCli(['review', s.out, '--accept', 'o*', '--reject', 'two']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/accepted one\nrejected two\n1 pending left/u);
    expect(read('one.json')).toBe(proposal);
    expect(read('two.json')).toBe(s.golden['two.json']);
    expect(files()).toEqual(['one.json', 'two.json', `${P}/three.json`]);
    expect(runCli(['review', s.out, '--accept-all']).code).toBe(0);
    expect(files()).toEqual(['one.json', 'three.json', 'two.json']);
    expect(runCli(['review', s.out]).stdout).toMatch(/nothing pending/u);
  });

  it('exit 2 for a pattern that matches nothing or a proposal that is not a valid article (left pending)', () => {
    expect(runCli(['review', s.out, '--accept', 'zzz*']).code).toBe(2);
    writeFileSync(join(s.out, P, 'two.json'), '{"schemaVersion": 1}');
    const r = runCli(['review', s.out, '--accept', 'two']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/pending\/two\.json: not a newsfacts article.*left pending/u);
    expect(read('two.json')).toBe(s.golden['two.json']);
    expect(existsSync(join(s.out, P, 'two.json'))).toBe(true);
    expect(runCli(['review', join(s.out, 'nope')]).code).toBe(2);
  });

  // The interactive walk, on a real pseudo-terminal (util-linux `script`).
  it.runIf(existsSync('/usr/bin/script'))('on a terminal: r rejects one, A accepts all remaining', () => {
    const proposal = read(`${P}/three.json`);
    const cmd = `${JSON.stringify(process.execPath)} ${JSON.stringify(repoPath('bin/newsfacts.js'))} review ${JSON.stringify(s.out)} --no-color`;
    const r = spawnSync('script', ['-qfec', cmd, '/dev/null'], { input: 'rA', encoding: 'utf8', timeout: 30_000 });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/\[1\/3\] one/u);
    expect(r.stdout).toContain('~ money 3625亿元');
    expect(r.stdout).toMatch(/accepted 2, rejected 1, skipped 0; 0 pending left/u);
    expect(files()).toEqual(['one.json', 'three.json', 'two.json']);
    expect(read('one.json')).toBe(s.golden['one.json']);
    expect(read('three.json')).toBe(proposal);
  });
});

describe('output names never read as a proposal', { timeout: 60_000 }, () => {
  it('an input named x.new.txt is written as x_new.json', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'in'));
    copyFileSync(repoPath('corpus/000_28edb389c983b1a7.txt'), join(dir, 'in', 'x.new.txt'));
    runCli(['extract', join(dir, 'in'), '--out', join(dir, 'out')]);
    expect(outputs(join(dir, 'out'))).toEqual(['x_new.json']);
  });
});
