import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Article } from '../../src/article/schema.js';
import { outputs, repoPath, runCli, tmp } from '../helpers.js';
import { BASE, EDITED } from '../diff/edits.js';

// Debian's Chromium, driven by playwright-core (which never downloads a browser).
// .ci/run installs it and sets NEWSFACTS_REQUIRE_TOOLS=1, so in CI a missing
// browser fails this test instead of skipping it.
/** What the page functions use of the browser's window (the project's types have no DOM). */
interface Win {
  __pwned?: unknown;
  getComputedStyle(el: unknown, pseudo?: string): { direction: string; content: string };
}

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
const required = process.env.NEWSFACTS_REQUIRE_TOOLS === '1';
if (!available && !required) console.warn(`report browser test skipped: no Chromium at ${CHROMIUM} (apt-get install chromium)`);

/** A scraped page that quotes markup: every piece must show as text, none may run. */
const HOSTILE = [
  '公司发布年度业绩公告<script>window.__pwned = "title"</script>',
  '据公司周二晚间发布的公告，公司去年实现营业收入43亿元，同比增长12%，主要得益于海外市场的快速扩张和新产品线的放量。<script>window.__pwned = 1</script>公司管理层表示，今年将继续加大研发投入，巩固行业地位。',
  '公司净利润达到5.2亿元，<img src=x onerror="window.__pwned=2">毛利率较上年提升两个百分点，经营活动现金流保持稳健，资产负债率进一步下降，详情见javascript:window.__pwned=3 链接。',
  '公司董事会同时宣布，2025年3月将向全体股东派发现金红利，合计约2亿元，"></mark><script>window.__pwned=5</script>分红比例为近五年来最高水平，受到市场投资者的广泛欢迎。',
  '<iframe src="javascript:parent.__pwned=4"></iframe>',
].join('\n\n');

const ARABIC = [
  'أرامكو تعلن نتائجها السنوية',
  'سجلت شركة أرامكو السعودية أرباحا صافية بلغت 100 مليار دولار في عام 2024، بانخفاض عن العام السابق بسبب تراجع أسعار النفط وكميات الإنتاج.',
  'وقالت الشركة إنها ستوزع أرباحا بقيمة 31 مليار دولار في الربع الأول من 2025، وفق بيان نشر يوم الثلاثاء.',
].join('\n\n');

