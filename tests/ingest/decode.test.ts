import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/ingest/decode.js';
import { extractArticle } from '../../src/pipeline.js';

const zh = '宁德时代一季度净利润增长，海外收入超过300亿元，公司表示将继续扩大在欧洲的投资。';
const zhHant = '台積電第一季營收創新高，淨利潤達新台幣2,255億元，公司表示將持續擴大在美國的投資。';
const ar = 'أعلنت شركة أرامكو السعودية عن تحقيق صافي أرباح بلغ 26 مليار دولار في الربع الأول من عام 2025.';
const page = (charset: string | null, body: string) =>
  `<html><head>${charset ? `<meta charset="${charset}">` : ''}<title>t</title></head><body><p>${body}</p></body></html>`;

describe('decodeBytes', () => {
  it('takes a BOM first: UTF-8 and UTF-16LE/BE', () => {
    const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(zh)]);
    expect(decodeBytes(utf8)).toMatchObject({ text: zh, encoding: 'utf-8', encodingSource: 'bom' });
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ar, 'utf16le')]);
    expect(decodeBytes(le)).toMatchObject({ text: ar, encoding: 'utf-16le', encodingSource: 'bom' });
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(ar, 'utf16le').swap16()]);
    expect(decodeBytes(be)).toMatchObject({ text: ar, encoding: 'utf-16be', encodingSource: 'bom' });
  });

  it('uses a declared legacy charset: GBK, Big5, windows-1256', () => {
    expect(decodeBytes(iconv.encode(page('gbk', zh), 'gbk'))).toMatchObject({ encoding: 'gbk', encodingSource: 'declared' });
    expect(decodeBytes(iconv.encode(page('gbk', zh), 'gbk')).text).toContain(zh);
    expect(decodeBytes(iconv.encode(page('big5', zhHant), 'big5')).text).toContain(zhHant);
    expect(decodeBytes(iconv.encode(page('windows-1256', ar), 'win1256')).text).toContain(ar);
  });

  it('guesses GB18030, Big5 and windows-1256 when nothing is declared', () => {
    for (const [text, enc, want] of [[zh, 'gbk', 'gb18030'], [zhHant, 'big5', 'big5'], [ar, 'win1256', 'windows-1256']] as const) {
      const d = decodeBytes(iconv.encode(text.repeat(3), enc));
      expect(d.encoding).toBe(want);
      expect(d.encodingSource).toBe('guessed');
      expect(d.text).toBe(text.repeat(3));
    }
  });

  it('does not believe a meta charset that the bytes contradict', () => {
    // Declared GBK, actually UTF-8 (a page re-saved by a browser).
    const d = decodeBytes(Buffer.from(page('gbk', zh)));
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toContain(zh);
    // Declared UTF-8, actually GBK.
    const g = decodeBytes(iconv.encode(page('utf-8', zh), 'gbk'));
    expect(g.encoding).toBe('gb18030');
    expect(g.text).toContain(zh);
  });

  it('keeps mostly valid UTF-8 with a few bad bytes as UTF-8 and flags it', () => {
    const bytes = Buffer.concat([Buffer.from(zh.repeat(4)), Buffer.from([0xff, 0xfe, 0x80]), Buffer.from(zh)]);
    const d = decodeBytes(bytes);
    expect(d.encoding).toBe('utf-8');
    expect(d.invalidBytes).toBe(true);
    expect(d.text).toContain(zh);
  });
});

describe('GBK labels', () => {
  // GB18030 four-byte characters (•, 📈) in a page labelled GBK: Node's own gbk
  // decoder turned 投资•5亿元 into 投资�6�15亿元 (1.5e9) and 📈3000万元 into 43000万元.
  const body = '公司宣布追加投资•5亿元，另有📈3000万元用于研发，管理层表示今年将继续扩大在欧洲的投资，海外市场收入占比首次超过一半。';
  const news = (charset: string | null, p: string) =>
    `<html><head>${charset ? `<meta charset="${charset}">` : ''}<title>年报</title></head><body><h1>年报</h1><p>${p}</p><p>${zh}</p></body></html>`;
  const money = (bytes: Uint8Array, charsetHint: string | null = null) =>
    extractArticle({ bytes, format: 'html', charsetHint }).facts.flatMap((f) => (f.kind === 'money' && !f.text.includes('300亿') ? [[f.text, f.exact]] : []));

  for (const label of ['gbk', 'gb2312', 'GB2312', 'x-gbk', 'chinese']) {
    it(`${label}: decoded as GB18030, so the figures next to four-byte characters stay right`, () => {
      const bytes = iconv.encode(news(label, body), 'gb18030');
      const d = decodeBytes(bytes);
      expect(d).toMatchObject({ encoding: 'gbk', encodingSource: 'declared', invalidBytes: false });
      expect(d.text).toContain(body);
      expect(money(bytes)).toEqual([['5亿元', '500000000'], ['3000万元', '30000000']]);
    });
  }

  it('the same through an HTTP charset (the sidecar of a fetched page)', () => {
    const bytes = iconv.encode(news(null, body), 'gb18030');
    expect(decodeBytes(bytes, { charsetHint: 'GB2312' }).text).toContain(body);
    expect(money(bytes, 'GB2312')).toEqual([['5亿元', '500000000'], ['3000万元', '30000000']]);
  });

  it('bytes no decoder reads, next to a figure, are said (source.invalidBytes)', () => {
    // 0x81 0x35 opens a four-byte sequence that 0xff breaks: U+FFFD, and the 5 is read as text.
    const [head, tail] = news('gbk', `${body}营收\u0000亿元。`).split('\u0000') as [string, string];
    const bytes = Buffer.concat([iconv.encode(head, 'gb18030'), Buffer.from([0x81, 0x35, 0xff]), iconv.encode(tail, 'gb18030')]);
    const a = extractArticle({ bytes, format: 'html' });
    expect(a.text).toContain('营收\uFFFD5\uFFFD亿元');
    expect(a.source.invalidBytes).toBe(true);
  });
});

