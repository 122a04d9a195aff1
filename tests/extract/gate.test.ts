import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline.js';

const facts = (text: string, lang?: string) =>
  extractArticle({ text, clean: false, ...(lang ? { lang } : {}) }, { refDate: '2025-06-19' }).facts.map((f) => `${f.text} ${f.rule}`);

// The language of each paragraph decides which rules read it.
describe('the language gate', () => {
  it('Persian and Urdu pages get no Arabic rules', () => {
    expect(facts('وزیر اقتصاد ایران گفت قیمت هر بشکه نفت به $80 رسیده است و بانک مرکزی در سال 2024 ذخایر ارزی را افزایش داد.')).toEqual([]);
    expect(facts('وفاقی وزیر خزانہ نے کہا ہے کہ حکومت نے $500 کا قرض 2024 میں لیا ہے اور آئندہ بجٹ میں ٹیکس کم ہوگا۔')).toEqual([]);
    // The same figure in Arabic is read.
    expect(facts('قال وزير الاقتصاد إن سعر برميل النفط بلغ $80 في الأسواق.')).toEqual(['$80 ar.money.plain']);
  });

  it('Arabic typed on a Persian keyboard (ی ک for ي ك) is Arabic, and its figures and dates are read as written', () => {
    const text = 'أعلنت وزارة المالیة فی بیان ان الحکومة خصصت 3 ملیارات دولار للمشاریع الصغیرة فی ینایر الماضی، مقابل ملیاری دولار فی العام الماضی.';
    const a = extractArticle({ text, clean: false }, { refDate: '2025-06-19' });
    expect(a.lang).toBe('ar');
    expect(a.facts.map((f) => [f.text, f.kind === 'date' ? f.value : f.kind === 'money' ? `${f.exact} ${f.currency}` : ''])).toEqual([
      ['3 ملیارات دولار', '3000000000 USD'], ['ینایر الماضی', '2025-01'], ['ملیاری دولار', '2000000000 USD'], ['العام الماضی', '2024'],
    ]);
    // Persian typed with Arabic ي and ك is Persian: no rules.
    expect(facts('بانك مركزي اعلام كرد نرخ تورم در ماه گذشته به 30 درصد رسيد و بودجه سال 2025 براي تصويب آماده است.')).toEqual([]);
  });

  it('a Japanese page gets no Chinese rules (前年同期比 is no date, 5兆円 no yuan)', () => {
    expect(facts('日本銀行は5兆円の国債を買い入れると発表した。前年同期比で売上高は3億円増えた。2025年4月1日から実施する。')).toEqual([]);
  });

  it('an Arabic paragraph in a Chinese article gets the Arabic rules, and the Chinese one the Chinese rules', () => {
    const text = '公司去年营收43亿元，同比增长12%。\n\nوقال المدير التنفيذي للشركة إن الاستثمارات بلغت 9.3 مليار دولار في عام 2024 الماضي.';
    const a = extractArticle({ text, clean: false }, { refDate: '2025-06-19' });
    expect(a.paragraphs.map((p) => p.lang)).toEqual(['zh', 'ar']);
    expect(a.facts.map((f) => f.rule)).toEqual(['zh.date.rel-year', 'zh.money.scaled', 'zh.percent.sign', 'ar.money.scaled', 'ar.date.year-word']);
    expect(facts('营收43亿元。\n\nبلغت 9.3 مليار دولار')).toEqual(['43亿元 zh.money.scaled', '9.3 مليار دولار ar.money.scaled']);
  });

  it('a quote inside a paragraph of another of our languages is read in its own letters, both ways', () => {
    // Mostly Arabic letters: the paragraph is Arabic, and its Chinese figures are still read by the Chinese rules.
    expect(facts('他说：“بلغت الاستثمارات 9.3 مليار دولار في السنة”。公司去年营收43亿元。')).toEqual([
      '9.3 مليار دولار في السنة ar.money.scaled', '去年 zh.date.rel-year', '43亿元 zh.money.scaled',
    ]);
    // Mostly Chinese: the Arabic figure is read by the Arabic rules.
    expect(facts('公司首席执行官在迪拜的发布会上说，公司今年的营收预计将达到43亿元人民币：“بلغت 9.3 مليار دولار”')).toEqual([
      '今年 zh.date.rel-year', '43亿元人民币 zh.money.scaled', '9.3 مليار دولار ar.money.scaled',
    ]);
  });

  it('a range in a quote is judged as the one span it is: its bare first figure is read with it', () => {
    // "3" alone has no Chinese letter: a range joined after the gate would lose it and keep 5亿元 only.
    expect(facts('وقال رئيس مجلس إدارة الشركة في مؤتمر صحفي إن المبيعات في الصين كانت جيدة: "营收3至5亿元"')).toEqual(['3至5亿元 zh.money.range']);
    expect(facts('وأضاف المتحدث أن المخالفين سيدفعون غرامات كبيرة وفق القانون الجديد: "每次罚款5000至8000元"')).toEqual(['5000至8000元 zh.money.range']);
  });

  it('a paragraph in a language we have no rules for is read by none (an English paragraph in a Chinese story)', () => {
    const a = extractArticle({ text: '公司去年营收43亿元，同比增长12%。\n\nThe company said it had raised $500 million from investors in New York last week.', clean: false });
    expect(a.paragraphs.map((p) => p.lang)).toEqual(['zh', 'sco']);
    expect(a.facts.map((f) => f.text)).toEqual(['去年', '43亿元', '12%']);
  });

  it('a Persian paragraph in an Arabic article is read as the article (its language is the article\'s)', () => {
    // Same script: the paragraph takes the article's language, as its output says.
    const text = 'قال وزير المالية إن الحكومة خصصت 5 مليارات دولار للمشروع.\n\nقیمت هر بشکه نفت به $80 رسیده است';
    expect(extractArticle({ text, clean: false }).paragraphs.map((p) => p.lang)).toEqual(['ar', 'ar']);
  });

  it('text whose language is not recognised gets no rules (lang-und)', () => {
    const a = extractArticle({ text: '5元', clean: false });
    expect(a.lang).toBe('und');
    expect(a.warnings).toContain('lang-und');
    expect(a.facts).toEqual([]);
    // With a language given, the same text is read.
    expect(facts('5元', 'zh')).toEqual(['5元 zh.money.plain']);
  });
});
