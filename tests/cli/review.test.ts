import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
    // A typo beside a good pattern: nothing is decided, so the good one is not half done.
    const typo = runCli(['review', s.out, '--accept', 'o*', '--reject', 'tow']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/no pending change matches "tow"\n.*nothing was accepted or rejected \(3 pending/su);
    expect(read('one.json')).toBe(s.golden['one.json']);
    expect(files()).toHaveLength(5);
    writeFileSync(join(s.out, P, 'two.json'), '{"schemaVersion": 1}');
    const r = runCli(['review', s.out, '--accept', 'two']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/pending\/two\.json: not a newsfacts article.*left pending/u);
    expect(read('two.json')).toBe(s.golden['two.json']);
    expect(existsSync(join(s.out, P, 'two.json'))).toBe(true);
    expect(runCli(['review', join(s.out, 'nope')]).code).toBe(2);
  });

  it('diff --pending shows each proposal against its accepted file, as diff does', () => {
    const r = runCli(['diff', '--pending', s.out]);
    expect(r.code).toBe(1);
    // The same block diff prints for the two files of one article.
    const pair = runCli(['diff', join(s.out, 'one.json'), join(s.out, P, 'one.json')]);
    const block = pair.stdout.slice(0, pair.stdout.indexOf('\n\n') + 2);
    expect(block).toContain('~ money 3625亿元');
    expect(r.stdout).toContain(block);
    expect(r.stdout).toMatch(/^two \(zh\) \+1 -1 ~1$/mu);
    expect(r.stdout).toMatch(/^three \(zh\) added article \+\d+$/mu);
    expect(r.stdout).toMatch(/3 articles compared, 3 differ: \d+ added, 2 removed, 2 changed, 6 moved\n/u);
    const doc = JSON.parse(runCli(['diff', '--pending', s.out, '--json', '--kind', 'money']).stdout);
    expect(doc.articles.map((a: { id: string; status: string }) => [a.id, a.status])).toEqual([['one', 'changed'], ['three', 'added'], ['two', 'changed']]);
    // Only proposals are compared: once decided, nothing is pending.
    expect(runCli(['review', s.out, '--reject-all']).code).toBe(0);
    const none = runCli(['diff', '--pending', s.out]);
    expect(none.code).toBe(0);
    expect(none.stdout).toMatch(/^no differences \(0 articles compared\)/u);
    // Trouble: a proposal that is not an article, a folder that is not there, --pending with --git.
    writeFileSync(join(s.out, P, 'two.json'), '{"schemaVersion": 1}');
    const bad = runCli(['diff', '--pending', s.out]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/pending\/two\.json: not a newsfacts article/u);
    expect(runCli(['diff', '--pending', join(s.out, 'nope')]).stderr).toMatch(/nope: no such folder/u);
    expect(runCli(['diff', '--pending', '--git', 'HEAD']).code).toBe(2);
  });

  it('extract --check says what differs fact by fact and fails while a pending change waits, not reviewed, left over or stale', () => {
    const check = () => runCli(['extract', s.corpus, '--out', s.out, '--check']);
    const before = files().map((f) => [f, read(f)]);
    const r = check();
    expect(r.code).toBe(1);
    // Per output: a head with the counts, then the facts, as diff names them.
    expect(r.stderr).toMatch(/one\.json: differs: \+1 -1 ~1 3 moved\n {4}~ money 3625亿元: text "3620亿元" → "3625亿元"; amount 362000000000 → 362500000000\n/u);
    expect(r.stderr).toMatch(/^ {4}- money 约200亿元 = 20000000000 CNY approx \(cash of 宁德时代\)$/mu);
    expect(r.stderr).toMatch(/^ {4}\+ money 186亿元 = 18600000000 CNY /mu);
    expect(r.stderr).toMatch(/^ {4}paragraphs: \d+ edited, 1 removed$/mu);
    expect(r.stderr).toMatch(/three\.json: missing: a new article: \+\d+ -0 ~0\n {4}\+ /u);
    expect(r.stderr).toMatch(/pending\/one\.json: pending: not reviewed yet/u);
    expect(r.stderr).toMatch(/3 articles: 0 up to date, 3 would change, 3 pending changes waiting/u);
    // --check writes nothing.
    expect(files().map((f) => [f, read(f)])).toEqual(before);

    // Accepted: clean.
    expect(runCli(['review', s.out, '--accept-all']).code).toBe(0);
    const clean = check();
    expect(clean.code, clean.stderr).toBe(0);
    expect(clean.stderr).toMatch(/3 articles: 3 up to date, 0 would change, 0 failed/u);

    // A proposal left over beside an output that is current fails the check too.
    mkdirSync(join(s.out, P), { recursive: true });
    writeFileSync(join(s.out, P, 'one.json'), read('two.json'));
    const leftover = check();
    expect(leftover.code).toBe(1);
    expect(leftover.stderr).toMatch(/pending\/one\.json: left over: one\.json is already what the rules produce/u);
    expect(leftover.stderr).toMatch(/3 up to date, 0 would change, 1 pending change waiting/u);

    // Stale: the page changed again since the proposal was made.
    writeFileSync(join(s.corpus, 'one.txt'), EDITED.replace('3625亿元', '3630亿元'));
    const stale = check();
    expect(stale.code).toBe(1);
    expect(stale.stderr).toMatch(/pending\/one\.json: stale: not what the rules produce now/u);
    expect(stale.stderr).toMatch(/one\.json: differs: \+0 -0 ~1\n {4}~ money 3630亿元: text "3625亿元" → "3630亿元"/u);

    // A proposal no input gives any more.
    writeFileSync(join(s.corpus, 'one.txt'), EDITED);
    writeFileSync(join(s.out, P, 'gone.json'), read('two.json'));
    rmSync(join(s.out, P, 'one.json'));
    const orphan = check();
    expect(orphan.code).toBe(1);
    expect(orphan.stderr).toMatch(/pending\/gone\.json: stale: no input gives gone\.json any more/u);
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
  // The keys besides a decision, on a real pseudo-terminal: every key typed ahead is read in turn.
  it.runIf(existsSync('/usr/bin/script'))('on a terminal: ? lists the keys, i shows info, d hides the diff, an unknown key says so', () => {
    const cmd = `${JSON.stringify(process.execPath)} ${JSON.stringify(repoPath('bin/newsfacts.js'))} review ${JSON.stringify(s.out)} --no-color`;
    // x: unknown; ?: help; i: info on; d: diff off; an arrow key (ESC [ A) must not act as A; s: skip one; q: quit.
    const r = spawnSync('script', ['-qfec', cmd, '/dev/null'], { input: 'x?id\u001b[Asq', encoding: 'utf8', timeout: 30_000 });
    expect(r.status).toBe(0);
    const out = r.stdout.replace(/\r/gu, '');
    expect(out).toMatch(/unknown key "x": press one of a r s i d A R S q \? \(\? explains them\)/u);
    expect(out).toMatch(/unknown key "Esc \[A"/u);
    // ? names every key; i and d say what pressing them does now.
    expect(out).toMatch(/ {2}i {2}show info {3}source file, URL, language/u);
    expect(out).toContain('the proposal replaces one.json');
    expect(out).toContain('A/R/S all remaining · q quit · ? help');
    // i: the article shown again with its files, source, language and the rule of each fact.
    const views = out.split(/\[1\/3\] one/u);
    expect(views).toHaveLength(4);
    const [, first, info, noDiff] = views as [string, string, string, string];
    expect(first).toContain('~ money 3625亿元');
    expect(first).not.toContain('source: one.txt');
    expect(info).toMatch(/source: one\.txt · text · utf-8/u);
    expect(info).toMatch(/language: zh-Hans · published/u);
    expect(info).toMatch(/~ money 3625亿元: .* \[zh\.money\.[\w.-]+\]/u);
    expect(info).toContain('i hide info · d hide diff');
    // d: only the counts, and the prompt offers the diff back.
    expect(noDiff).not.toContain('~ money 3625亿元');
    expect(noDiff).toMatch(/1 article compared, 1 differ: 1 added, 1 removed, 1 changed, 3 moved \(diff hidden: d shows it\)/u);
    expect(noDiff).toContain('d show diff');
    // s skipped the first; the arrow key accepted nothing; q left the rest pending.
    expect(out).toMatch(/accepted 0, rejected 0, skipped 1; 3 pending left/u);
    expect(files()).toHaveLength(5);
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
