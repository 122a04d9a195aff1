import { nextIndex, splitWordStart } from './wordstart.js';
import type { ExtractContext, KindRules, Language, Refiner, Rule } from './types.js';

/**
 * Runs rules over the digit-folded text, in order, appending what they find to
 * `out` (one push per span: push(...spans) passes each as an argument and
 * overflows the stack past ~120k).
 */
export function runRules<S extends { end: number }>(rules: ReadonlyArray<Rule<S>>, ctx: ExtractContext, out: S[] = []): S[] {
  const { scan } = ctx;
  // Past maxSpans the page is refused anyway (too-many-facts): stop before making millions of spans.
  const max = ctx.maxSpans ?? Infinity;
  for (const rule of rules) {
    if (out.length > max) break;
    if (rule.trigger && !rule.trigger.test(scan)) continue;
    // The pattern without its leading look-behind (see wordstart.ts), checked by hand.
    const { re, before } = rule.nativeLookBehind ? { re: rule.pattern, before: null } : splitWordStart(rule.pattern);
    re.lastIndex = 0;
    for (let m = re.exec(scan); m && out.length <= max; m = re.exec(scan)) {
      if (before?.(scan, m.index)) {
        re.lastIndex = nextIndex(scan, m.index);
        continue;
      }
      const got = rule.extract(m, ctx);
      if (typeof got === 'number') {
        re.lastIndex = got;
        continue;
      }
      if (m[0].length === 0) re.lastIndex++;
      if (got === null) continue;
      if (isList(got)) {
        for (const s of got) {
          out.push(s);
          if (s.end > re.lastIndex) re.lastIndex = s.end;
        }
      } else {
        out.push(got);
        if (got.end > re.lastIndex) re.lastIndex = got.end;
      }
    }
  }
  return out;
}

function isList<S>(x: S | readonly S[]): x is readonly S[] {
  return Array.isArray(x);
}

/** Runs refiners in order. */
export function runRefiners<S>(refiners: ReadonlyArray<Refiner<S>>, spans: S[], ctx: ExtractContext): S[] {
  let out = spans;
  for (const r of refiners) out = r.refine(out, ctx);
  return out;
}

/**
 * Every accepted language's rules for one kind, each followed by that
 * language's joiners and refiners, in registry order. `accepted` lists the languages that
 * read some paragraph of the text (see ../lang and languages.ts); a language
 * reads only the paragraphs it accepts, so its spans elsewhere are dropped.
 */
export function findSpans<S extends { start: number; end: number }>(
  kind: { name: string; languages?: Readonly<Record<string, KindRules<S>>> },
  accepted: ReadonlyArray<{ language: Language; keep: ((span: { start: number; end: number }) => boolean) | null }>,
  ctx: ExtractContext,
): S[] {
  const out: S[] = [];
  for (const { language, keep } of accepted) {
    for (const k of [language.kinds[kind.name] as KindRules<S> | undefined, kind.languages?.[language.code]]) {
      if (!k) continue;
      if (out.length > (ctx.maxSpans ?? Infinity)) return out;
      const found = runRefiners<S>(k.joiners ?? [], runRules<S>(k.rules, ctx), ctx);
      for (const s of runRefiners<S>(k.refiners, keep ? found.filter(keep) : found, ctx)) out.push(s);
    }
  }
  return out;
}
