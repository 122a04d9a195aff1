import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RunFile } from '../../src/cli/runfile.js';
import { Article } from '../../src/article/schema.js';
import { outputs, repoPath, stateFile, tmp } from '../helpers.js';
import { cli } from './cluster-corpus.js';
import { BASE, EDITED } from '../diff/edits.js';

/** Two pages and an output folder holding their articles, one proposed change and one new page pending. */
async function pendingFolder() {
  const corpus = tmp();
  const out = tmp();
  writeFileSync(join(corpus, 'one.txt'), BASE);
  copyFileSync(repoPath('corpus/001_c466c7b22ab64103.txt'), join(corpus, 'two.txt'));
  expect((await cli(['extract', corpus, '--out', out])).code).toBe(0);
  writeFileSync(join(corpus, 'one.txt'), EDITED);
  writeFileSync(join(corpus, 'three.txt'), BASE);
  expect((await cli(['extract', corpus, '--out', out, '--pending'])).code).toBe(0);
  return { corpus, out };
}

const jqPath = ['/usr/bin/jq', '/usr/local/bin/jq'].find(existsSync);
const required = process.env.NEWSFACTS_REQUIRE_TOOLS === '1';
if (!jqPath && !required) console.warn('jq test of the output folder layout skipped: apt-get install jq');

describe('an output folder: articles in *.json, the tool\'s own files in .newsfacts/', { timeout: 120_000 }, () => {
  it('holds articles, the run record and pending changes where the README says', async () => {
    const { out } = await pendingFolder();
    expect(outputs(out)).toEqual(['one.json', 'two.json']);
    expect(readdirSync(join(out, '.newsfacts')).sort()).toEqual(['pending', 'run.json']);
    expect(readdirSync(join(out, '.newsfacts', 'pending')).sort()).toEqual(['one.json', 'three.json']);
    expect(RunFile.parse(JSON.parse(readFileSync(stateFile(out), 'utf8'))).options.pending).toBe(true);
    // Every *.json of the folder is an article.
    for (const f of outputs(out)) Article.parse(JSON.parse(readFileSync(join(out, f), 'utf8')));
  });

  it.runIf(jqPath || required)("jq '.facts[]' out/*.json reads only articles (pending changes and shard records beside them)", async () => {
    const { corpus, out } = await pendingFolder();
    for (const i of [0, 1]) expect((await cli(['extract', corpus, '--out', out, '--shard', `${i}/2`, '--pending'])).code).toBe(0);
    const facts = execFileSync('sh', ['-c', `${jqPath ?? 'jq'} -c '.facts[]' "$1"/*.json`, 'sh', out], { encoding: 'utf8' }).trim().split('\n');
    const expected = outputs(out).flatMap((f) => Article.parse(JSON.parse(readFileSync(join(out, f), 'utf8'))).facts);
    expect(expected.length).toBeGreaterThan(5);
    expect(facts.map((l) => JSON.parse(l))).toEqual(JSON.parse(JSON.stringify(expected)));
  });
});

describe('an output folder written before .newsfacts/ (_run.json, x.new.json) still works', { timeout: 120_000 }, () => {
  /** The same folder as pendingFolder, laid out as older versions wrote it. */
  async function oldFolder() {
    const f = await pendingFolder();
    renameSync(stateFile(f.out), join(f.out, '_run.json'));
    for (const p of readdirSync(join(f.out, '.newsfacts', 'pending'))) renameSync(join(f.out, '.newsfacts', 'pending', p), join(f.out, p.replace(/\.json$/u, '.new.json')));
    execFileSync('rm', ['-r', join(f.out, '.newsfacts')]);
    return f;
  }

  it('review lists and accepts old proposals; diff and table read only the articles', async () => {
    const { out } = await oldFolder();
    const list = JSON.parse((await cli(['review', out, '--list', '--json'])).stdout) as { pending: { id: string; status: string }[] };
    expect(list.pending.map((p) => [p.id, p.status])).toEqual([['one', 'changed'], ['three', 'new']]);
    expect((await cli(['diff', out, out])).code).toBe(0);
    const table = await cli(['table', out, '--format', 'jsonl']);
    expect(table.code).toBe(0);
    expect(table.stderr).not.toMatch(/skipped|_run|new\.json/u);
    const proposal = readFileSync(join(out, 'three.new.json'), 'utf8');
    expect((await cli(['review', out, '--accept-all'])).code).toBe(0);
    expect(readFileSync(join(out, 'three.json'), 'utf8')).toBe(proposal);
    expect(outputs(out)).toEqual(['_run.json', 'one.json', 'three.json', 'two.json']);
  });

  it('--resume reads the old _run.json, and the run moves it to .newsfacts/run.json', async () => {
    const { corpus, out } = await oldFolder();
    const r = await cli(['extract', corpus, '--out', out, '--pending', '--resume']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/3 skipped \(--resume\)/u);
    expect(existsSync(join(out, '_run.json'))).toBe(false);
    expect(Object.keys(RunFile.parse(JSON.parse(readFileSync(stateFile(out), 'utf8'))).done).sort()).toEqual(['one.json', 'three.json', 'two.json']);
    // The old proposals are still there for review (a resumed run skipped their inputs).
    expect(outputs(out)).toEqual(['one.json', 'one.new.json', 'three.new.json', 'two.json']);
  });

  it('a new --pending run replaces an old proposal with one in .newsfacts/pending/; --check still gates', async () => {
    const { corpus, out } = await oldFolder();
    expect((await cli(['extract', corpus, '--out', out, '--check'])).code).toBe(1);
    expect((await cli(['extract', corpus, '--out', out, '--pending'])).code).toBe(0);
    expect(outputs(out)).toEqual(['one.json', 'two.json']);
    expect(readdirSync(join(out, '.newsfacts', 'pending')).sort()).toEqual(['one.json', 'three.json']);
    expect((await cli(['review', out, '--accept-all'])).code).toBe(0);
    expect((await cli(['extract', corpus, '--out', out, '--check'])).code).toBe(0);
  });

  it('--prune still knows what older runs wrote from their _run.json', async () => {
    const { corpus, out } = await oldFolder();
    mkdirSync(join(out, 'sub'));
    execFileSync('rm', [join(corpus, 'two.txt')]);
    const r = await cli(['extract', corpus, '--out', out, '--prune']);
    expect(r.code).toBe(0);
    expect(outputs(out)).toEqual(['one.json', 'sub', 'three.json']);
  });
});
