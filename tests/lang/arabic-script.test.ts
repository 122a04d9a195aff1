import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/lang/detect.js';
import { CROSSED, SENTENCES, snippets } from './arabic-script.snippets.js';

// Arabic, Persian and Urdu share a script; the rules that run on a paragraph
// depend on telling them apart, on short text too (a quote, a caption).
describe('Arabic, Persian and Urdu snippets of about 30 characters', () => {
  for (const lang of ['ar', 'fa', 'ur'] as const) {
    it(`${lang}: at least 99% told apart`, () => {
      const cases = SENTENCES[lang].flatMap((s) => snippets(s));
      expect(cases.length).toBeGreaterThan(150);
      const wrong = cases.map((s) => [s, detectLanguage(s).lang]).filter(([, got]) => got !== lang);
      const accuracy = 1 - wrong.length / cases.length;
      console.log(`${lang}: ${cases.length - wrong.length}/${cases.length} snippets (${(100 * accuracy).toFixed(1)}%)`);
      expect(accuracy, JSON.stringify(wrong)).toBeGreaterThanOrEqual(0.99);
    });
  }

  it('whole sentences are told apart too', () => {
    for (const lang of ['ar', 'fa', 'ur'] as const) for (const s of SENTENCES[lang]) expect(detectLanguage(s).lang, s).toBe(lang);
  });

  // Typed with the other language's letters, a 30-character snippet may hold no word that tells
  // (الخام ارتفعت خلال الشهر, لايحه بودجه سال): most are told apart, whole sentences all are.
  for (const lang of ['ar', 'fa'] as const) {
    it(`${lang} typed with the other's letters: whole sentences, and at least 90% of snippets`, () => {
      for (const s of CROSSED[lang]) expect(detectLanguage(s).lang, s).toBe(lang);
      const cases = CROSSED[lang].flatMap((s) => snippets(s));
      const wrong = cases.filter((s) => detectLanguage(s).lang !== lang);
      console.log(`${lang} (crossed letters): ${cases.length - wrong.length}/${cases.length} snippets`);
      expect(1 - wrong.length / cases.length, JSON.stringify(wrong)).toBeGreaterThanOrEqual(0.9);
    });
  }
});
