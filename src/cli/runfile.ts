import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writeAtomic } from './io.js';
import { RUN_FILE } from './runs.js';

export { RUN_FILE };

/**
 * `<out>/_run.json`: what the last extract run into a folder did. No clock
 * and no machine in it, so the same run gives the same file; rewritten
 * atomically every few dozen articles, so a killed run leaves the last
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
  /** Output name → sha256 of the input it was made from, for every article done. */
  done: z.record(z.string(), z.string()),
});

export type RunFile = z.infer<typeof RunFile>;

export function writeRunFile(out: string, run: RunFile): void {
  writeAtomic(join(out, RUN_FILE), `${JSON.stringify(RunFile.parse(run), null, 2)}\n`);
}

/** The run file of a folder, or null when there is none or it is not one. */
export function readRunFile(out: string): RunFile | null {
  try {
    return RunFile.parse(JSON.parse(readFileSync(join(out, RUN_FILE), 'utf8')));
  } catch {
    return null;
  }
}
