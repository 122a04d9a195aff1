import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Where everything lives in an output folder, in one place. The folder's own
 * `*.json` files are articles and nothing else, so `jq '.facts[]' out/*.json`
 * reads only articles; what the tool keeps for itself is under `.newsfacts/`:
 *
 *   out/<name>.json                          an article
 *   out/.newsfacts/run.json                  the run record (shard i of n: run.shard-i-of-n.json)
 *   out/.newsfacts/pending/<name>.json       a change `extract --pending` proposes for out/<name>.json
 *
 * Folders written before this layout hold `_run.json`, `_run.shard-i-of-n.json`
 * and `<name>.new.json` beside the articles: they are still read (the next run
 * moves its record into `.newsfacts/`; review accepts and rejects old proposals too).
 */

/** The folder, inside an output folder, of the tool's own files. Hidden: a glob or `ls` passes over it. */
export const STATE_DIR = '.newsfacts';

/** Shard `index` (0-based) of `count`. */
export interface ShardId {
  index: number;
  count: number;
}

/** The run record of a run (or of one shard of it), relative to the output folder. */
export function runRecordName(shard: ShardId | null): string {
  return join(STATE_DIR, shard ? `run.shard-${shard.index}-of-${shard.count}.json` : 'run.json');
}

/** Where a folder written before `.newsfacts/` kept that record: `_run.json`, `_run.shard-i-of-n.json`. */
export function legacyRunRecordName(shard: ShardId | null): string {
  return shard ? `_run.shard-${shard.index}-of-${shard.count}.json` : '_run.json';
}

/** Every run record in an output folder (paths relative to it), new layout first, then old ones, each sorted. */
export function runRecordNames(out: string): string[] {
  const names: string[] = [];
  for (const f of list(join(out, STATE_DIR))) if (/^run(?:\.shard-\d+-of-\d+)?\.json$/u.test(f)) names.push(join(STATE_DIR, f));
  for (const f of list(out)) if (isLegacyRunRecord(f)) names.push(f);
  return names;
}

/** `_run.json` or `_run.shard-i-of-n.json`: an old-layout run record. */
export function isLegacyRunRecord(name: string): boolean {
  return /^_run(?:\.shard-\d+-of-\d+)?\.json$/u.test(name);
}

/** The folder of pending changes inside an output folder. */
export function pendingDir(out: string): string {
  return join(out, STATE_DIR, 'pending');
}

/** Where `extract --pending` proposes a new version of the article at `target`: out/x.json → out/.newsfacts/pending/x.json. */
export function pendingPath(target: string): string {
  return join(pendingDir(dirname(target)), basename(target));
}

/** Where a folder written before `.newsfacts/` held that proposal: out/x.json → out/x.new.json. */
export function legacyPendingPath(target: string): string {
  return target.replace(/\.json$/u, '.new.json');
}

/** A proposed change: the article it replaces (which may not exist yet) and the proposal. */
export interface PendingFile {
  id: string;
  golden: string;
  pending: string;
}

/**
 * The pending changes of an output folder, sorted by id: `.newsfacts/pending/<id>.json`,
 * and old `<id>.new.json` files for ids that have no proposal in the new place.
 */
export function pendingFiles(out: string): PendingFile[] {
  const byId = new Map<string, PendingFile>();
  for (const f of list(out)) {
    if (!f.endsWith('.new.json')) continue;
    const id = f.slice(0, -'.new.json'.length);
    byId.set(id, { id, golden: join(out, `${id}.json`), pending: join(out, f) });
  }
  for (const f of list(pendingDir(out))) {
    if (!f.endsWith('.json') || f.startsWith('.')) continue;
    const id = f.slice(0, -'.json'.length);
    byId.set(id, { id, golden: join(out, f), pending: join(pendingDir(out), f) });
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * True for the per-article files of an output folder. Hidden names (the
 * `.newsfacts/` folder among them) are not, nor, in folders written before
 * it, pending changes (x.new.json) and run records (_run.json, _run.shard-0-of-4.json).
 */
export function isArticleFile(name: string): boolean {
  return name.endsWith('.json') && !name.endsWith('.new.json') && !/^_run(?:\.[^/]*)?\.json$/u.test(name) && !name.startsWith('.');
}

/** "x.json" / "x.new.json" → "x". */
export function articleId(file: string): string {
  return basename(file).replace(/(?:\.new)?\.json$/u, '');
}

/** The folders of an output folder where the tool writes files (and so may leave temporaries). */
export function writtenFolders(out: string): string[] {
  return [out, join(out, STATE_DIR), pendingDir(out)].filter((d) => existsSync(d));
}

function list(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}
