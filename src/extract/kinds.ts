import type { z } from 'zod';
import type { FactBase } from '../facts/schema.js';
import { date } from './date/kind.js';
import { money } from './money/kind.js';
import { percent } from './percent/kind.js';
import type { ExtractContext, KindRules, Refiner, Span } from './types.js';

/** The zod object of a kind's fact: its `kind` is a literal, the discriminator of the article's union of facts. */
export type FactSchema = z.ZodObject<{ kind: z.ZodLiteral<string> } & z.ZodRawShape, z.core.$strip>;

/**
 * A kind of fact: the zod object of its fact, the refiners that run over the
 * spans of every language (after each language's own), and how a span becomes
 * a fact of the output, in the schema's key order.
 */
export interface Kind<S extends { start: number; end: number; rule: string } = Span, Z extends FactSchema = FactSchema, F extends FactBase = z.output<Z> & FactBase> {
  name: F['kind'];
  /** The zod object of its fact: `kind` (a literal, the kind's name), the span fields (../facts/schema.ts SPAN), then its own. */
  schema: Z;
  /** What a count of these facts is called in the report and its summary: "money", "dates". */
  plural: string;
  refiners: ReadonlyArray<Refiner<S>>;
  /**
   * Rules and refiners the kind brings for languages (by code), beside those a
   * language registers for it in languages.ts: a new kind can live in one folder.
   */
  languages?: Readonly<Record<string, KindRules<S>>>;
  toFact(span: S, ctx: ExtractContext): F;
  /** Fields whose change is a change of the fact, for diff (offsets and sentence are not). */
  fields: readonly string[];
  /** The normalized value in a few words, for diff and the report: "4300000000 USD over per month", "2025-03 month relative". */
  describe(f: F): string;
  /** The value the report puts on a fact's highlight (data-value). */
  value(f: F): string;
  /** The highlight's colour in the report. */
  color: string;
}

/**
 * The registry of kinds, in the order their spans are found and their facts
 * come in the article's union (../article/schema.ts). Adding a kind is one
 * folder (its fact.ts, its kind.ts, its rules per language: see percent/) and
 * one line here. Diff, the report, the table and the CLI's --kind loop over this
 * list; the tuple's precise type gives the TypeScript union of facts.
 */
const REGISTERED = [money, date, percent] as const satisfies ReadonlyArray<Kind<any, any>>;

/** The registry as a list to loop over (each kind's span and fact types are its own). */
export const KINDS: ReadonlyArray<Kind<any, any>> = REGISTERED;

/** The registry's precise type: a tuple of each kind's `Kind<Span, Schema>`, from which the union of facts is typed. */
export type RegisteredKinds = typeof REGISTERED;

/** The kind of a fact. */
export function kindOf(f: FactBase): Kind<any, any> {
  const k = KINDS.find((x) => x.name === f.kind);
  if (!k) throw new Error(`no kind "${f.kind}" in the registry`);
  return k;
}
