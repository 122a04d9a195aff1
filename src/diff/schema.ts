import { z } from 'zod';
import { Fact } from '../article/schema.js';

/** Bumped when the diff document changes incompatibly. */
export const DIFF_SCHEMA_VERSION = 1;

/** Article fields compared besides facts and paragraphs. */
export const ARTICLE_FIELDS = ['lang', 'script', 'title', 'published', 'refDate', 'cleaner'] as const;

const Value = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const FieldChange = z.object({ field: z.string(), old: Value, new: Value });

export const FactDelta = z.discriminatedUnion('status', [
  z.object({ status: z.literal('added'), fact: Fact }),
  z.object({ status: z.literal('removed'), fact: Fact }),
  /** The same span (after aligning the texts) with a new normalization; `fields` says what changed. */
  z.object({ status: z.literal('changed'), old: Fact, new: Fact, fields: z.array(FieldChange) }),
  /** The same fact; only its offsets changed (text added or removed before it). */
  z.object({ status: z.literal('moved'), old: Fact, new: Fact }),
]);

export const ParagraphDelta = z.object({
  /** "edited": the same paragraph with its text changed in place (a figure, a word, a gloss). */
  status: z.enum(['added', 'removed', 'edited']),
  /** Index of the paragraph in its run (the old run for removed, the new run otherwise). */
  index: z.number().int().nonnegative(),
  text: z.string(),
  /** For an edited paragraph, its old text; otherwise null. */
  was: z.string().nullable(),
});

export const Counts = z.object({
  added: z.number().int().nonnegative(),
  removed: z.number().int().nonnegative(),
  changed: z.number().int().nonnegative(),
  moved: z.number().int().nonnegative(),
});

export const ArticleDiff = z.object({
  /** Output name without ".json" (the same in both runs). */
  id: z.string(),
  /** "added": only in the new run; "removed": only in the old one; "changed": in both, differing. */
  status: z.enum(['added', 'removed', 'changed']),
  /** Language of the article (new run, else old). */
  lang: z.string(),
  fields: z.array(FieldChange),
  paragraphs: z.array(ParagraphDelta),
  facts: z.array(FactDelta),
  counts: Counts,
});

/** The document `newsfacts diff --json` prints. */
export const DiffDocument = z.object({
  schemaVersion: z.literal(DIFF_SCHEMA_VERSION),
  summary: z.object({
    /** Articles with at least one difference. */
    articles: z.number().int().nonnegative(),
    /** Articles compared (present in either run, after filters). */
    compared: z.number().int().nonnegative(),
    added: z.number().int().nonnegative(),
    removed: z.number().int().nonnegative(),
    changed: z.number().int().nonnegative(),
    moved: z.number().int().nonnegative(),
  }),
  /** Only the articles that differ, by id. */
  articles: z.array(ArticleDiff),
});

export type FieldChange = z.infer<typeof FieldChange>;
export type FactDelta = z.infer<typeof FactDelta>;
export type ParagraphDelta = z.infer<typeof ParagraphDelta>;
export type ArticleDiff = z.infer<typeof ArticleDiff>;
export type DiffDocument = z.infer<typeof DiffDocument>;
export type Counts = z.infer<typeof Counts>;
