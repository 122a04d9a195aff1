import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoPath, tmp } from '../helpers.js';
import { cli, seedPages, spawnAsync, variant } from './cluster-corpus.js';

/**
 * Engines that pipe records through a command (Spark's RDD.pipe, Hadoop
 * Streaming, a Dask bag) use `extract --jsonl`. Here a Dask cluster (Debian's
 * python3-distributed: a local scheduler and two worker processes) pipes each
 * partition of a bag of JSONL records through one `newsfacts extract --jsonl`
 * process (tests/cli/dask_pipe.py), and the lines it gives back must be the
 * lines of one direct run. Skipped with a warning where no Python can import
 * distributed; required with NEWSFACTS_REQUIRE_TOOLS=1.
 */
const python = ['/usr/bin/python3', 'python3'].find((p) => spawnSync(p, ['-c', 'import dask.bag, distributed'], { timeout: 60_000 }).status === 0);
const required = process.env.NEWSFACTS_REQUIRE_TOOLS === '1';
if (!python && !required) console.warn('Dask JSONL test skipped: no python3 that imports distributed (apt-get install python3-distributed)');

/** JSONL files of records as a crawler would store them: HTML or text, some with a reference date, one bad line. */
function records(files: number, perFile: number): { dir: string; all: string } {
  const dir = tmp();
  const pages = seedPages();
  let all = '';
  for (let f = 0; f < files; f++) {
    const lines: string[] = [];
    for (let j = 0; j < perFile; j++) {
      const i = f * perFile + j;
      const [name, content] = pages[i % pages.length] as [string, string];
      const body = variant(name, content, i);
      const rec: Record<string, unknown> = { id: `${f}-${j}-${name}`, ...(name.endsWith('.html') ? { html: body } : { text: body }) };
      if (i % 3 === 0) rec.refDate = '2025-06-19';
      // A numeric id past 2^53 comes back as written; a record with no content, as an error line
      // (in the second file: its message counts lines from the start of its process's input).
      lines.push(i === 5 ? '{"id":12345678901234567890,"text":"去年营收43亿元。","clean":false}' : i === 13 ? '{"id":"empty"}' : JSON.stringify(rec));
    }
    const text = `${lines.join('\n')}\n`;
    writeFileSync(join(dir, `part-${String(f).padStart(5, '0')}.jsonl`), text);
    all += text;
  }
  return { dir, all };
}

describe.runIf(python || required)('extract --jsonl under Dask', { timeout: 900_000 }, () => {
  it('a bag of JSONL records piped through newsfacts on two workers gives the lines of one direct run', async () => {
    const { dir, all } = records(6, 8);
    const direct = await cli(['extract', '--jsonl'], { input: all });
    expect(direct.code).toBe(1); // the record with no content
    const lines = direct.stdout.trim().split('\n');
    expect(lines).toHaveLength(48);
    expect(lines.filter((l) => l.includes('"error"'))).toHaveLength(1);
    expect(lines[5]).toMatch(/^\{"id":12345678901234567890,/u);

    const r = await spawnAsync(python ?? 'python3', [repoPath('tests/cli/dask_pipe.py'), join(dir, '*.jsonl'), process.execPath, repoPath('bin/newsfacts.js'), 'extract', '--jsonl'], {
      timeout: 600_000,
    });
    expect(r.code, r.stderr).toBe(0);
    // Byte for byte, but for the line number in an error message: each process counts its own input.
    const lineNo = (s: string) => s.replace(/"message":"line \d+: /gu, '"message":"line N: ');
    expect(r.stdout).not.toBe(lineNo(r.stdout));
    expect(lineNo(r.stdout)).toBe(lineNo(direct.stdout));
    const summary = JSON.parse(/dask: (\{.*\})/u.exec(r.stderr)?.[1] ?? 'null') as { partitions: number; workers: number; usedWorkers: string[] };
    expect(summary.partitions).toBe(6);
    expect(summary.workers).toBe(2);
    expect(summary.usedWorkers.length).toBeGreaterThanOrEqual(1);
  });
});