describe.runIf(available || required)('newsfacts report in a real browser', () => {
  let browser: Browser;
  const work = tmp();
  const oldRun = join(work, 'old');
  const newRun = join(work, 'new');
  const html = join(work, 'report.html');
  const shots = repoPath('test-output');

  beforeAll(async () => {
    const pages = (texts: Record<string, string>) => {
      const dir = join(work, `pages-${Object.keys(texts).length}-${Math.random().toString(36).slice(2)}`);
      mkdirSync(dir);
      for (const [name, text] of Object.entries(texts)) writeFileSync(join(dir, name), text);
      return dir;
    };
    expect(runCli(['extract', pages({ 'edited.txt': BASE, 'arabic.txt': ARABIC }), '--out', oldRun, '--ref-date', '2025-06-19']).code).toBe(0);
    expect(runCli(['extract', pages({ 'edited.txt': EDITED, 'arabic.txt': ARABIC, 'hostile.txt': HOSTILE }), repoPath('corpus'), '--out', newRun, '--ref-date', '2025-06-19']).code).toBe(0);
    const r = runCli(['report', newRun, '--against', oldRun, '--html', html]);
    expect(r.code, r.stderr).toBe(0);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('highlights exactly the facts of each article, marks the changes, runs no script and fetches nothing', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
    const dialogs: string[] = [];
    const requests: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('request', (q) => requests.push(q.url()));
    await page.goto(pathToFileURL(html).href);

    const articles = outputs(newRun).map((f) => Article.parse(JSON.parse(readFileSync(join(newRun, f), 'utf8'))));
    expect(await page.locator('section.article').count()).toBe(articles.length);
    for (const a of articles) {
      const id = (a.source.file as string).replace(/\.txt$/u, '');
      const section = page.locator(`section.article[data-id="${id}"]`);
      expect(await section.locator('.text mark.money').count(), `${id} money`).toBe(a.facts.filter((f) => f.kind === 'money').length);
      expect(await section.locator('.text mark.date').count(), `${id} dates`).toBe(a.facts.filter((f) => f.kind === 'date').length);
      // Each highlight quotes its fact's text, in order.
      expect(await section.locator('.text mark.fact').allTextContents()).toEqual(a.facts.map((f) => f.text));
    }

    // Against the old run: the known edits of "edited", and the new articles counted as added.
    const edited = page.locator('section.article[data-id="edited"]');
    expect(await edited.locator('mark.added').allTextContents()).toEqual(['186亿元']);
    expect(await edited.locator('mark.changed').allTextContents()).toEqual(['3625亿元']);
    expect(await edited.locator('details.gone li .gone-fact').allTextContents()).toEqual(['约200亿元']);
    expect(await page.locator('table.index tr.added').count()).toBe(articles.length - 2);

    // Hostile text is shown as text and never runs.
    expect(await page.evaluate(() => (globalThis as unknown as Win).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(await page.locator('script, iframe, img, [onerror]').count()).toBe(0);
    const hostile = page.locator('section.article[data-id="hostile"] .text');
    await expect.poll(() => hostile.textContent()).toContain('<script>window.__pwned = 1</script>');
    expect(await hostile.textContent()).toContain('<img src=x onerror="window.__pwned=2">');
    expect(await hostile.textContent()).toContain('javascript:window.__pwned=3');
    expect(await hostile.locator('mark.fact').allTextContents()).toContain('约2亿元');
    await hostile.locator('mark.fact').first().hover();
    expect(await page.evaluate(() => (globalThis as unknown as Win).__pwned)).toBeUndefined();
    expect(requests.every((u) => u.startsWith('file:'))).toBe(true);
    expect(requests).toHaveLength(1);

    // Arabic reads right to left; Chinese left to right.
    expect(await page.locator('section.article[data-id="arabic"] .text').evaluate((el) => (globalThis as unknown as Win).getComputedStyle(el).direction)).toBe('rtl');
    expect(await edited.locator('.text').evaluate((el) => (globalThis as unknown as Win).getComputedStyle(el).direction)).toBe('ltr');

    // Hover or focus shows the normalized value and the rule.
    const changed = edited.locator('mark.changed');
    await changed.focus();
    const tip = await changed.evaluate((el) => (globalThis as unknown as Win).getComputedStyle(el, '::after').content);
    expect(tip).toContain('362500000000 CNY');
    expect(tip).toContain('was: 3620亿元');

    mkdirSync(shots, { recursive: true });
    await changed.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shots, 'report.png') });
    await page.close();
  }, 60_000);

  it('shows each fact with its value in a table, without hovering: on screen, in print, in a screenshot', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
    await page.goto(pathToFileURL(html).href);
    const edited = page.locator('section.article[data-id="edited"]');
    const table = edited.locator('table.facts');
    await table.scrollIntoViewIfNeeded();
    expect(await table.isVisible()).toBe(true);
    // The values are text laid out in the table, not a tooltip: what innerText gives is what is drawn.
    const rowsText = await table.locator('tbody tr').allInnerTexts();
    const changedRow = rowsText.find((t) => t.startsWith('3625亿元')) ?? '';
    expect(changedRow).toContain('362500000000 CNY');
    expect(changedRow).toMatch(/amount 362000000000 → 362500000000/u);
    expect(rowsText.find((t) => t.startsWith('186亿元'))).toMatch(/18600000000 CNY[\s\S]*new/u);
    expect(rowsText.find((t) => t.startsWith('9.7%'))).toMatch(/percent\s+9\.7% down/u);
    expect(rowsText.find((t) => t.startsWith('2024年'))).toMatch(/date\s+2024 year/u);
    // Edited paragraph: the words it lost and gained are marked.
    expect(await edited.locator('.changes .words del').allTextContents()).toContain('3620');
    expect(await edited.locator('.changes .words ins').allTextContents()).toContain('3625');

    // The table drawn: a screenshot of it has ink on most of its rows.
    mkdirSync(shots, { recursive: true });
    const png = await table.screenshot({ path: join(shots, 'report-facts-table.png') });
    const img = decodePng(png);
    const inkRows = img.rows.filter((r) => r.some((v) => v < 160)).length;
    expect(img.height).toBeGreaterThan(40 * rowsText.length * 0.5);
    expect(inkRows / img.height).toBeGreaterThan(0.3);

    // Arabic too, right to left.
    const arabic = page.locator('section.article[data-id="arabic"] table.facts');
    expect((await arabic.locator('tbody tr').allInnerTexts()).join('\n')).toMatch(/100 مليار دولار\s+money\s+100000000000 USD/u);
    await arabic.screenshot({ path: join(shots, 'report-facts-table-ar.png') });

    // Chinese and Arabic are drawn with a font that has them (no empty boxes), where one is installed.
    if (required || hasFont('zh')) {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('DOM.enable');
      await cdp.send('CSS.enable');
      const fonts = async (selector: string) => {
        const { root } = (await cdp.send('DOM.getDocument')) as { root: { nodeId: number } };
        const { nodeId } = (await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector })) as { nodeId: number };
        const { fonts } = (await cdp.send('CSS.getPlatformFontsForNode', { nodeId })) as { fonts: Array<{ familyName: string; glyphCount: number }> };
        return fonts;
      };
      const zh = await fonts('section.article[data-id="edited"] table.facts tbody tr td');
      expect(zh.map((f) => f.familyName).join(', ')).toMatch(/Noto Sans CJK|Source Han Sans|PingFang|Microsoft YaHei|WenQuanYi/u);
      const ar = await fonts('section.article[data-id="arabic"] table.facts tbody tr td');
      expect(ar.map((f) => f.familyName).join(', ')).toMatch(/Noto Naskh Arabic|Noto Sans Arabic|Amiri|Tahoma|DejaVu Sans/u);
    } else console.warn('report font check skipped: no Chinese font installed (apt-get install fonts-noto-cjk)');

    // In print (or a PDF) the table is there as on screen.
    await page.emulateMedia({ media: 'print' });
    expect(await table.isVisible()).toBe(true);
    expect((await table.boundingBox())?.height).toBeGreaterThan(40);
    await page.close();
  }, 60_000);
});

