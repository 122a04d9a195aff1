import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoPath, tmp } from '../helpers.js';
import { spawnAsync } from './cluster-corpus.js';

/**
 * The package as a user gets it: `npm pack`, then `npm install -g` of the
 * tarball into a temporary prefix, the `newsfacts` that lands on its PATH run
 * from an unrelated folder, and the library imported by another project.
 *
 * The dependencies come from npm's cache where `npm ci` put them, but a
 * global install still asks the registry for their metadata (the lockfile
 * is not part of a package), so this needs the registry: without it the test
 * is skipped with a warning, except with NEWSFACTS_REQUIRE_TOOLS=1 (CI).
 */
const required = process.env.NEWSFACTS_REQUIRE_TOOLS === '1';
const npm = spawnSync('npm', ['--version'], { encoding: 'utf8', timeout: 60_000 }).status === 0;
if (!npm && !required) console.warn('install test skipped: no npm on the PATH');
const pkg = JSON.parse(readFileSync(repoPath('package.json'), 'utf8')) as { name: string; version: string };
const seed = '000_28edb389c983b1a7';

describe.runIf(npm || required)('npm pack, then npm install -g of the tarball', { timeout: 900_000 }, () => {
  it('puts a working newsfacts on the PATH and a library another project imports; the tarball holds only runtime files', async (ctx) => {
    const work = tmp();
    // --ignore-scripts: dist/ is built already (npm test builds first); a rebuild here would
    // rewrite it under the other tests. A pack from a fresh clone builds it ("prepare").
    const pack = await spawnAsync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work, repoPath('.')], { timeout: 300_000 });
    expect(pack.code, pack.stderr).toBe(0);
    const [info] = JSON.parse(pack.stdout) as { filename: string; size: number; files: { path: string }[] }[];
    const files = info?.files.map((f) => f.path) ?? [];
    expect(files).toContain('bin/newsfacts.js');
    expect(files).toContain('dist/index.js');
    expect(files).toContain('dist/index.d.ts');
    expect(files).toContain('dist/cli/main.js');
    expect(files.filter((f) => !/^(?:bin|dist)\//u.test(f)).sort()).toEqual(['README.md', 'package.json']);
    expect(files.filter((f) => /(?:^|\/)(?:tests?|fixtures|corpus|extracted|bench-corpus|src)\/|\.map$|\.test\./u.test(f))).toEqual([]);
    expect(info?.size).toBeLessThan(1_000_000);
    const tarball = join(work, info?.filename as string);

    const prefix = join(work, 'global');
    const install = await spawnAsync('npm', ['install', '-g', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', tarball], { timeout: 600_000 });
    if (install.code !== 0 && !required && /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|ENOTCACHED|ENETUNREACH/u.test(install.stderr)) {
      console.warn(`install test skipped: npm install -g needs the registry, which is not reachable: ${install.stderr.split('\n')[0]}`);
      ctx.skip();
    }
    expect(install.code, install.stderr).toBe(0);
    const bin = join(prefix, 'bin', 'newsfacts');
    expect(existsSync(bin)).toBe(true);

    // From a folder that has nothing to do with the package: no node_modules, no package.json.
    const elsewhere = join(work, 'elsewhere');
    mkdirSync(elsewhere);
    const env = { ...process.env, PATH: `${join(prefix, 'bin')}:${process.env.PATH}` };
    const version = await spawnAsync('newsfacts', ['--version'], { cwd: elsewhere, env, timeout: 120_000 });
    expect(version.code, version.stderr).toBe(0);
    expect(version.stdout.trim()).toBe(pkg.version);
    writeFileSync(join(elsewhere, `${seed}.txt`), readFileSync(repoPath(`corpus/${seed}.txt`)));
    const run = await spawnAsync('newsfacts', ['extract', `${seed}.txt`, '--out', 'facts'], { cwd: elsewhere, env, timeout: 300_000 });
    expect(run.code, run.stderr).toBe(0);
    // The installed tool writes what the repository's own build writes (the committed snapshot).
    expect(readFileSync(join(elsewhere, 'facts', `${seed}.json`), 'utf8')).toBe(readFileSync(repoPath(`extracted/${seed}.json`), 'utf8'));

    // Another project that depends on it (here: node_modules/newsfacts → the installed package, as `npm link newsfacts` makes).
    const project = join(work, 'project');
    mkdirSync(join(project, 'node_modules'), { recursive: true });
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'uses-newsfacts', private: true, type: 'module' }));
    symlinkSync(join(prefix, 'lib', 'node_modules', pkg.name), join(project, 'node_modules', pkg.name));
    writeFileSync(
      join(project, 'main.js'),
      `import { extractArticle, Article } from 'newsfacts';
const a = extractArticle({ text: '去年营收43亿元。', clean: false }, { refDate: '2025-06-19' });
Article.parse(a);
console.log(JSON.stringify(a.facts.map((f) => [f.kind, f.text])));
`,
    );
    const lib = await spawnAsync(process.execPath, ['main.js'], { cwd: project, timeout: 120_000 });
    expect(lib.code, lib.stderr).toBe(0);
    expect(JSON.parse(lib.stdout)).toEqual([
      ['date', '去年'],
      ['money', '43亿元'],
    ]);
    // TypeScript users get the declarations the "types" field names.
    expect(statSync(join(prefix, 'lib', 'node_modules', pkg.name, 'dist', 'index.d.ts')).size).toBeGreaterThan(0);
  });
});
