import { createRequire } from 'node:module';

/**
 * The last resort of the cleaner: Mozilla's Readability (the reader view of
 * Firefox) on a linkedom document. It runs only on a page where our own
 * passes found no body, or a body under a quarter of the page's prose, which
 * no page of the benchmark corpus is, so runs never pay for it otherwise:
 * both libraries are loaded on first use, synchronously, since the pipeline
 * is synchronous.
 *
 * Readability is the most used extractor of its kind and scores the DOM
 * differently from our block classifier (candidate containers by paragraph
 * and comma counts, class weights, sibling joins), so where ours fails on a
 * page built in a way it did not foresee, it often does not; as trafilatura
 * falls back to other extractors when its own result is too short.
 */

interface ReadabilityLib {
  Readability: new (doc: unknown, options?: { charThreshold?: number }) => { parse(): { title?: string | null; content?: string | null } | null };
  parseHTML: (html: string) => { document: unknown };
}

let lib: ReadabilityLib | null | undefined;

function load(): ReadabilityLib | null {
  if (lib === undefined) {
    try {
      const require = createRequire(import.meta.url);
      lib = {
        Readability: (require('@mozilla/readability') as Pick<ReadabilityLib, 'Readability'>).Readability,
        parseHTML: (require('linkedom') as Pick<ReadabilityLib, 'parseHTML'>).parseHTML,
      };
    } catch {
      lib = null;
    }
  }
  return lib;
}

/** Pages larger than this are not handed to Readability: its DOM walk costs far more than ours. */
const MAX_CHARS = 1_000_000;

/**
 * The article Readability finds in a page: its title and its content as HTML
 * (which our block walk then reads), or null when it finds none, the page is
 * too large, or it fails in any way (the library never throws).
 */
export function readabilityArticle(html: string): { title: string | null; content: string } | null {
  if (html.length > MAX_CHARS) return null;
  const r = load();
  if (!r) return null;
  try {
    const parsed = new r.Readability(r.parseHTML(html).document, { charThreshold: 100 }).parse();
    if (!parsed?.content) return null;
    return { title: parsed.title?.trim() || null, content: parsed.content };
  } catch {
    return null;
  }
}
