// Builds the benchmark corpus (not committed): realistic saved news pages,
// HTML and text, Chinese and Arabic, made by varying the seed articles and the
// test pages. Deterministic: the same count and seed give the same bytes.
//
//   node scripts/bench-corpus.mjs [dir] [count]      (default bench-corpus/ 10000)
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { cleanPage } from '../dist/index.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const GENERATOR_VERSION = 3;

/** mulberry32: a small seeded PRNG, so the corpus is the same on every machine. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed articles as { lang, title, paragraphs }: the corpus pages and the test pages, cleaned by the tool itself. */
function seeds() {
  const out = [];
  for (const f of readdirSync(join(ROOT, 'corpus')).sort()) {
    const c = cleanPage({ text: readFileSync(join(ROOT, 'corpus', f), 'utf8') });
    out.push({ title: c.title ?? '', paragraphs: c.paragraphs });
  }
  for (const f of ['zh-news.html', 'ar-news.html']) {
    const c = cleanPage({ html: readFileSync(join(ROOT, 'tests/fixtures/pages', f), 'utf8') });
    out.push({ title: c.title ?? '', paragraphs: c.paragraphs });
  }
  return out.map((s) => ({ ...s, lang: /[\u0600-\u06ff]/u.test(s.paragraphs.join('')) ? 'ar' : 'zh' }));
}

const NAV = {
  zh: ['首页', '新闻', '财经', '股票', '基金', '科技', '汽车', '房产', '体育', '娱乐', '视频', '评论', '国际', '军事', '教育', '健康', '旅游', '专题'],
  ar: ['الرئيسية', 'أخبار', 'اقتصاد', 'أسواق', 'شركات', 'تقنية', 'سيارات', 'عقارات', 'رياضة', 'ثقافة', 'فيديو', 'رأي', 'العالم', 'صحة', 'سفر', 'ملفات'],
};
const RELATED = {
  zh: ['央行宣布降准0.5个百分点', '多地楼市新政出台', 'A股三大指数集体收涨', '新能源汽车销量再创新高', '人民币汇率企稳回升', '科技股午后拉升', '国常会部署稳就业举措', '外资加仓中国资产'],
  ar: ['البنك المركزي يثبت أسعار الفائدة', 'ارتفاع أسعار النفط', 'البورصة تغلق على ارتفاع', 'صندوق الاستثمارات يعلن صفقة جديدة', 'التضخم يتراجع للشهر الثالث', 'طرح عام أولي جديد في السوق', 'الذهب يسجل مستوى قياسيا'],
};
const FOOT = {
  zh: '版权所有 © 2025 某某新闻网 未经授权禁止转载 京ICP备12345678号 违法和不良信息举报电话：010-12345678',
  ar: 'جميع الحقوق محفوظة © 2025 شبكة الأخبار. يمنع النسخ أو إعادة النشر دون إذن مسبق. سياسة الخصوصية | اتصل بنا',
};

function pick(r, list) {
  return list[Math.floor(r() * list.length)];
}

/** Varies figures (same digit count), keeps the text's shape. */
function vary(r, text) {
  return text.replace(/\d+/gu, (d) => {
    if (r() < 0.5) return d;
    let out = String(1 + Math.floor(r() * 9));
    for (let i = 1; i < d.length; i++) out += String(Math.floor(r() * 10));
    return out;
  });
}

