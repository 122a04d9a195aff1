import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writeAtomic } from './io.js';
import { legacyRunRecordName, runRecordName, type ShardId } from './layout.js';

/** The run record of an unsharded run, relative to the output folder: `.newsfacts/run.json`. */
export const RUN_FILE = runRecordName(null);

/**
 * `<out>/.newsfacts/run.json`: what the last extract run into a folder did. No clock
 * and no machine in it, so the same run gives the same file; rewritten
 * atomically as the run goes (every 50 articles, at most once a second), so a killed run leaves the last
 * checkpoint for --resume.
 */
export const RunFile = z.object({
  tool: z.literal('newsfacts'),
  version: z.string(),
  /** "running" until the end (a run killed mid-way stays so), then "complete", "stopped" (--fail-fast) or "interrupted". */
  status: z.enum(['running', 'complete', 'stopped', 'interrupted']),
  options: z.object({
    inputs: z.array(z.string()),
    out: z.string(),
    refDate: z.string().nullable(),
    pending: z.boolean(),
    maxBytes: z.number().int().positive(),
    /** "i/n" for a sharded run, else null. */
    shard: z.string().nullable(),
    /** sha256 of the --site-rules file, else null (also in run files written before the option existed). */
    siteRules: z.string().nullable().default(null),
    /** --country, else null (also in run files written before the option existed). */
    country: z.string().nullable().default(null),
  }),
  counts: z.object({
    inputs: z.number().int().nonnegative(),
    /** Articles extracted by this run (written, unchanged or proposed). */
    extracted: z.number().int().nonnegative(),
    /** Articles --resume found already done. */
    skipped: z.number().int().nonnegative(),
    failed: z.number().int().nonnegative(),
  }),
  failures: z.array(z.object({ file: z.string(), code: z.string(), message: z.string() })),
  /**
   * Articles written with a doubt about them (the article's `warnings`): code
   * → the input files, sorted. Empty in run files written before it existed.
   */
  warnings: z.record(z.string(), z.array(z.string())).default({}),
  /** Output name → sha256 of the input it was made from, for every article done. */
  done: z.record(z.string(), z.string()),
});

export type RunFile = z.infer<typeof RunFile>;

/** `.newsfacts/run.json`, or `.newsfacts/run.shard-i-of-n.json` for one shard, so parallel shards never write the same file. */
export function runFileName(shard: ShardId | null): string {
  return runRecordName(shard);
}

/**
 * Writes the run file; failures and done articles in a stable order,
 * whatever order threads finished in, and checked against the schema.
 * A checkpoint (`final` false) skips the sorting and the check: it is
 * rewritten as the run goes, and read back through the schema by --resume.
 */
export function writeRunFile(out: string, name: string, run: RunFile, final = true): void {
  if (!final) {
    writeAtomic(join(out, name), `${JSON.stringify(run, null, 2)}\n`);
    return;
  }
  const sorted: RunFile = {
    ...run,
    failures: [...run.failures].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
    warnings: Object.fromEntries(Object.entries(run.warnings).sort(([a], [b]) => (a < b ? -1 : 1)).map(([code, files]) => [code, [...files].sort()])),
    done: Object.fromEntries(Object.entries(run.done).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  };
  writeAtomic(join(out, name), `${JSON.stringify(RunFile.parse(sorted), null, 2)}\n`);
}

/**
 * The record of the last run (or shard) into `out`: `.newsfacts/run…json`,
 * else, in a folder written before that layout, `_run…json`. Null when there
 * is none or it is not one.
 */
export function readRunRecord(out: string, shard: ShardId | null): RunFile | null {
  return readRunFile(out, runRecordName(shard)) ?? readRunFile(out, legacyRunRecordName(shard));
}

/** A run file of a folder (`name` relative to it), or null when there is none or it is not one. */
export function readRunFile(out: string, name: string): RunFile | null {
  try {
    return RunFile.parse(JSON.parse(readFileSync(join(out, name), 'utf8')));
  } catch {
    return null;
  }
}
