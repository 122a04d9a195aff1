import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Article } from '../../src/facts/schema.js';
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
    expect(await page.locator('tr.added').count()).toBe(articles.length - 2);

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
});