function esc(s) {
  return s.replace(/[&<>"]/gu, (c) => `&#${c.charCodeAt(0)};`);
}

function css(r) {
  let out = '';
  const n = 150 + Math.floor(r() * 250);
  for (let i = 0; i < n; i++) out += `.c${i}-${Math.floor(r() * 1e6).toString(36)}{margin:${i % 7}px;padding:${i % 5}px;color:#${Math.floor(r() * 0xffffff).toString(16).padStart(6, '0')};font-size:${12 + (i % 6)}px}\n`;
  return out;
}

function js(r) {
  let out = '';
  const n = 100 + Math.floor(r() * 200);
  for (let i = 0; i < n; i++) out += `window.__cfg${i}={id:${Math.floor(r() * 1e9)},t:"${Math.floor(r() * 1e12).toString(36)}",f:function(a,b){return a<b?a+${i}:b-${i}}};\n`;
  return out;
}

function htmlPage(r, s, paragraphs, title, charset) {
  const lang = s.lang;
  const nav = NAV[lang].map((w, i) => `<li><a href="/c/${i}.html">${w}</a></li>`).join('');
  const related = Array.from({ length: 8 + Math.floor(r() * 10) }, () => `<li><a href="/n/${Math.floor(r() * 1e7)}.html">${vary(r, pick(r, RELATED[lang]))}</a></li>`).join('');
  const ranking = Array.from({ length: 10 }, (_, i) => `<li><span>${i + 1}</span><a href="/h/${i}.html">${pick(r, RELATED[lang])}</a></li>`).join('');
  const comments = Array.from({ length: Math.floor(r() * 6) }, () => `<div class="comment"><span class="user">user${Math.floor(r() * 1e5)}</span><p>${lang === 'zh' ? '说得好，支持！' : 'مقال رائع، شكرا'}</p></div>`).join('');
  const date = `2025-0${1 + Math.floor(r() * 9)}-1${Math.floor(r() * 9)} 0${Math.floor(r() * 9)}:${10 + Math.floor(r() * 49)}`;
  const body = paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n');
  const twice = r() < 0.05 ? `<div class="print-version">${body}</div>` : '';
  return `<!DOCTYPE html>
<html lang="${lang}"${lang === 'ar' ? ' dir="rtl"' : ''}><head>
<meta charset="${charset}"><meta name="viewport" content="width=device-width">
<title>${esc(title)}_${lang === 'zh' ? '某某新闻网' : 'شبكة الأخبار'}</title>
<meta property="og:title" content="${esc(title)}"><meta name="keywords" content="${esc(NAV[lang].join(','))}">
<style>${css(r)}</style>
<script>${js(r)}</script>
</head><body>
<header class="site-header"><div class="logo"><a href="/">LOGO</a></div><nav class="main-nav"><ul>${nav}</ul></nav><div class="search"><form action="/s"><input name="q"><button>搜索</button></form></div></header>
<div class="breadcrumb"><a href="/">${NAV[lang][0]}</a> &gt; <a href="/c/1.html">${NAV[lang][2]}</a> &gt; ${lang === 'zh' ? '正文' : 'المقال'}</div>
<div class="container"><article class="article-content">
<h1>${esc(title)}</h1>
<div class="info"><span class="time">${date}</span> <span class="source">${lang === 'zh' ? '来源：某某新闻网' : 'المصدر: شبكة الأخبار'}</span></div>
<div class="share-bar"><a href="#">微信</a><a href="#">微博</a><a href="#">QQ</a></div>
<div class="article-body">
${body}
</div>${twice}
<div class="editor">${lang === 'zh' ? '责任编辑：张三' : 'تحرير: أحمد'}</div>
</article>
<aside class="sidebar"><div class="hot-ranking"><h3>${lang === 'zh' ? '热门排行' : 'الأكثر قراءة'}</h3><ol>${ranking}</ol></div><div class="ad"><img src="/ad.png" alt="ad"></div></aside>
<section class="related-news"><h3>${lang === 'zh' ? '相关新闻' : 'أخبار ذات صلة'}</h3><ul>${related}</ul></section>
<section class="comments">${comments}</section>
</div>
<footer class="site-footer"><p>${FOOT[lang]}</p><ul>${nav}</ul></footer>
<script>${js(r)}</script>
</body></html>
`;
}

/** Writes `count` pages into `dir` (in subfolders of 1000); returns the list of paths. */
export function makeBenchCorpus(dir, count = 10_000, seed = 20261121) {
  const marker = join(dir, '.complete');
  const want = JSON.stringify({ GENERATOR_VERSION, count, seed });
  if (existsSync(marker) && readFileSync(marker, 'utf8') === want) return listCorpus(dir);
  rmSync(dir, { recursive: true, force: true });
  const r = rng(seed);
  const base = seeds();
  for (let i = 0; i < count; i++) {
    const s = base[i % base.length];
    // Keep most paragraphs, in order; sometimes drop or repeat a few, as sites do.
    let paragraphs = s.paragraphs.filter(() => r() > 0.15).map((p) => vary(r, p));
    if (!paragraphs.length) paragraphs = s.paragraphs.slice();
    if (r() < 0.3) paragraphs = [...paragraphs, ...paragraphs.slice(0, Math.ceil(paragraphs.length / 2))];
    const title = vary(r, s.title);
    const sub = join(dir, String(Math.floor(i / 1000)).padStart(2, '0'));
    mkdirSync(sub, { recursive: true });
    const name = `a${String(i).padStart(5, '0')}`;
    if (r() < 0.65) {
      const legacy = r() < 0.25;
      const charset = legacy ? (s.lang === 'ar' ? 'windows-1256' : /[們會與這為來]/u.test(s.paragraphs.join('')) ? 'big5' : 'gbk') : 'utf-8';
      const page = htmlPage(r, s, paragraphs, title, charset);
      writeFileSync(join(sub, `${name}.html`), legacy ? iconv.encode(page, charset === 'windows-1256' ? 'win1256' : charset) : page);
    } else {
      writeFileSync(join(sub, `${name}.txt`), `${title}\n\n${paragraphs.join('\n\n')}\n`);
    }
  }
  writeFileSync(marker, want);
  return listCorpus(dir);
}

function listCorpus(dir) {
  return readdirSync(dir)
    .filter((d) => /^\d+$/u.test(d))
    .sort()
    .flatMap((d) => readdirSync(join(dir, d)).sort().map((f) => join(dir, d, f)));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = process.argv[2] ?? join(ROOT, 'bench-corpus');
  const files = makeBenchCorpus(dir, Number(process.argv[3] ?? 10_000));
  console.log(`${files.length} pages in ${dir}`);
}