describe('labels and marks that lie', () => {
  const ja = '東京証券取引所で、トヨタ自動車の株価は上昇した。同社は今年の営業利益が3兆円になると発表しました。';
  // GBK, Big5 and windows-1256 bytes labelled shift_jis read as half-width katakana and kanji.
  const arAramco = 'أعلنت شركة أرامكو السعودية عن تحقيق صافي أرباح بلغ 26 مليار دولار في الربع الأول من عام 2025، وقالت الشركة إنها ستواصل الاستثمار.';
  for (const [text, enc, want] of [[zh, 'gbk', 'gb18030'], [zhHant, 'big5', 'big5'], [ar, 'win1256', 'windows-1256'], [arAramco, 'win1256', 'windows-1256']] as const) {
    it(`a ${enc} page labelled shift_jis is read as ${want}, in a meta tag or an HTTP header`, () => {
      const meta = decodeBytes(iconv.encode(page('shift_jis', text), enc));
      expect(meta).toMatchObject({ encoding: want, encodingSource: 'guessed' });
      expect(meta.text).toContain(text);
      const header = decodeBytes(iconv.encode(page(null, text), enc), { charsetHint: 'Shift_JIS' });
      expect(header.encoding).toBe(want);
      expect(header.text).toContain(text);
    });
  }

  it('a Japanese page labelled shift_jis is still read as shift_jis', () => {
    const d = decodeBytes(iconv.encode(page('shift_jis', ja), 'shift_jis'));
    expect(d).toMatchObject({ encoding: 'shift_jis', encodingSource: 'declared' });
    expect(d.text).toContain(ja);
  });

  it('a UTF-16 byte-order mark followed by UTF-8 bytes is read as UTF-8', () => {
    for (const [bom, text] of [[[0xff, 0xfe], zh], [[0xfe, 0xff], ar], [[0xff, 0xfe], page(null, zhHant)]] as const) {
      const d = decodeBytes(Buffer.concat([Buffer.from(bom), Buffer.from(text)]));
      expect(d).toMatchObject({ text, encoding: 'utf-8', invalidBytes: false });
    }
    // Real UTF-16 of Chinese alone (no NUL bytes) stays UTF-16.
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(zh, 'utf16le')]);
    expect(decodeBytes(le)).toMatchObject({ text: zh, encoding: 'utf-16le', encodingSource: 'bom' });
  });

  it('UTF-32 with its byte-order mark (LE and BE) is read as UTF-32, not UTF-16 or binary', () => {
    const text = `${zh}📈\n${ar}`;
    const points = [...text].map((c) => c.codePointAt(0) as number);
    const le = Buffer.alloc(4 + 4 * points.length);
    const be = Buffer.alloc(4 + 4 * points.length);
    le.writeUInt32LE(0xfeff, 0);
    be.writeUInt32BE(0xfeff, 0);
    points.forEach((p, i) => {
      le.writeUInt32LE(p, 4 + 4 * i);
      be.writeUInt32BE(p, 4 + 4 * i);
    });
    expect(decodeBytes(le)).toMatchObject({ text, encoding: 'utf-32le', encodingSource: 'bom', invalidBytes: false });
    expect(decodeBytes(be)).toMatchObject({ text, encoding: 'utf-32be', encodingSource: 'bom', invalidBytes: false });
    const a = extractArticle({ bytes: be, format: 'text' });
    expect(a.facts.map((f) => f.text)).toContain('超过300亿元');
    // A code point out of range or a cut last unit is U+FFFD, and said.
    const bad = Buffer.concat([le, Buffer.from([0, 0, 0x11, 0, 0x41])]);
    expect(decodeBytes(bad)).toMatchObject({ text: `${text}\uFFFD\uFFFD`, invalidBytes: true });
  });
});