/** True when fontconfig knows a font for the language (fc-list :lang=zh). */
function hasFont(lang: string): boolean {
  try {
    return execFileSync('fc-list', [`:lang=${lang}`, 'family'], { encoding: 'utf8' }).trim().length > 0;
  } catch {
    return false;
  }
}

/**
 * A PNG as rows of grey levels (0 black … 255 white): enough of the format
 * for Chromium's screenshots (8-bit RGB or RGBA, not interlaced).
 */
function decodePng(png: Buffer): { width: number; height: number; rows: number[][] } {
  let at = 8;
  let width = 0;
  let height = 0;
  let channels = 4;
  const data: Buffer[] = [];
  while (at < png.length) {
    const len = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const body = png.subarray(at + 8, at + 8 + len);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      if (body[8] !== 8 || body[12] !== 0) throw new Error('only 8-bit, non-interlaced PNGs');
      channels = body[9] === 6 ? 4 : body[9] === 2 ? 3 : 0;
      if (!channels) throw new Error(`PNG colour type ${body[9]}`);
    } else if (type === 'IDAT') data.push(body);
    at += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const rows: number[][] = [];
  let prev = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)] as number;
    const line = new Uint8Array(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? (line[x - channels] as number) : 0;
      const b = prev[x] as number;
      const c = x >= channels ? (prev[x - channels] as number) : 0;
      const p = a + b - c;
      const pa = Math.abs(p - a);
      const pb = Math.abs(p - b);
      const pc = Math.abs(p - c);
      const add = filter === 1 ? a : filter === 2 ? b : filter === 3 ? (a + b) >> 1 : filter === 4 ? (pa <= pb && pa <= pc ? a : pb <= pc ? b : c) : 0;
      line[x] = ((line[x] as number) + add) & 255;
    }
    const grey: number[] = [];
    for (let x = 0; x < width; x++) grey.push(Math.round(((line[x * channels] as number) + (line[x * channels + 1] as number) + (line[x * channels + 2] as number)) / 3));
    rows.push(grey);
    prev = line;
  }
  return { width, height, rows };
}
