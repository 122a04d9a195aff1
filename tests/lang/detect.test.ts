import { describe, expect, it } from 'vitest';
import { detectLanguage, paragraphLanguage } from '../../src/lang/detect.js';

describe('detectLanguage', () => {
  it('tells Simplified from Traditional Chinese', () => {
    expect(detectLanguage('这是一个关于经济发展的新闻报道，公司营收继续增长。')).toEqual({ lang: 'zh', script: 'Hans' });
    expect(detectLanguage('這是一個關於經濟發展的新聞報導，公司營收繼續增長。')).toEqual({ lang: 'zh', script: 'Hant' });
  });
  it('says Arabic for Arabic, not for Persian or Urdu', () => {
    expect(detectLanguage('أعلنت الشركة عن تحقيق أرباح كبيرة في الربع الأول من العام الجاري.')).toEqual({ lang: 'ar', script: 'Arab' });
    expect(detectLanguage('شرکت اعلام کرد که درآمد آن در سه ماهه نخست سال جاری افزایش یافته است و برنامه‌های جدیدی دارد.').lang).toBe('fa');
    expect(detectLanguage('کمپنی نے اعلان کیا ہے کہ اس کی آمدنی میں اس سال کی پہلی سہ ماہی میں اضافہ ہوا ہے۔').lang).toBe('ur');
  });
  it('says und when there is too little to tell', () => {
    expect(detectLanguage('123 456').lang).toBe('und');
    expect(detectLanguage('').lang).toBe('und');
  });
  it('honours a hint and still reports the script', () => {
    expect(detectLanguage('這是繁體中文的新聞內容', 'zh')).toEqual({ lang: 'zh', script: 'Hant' });
    expect(detectLanguage('任何文字', 'zh-Hant').script).toBe('Hant');
  });
  it('marks a paragraph written in another language', () => {
    const article = { lang: 'zh', script: 'Hans' };
    expect(paragraphLanguage('"We will keep investing in artificial intelligence for many years to come," the chief executive said.', article)).toBe('en');
    expect(paragraphLanguage('公司表示将继续投资人工智能。', article)).toBe('zh');
    expect(paragraphLanguage('OpenAI 和 xAI 的竞争', article)).toBe('zh');
  });
});
