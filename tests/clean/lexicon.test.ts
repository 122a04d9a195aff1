import { describe, expect, it } from 'vitest';
import { boilerplateReason, isWidgetLabel, sectionMarker } from '../../src/clean/features.js';
import { cleanPage } from '../../src/clean/index.js';
import { CleanWords, type Lexicon } from '../../src/clean/lexicon.js';
import { CLEAN_WORDS, LANGUAGES } from '../../src/extract/languages.js';

const EMPTY: Lexicon = { widgetLabels: [], commentMarkers: [], sectionMarkers: [], creditPrefixes: [], boilerplate: [], spamTerms: [] };

describe('the cleaning words come from the registry of languages', () => {
  it('every registered language gives the cleaner its labels and section titles', () => {
    const withLexicon = LANGUAGES.filter((l) => l.lexicon);
    expect(withLexicon.map((l) => l.code)).toEqual(['zh', 'ar']);
    for (const l of withLexicon) {
      for (const label of l.lexicon!.widgetLabels) expect(isWidgetLabel(label, CLEAN_WORDS), `${l.code} ${label}`).toBe(true);
      for (const title of l.lexicon!.commentMarkers) expect(sectionMarker(title, CLEAN_WORDS), `${l.code} ${title}`).toBe('comments');
    }
  });

  it('the cleaner knows only the words it is given (and the English furniture of every page)', () => {
    const none = new CleanWords([]);
    expect(isWidgetLabel('换一换', none)).toBe(false);
    expect(isWidgetLabel('مشاركة', none)).toBe(false);
    expect(isWidgetLabel('Share', none)).toBe(true);
    const es = new CleanWords([{ ...EMPTY, widgetLabels: ['Compartir'], sectionMarkers: ['Noticias relacionadas'] }]);
    expect(isWidgetLabel('Compartir', es)).toBe(true);
    expect(sectionMarker('Noticias relacionadas', es)).toBe('related');
    expect(isWidgetLabel('换一换', es)).toBe(false);
  });

  it('a page is cleaned with the words passed: a related-news title is removed only by a cleaner that knows it', () => {
    const p = (s: string) => `${s}，公司表示，新工厂将在明年投产，预计每年可生产大约十万台设备，并带动当地就业。`;
    const text = ['工厂新闻标题', p('第一段'), p('第二段'), '相关阅读', p('另一则新闻')].join('\n');
    expect(cleanPage({ text }, CLEAN_WORDS).removed.map((r) => r.text)).toContain('相关阅读');
    expect(cleanPage({ text }, new CleanWords([])).paragraphs).toContain('相关阅读');
  });

  it("phrases are tried by reason, whichever language's they are: a copyright line that quotes a disclaimer is copyright", () => {
    // An Arabic copyright notice after a Chinese disclaimer word: copyright comes first, as before the lexicons were split.
    expect(boilerplateReason('免责声明 جميع الحقوق محفوظة', CLEAN_WORDS)).toBe('copyright');
    expect(boilerplateReason('免责声明：内容仅供参考', CLEAN_WORDS)).toBe('disclaimer');
    expect(boilerplateReason('免责声明：内容仅供参考', new CleanWords([]))).toBeNull();
  });
});
