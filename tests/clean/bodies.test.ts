import { describe, expect, it } from 'vitest';
import { cleanPage } from '../../src/index.js';
import { extractArticle } from '../../src/pipeline.js';
import { readFixture } from '../helpers.js';

// Pages written in the shape of real sites where a cleaner that trusts one
// signal loses the article: every paragraph of the body must come out, in
// order, and none of the furniture. `body` lists the start of each body
// paragraph (all of them); `drop` what must not reach the text.
const PAGES: Record<string, { body: string[]; drop: string[] }> = {
  // A provincial government wire brief: three short sentences, none long enough alone.
  'zh-brief.html': {
    body: ['记者从省商务厅获悉', '其中出口3302亿元', '民营企业进出口占比超过六成'],
    drop: ['政务公开', '当前位置', '网站地图', '备案号', '发布时间'],
  },
  // Seven short paragraphs, three with an inline tag link each.
  'ar-inline-links.html': {
    body: ['قرر البنك المركزي', 'وأوضح البنك في بيان', 'وقال محافظ البنك', 'وأضاف أن البنوك', 'وتوقع خبراء', 'وكانت بعثة صندوق النقد', 'ويعقد البنك اجتماعه'],
    drop: ['الرئيسية', 'الكلمات المفتاحية', 'الأكثر قراءة', 'أسعار الذهب اليوم', 'جميع الحقوق'],
  },
  // An ASP.NET page: one <form> around everything, the body as <br>-separated lines in a <span>.
  'ar-aspnet-form.html': {
    body: ['أعلنت وزارة المالية، اليوم الخميس', 'وقال مصدر في الوزارة', 'وأضاف أن الوزارة حولت', 'وكان عدد من الموظفين'],
    drop: ['اتصل بنا', 'جميع الحقوق', 'wEPDwUKMTY1'],
  },
  // A county government's ASP.NET page: a <form> around everything, tables for layout, the body as <br> lines.
  'zh-aspnet-form.html': {
    body: ['近日，县财政局下达', '其中，耕地地力保护补贴', '农机购置补贴660万元', '县财政局要求各乡镇'],
    drop: ['网站首页', '点击次数', '技术支持', '备案号', 'wEPDwUL'],
  },
  // A market wrap of seven one-line paragraphs, three with a linked stock or index name.
  'zh-inline-links.html': {
    body: ['今日两市成交额', '沪指收涨0.8%', '北向资金全天', '板块方面', '个股方面', '分析人士认为', '但短期仍需关注'],
    drop: ['期货', '热门文章', '解禁', '风险提示', '不构成投资建议'],
  },
  // A "related reading" box between the lead and the rest of the story.
  'zh-inline-related.html': {
    body: ['近期，多个省市相继出台', '以某市为例', '业内人士表示'],
    drop: ['相关阅读', '10月新能源汽车销量', '充电桩建设提速', '热点推荐', '某明星新剧', '责任编辑', '版权所有'],
  },
  // "Read also" as a bold paragraph with two linked headlines, inside the body.
  'ar-read-also.html': {
    body: ['ارتفعت أسعار الذهب في السوق المحلية خلال', 'وسجل سعر الجرام', 'وقال رئيس شعبة الذهب', 'وأضاف أن سعر الجنيه الذهب'],
    drop: ['إقرأ أيضاً', 'توقعات بتراجع أسعار الحديد', 'البورصة تربح', 'أخبار ذات صلة', 'سعر الدولار اليوم', 'أحمد: الذهب', 'جميع الحقوق'],
  },
  // A Taiwan city budget story with a bulleted list of figures (no links) in the body.
  'zh-body-list.html': {
    body: ['台南市政府19日公布', '市府表示，明年度預算編列重點如下', '社會福利支出約290億元', '教育科學文化支出約260億元', '經濟發展支出約180億元', '預算案將送交市議會審議'],
    drop: ['政治', '更多新聞', '颱風假', '夜市美食', '版權所有'],
  },
  // A gallery of linked captions between the body's second and last paragraphs.
  'zh-split-gallery.html': {
    body: ['今年以来，西部陆海新通道', '据介绍，通道运输的货物', '下一步，相关部门将继续'],
    drop: ['货运列车驶出', '查看更多图片', '责任编辑', '推荐阅读', '寒潮', '版权所有'],
  },
  // A Gulf page that ships its story hidden (display: none) and shows it by script.
  'ar-hidden-body.html': {
    body: ['أعلنت موانئ دبي العالمية', 'وقالت الشركة في بيان', 'وأضافت أنها تواصل'],
    drop: ['جار التحميل', 'سجل الدخول', 'أسواق', 'جميع الحقوق', 'DOMContentLoaded'],
  },
  // A Hong Kong page whose story sits in a column named "col-side-left".
  'hk-side-wrapper.html': {
    body: ['港鐵公司今日公布', '港鐵表示，調整後', '有立法會議員批評'],
    drop: ['港聞', '熱門新聞', '天文台', '版權所有'],
  },
  // A Taiwan page: a photo caption before the body, an app promotion and a "延伸閱讀：…" line inside it.
  'tw-app-promo.html': {
    body: ['〔記者陳某／台北報導〕', '時薪則由190元', '勞動部長表示'],
    drop: ['政治', '記者陳某攝', '不用抽', '下載APP', '延伸閱讀', '勞團批', '版權所有'],
  },
  // An Egyptian page with "اقرأ أيضًا.." lines (linked, and not) between the paragraphs.
  'ar-youm-inline.html': {
    body: ['أعلن وزير التموين', 'وأوضح أن قيمة الدعم', 'وأشار الوزير', 'وتستمر المنافذ'],
    drop: ['أخبار عاجلة', 'اقرأ أيضًا', 'أسعار السكر', 'موعد صرف منحة', 'موضوعات متعلقة', 'سعر الذهب', 'جميع الحقوق'],
  },
  // The same two paragraphs printed twice inside <article>.
  'zh-doubled.html': {
    body: ['某银行前三季度实现净利润112亿元', '该行不良贷款率为1.21%'],
    drop: ['银行\n', '版权所有'],
  },
};

describe.each(Object.entries(PAGES))('%s keeps its whole body', (file, want) => {
  const article = extractArticle({ html: readFixture(`pages/${file}`), file }, { refDate: '2025-11-20' });
  const body = article.paragraphs.filter((p) => p.role === 'body').map((p) => article.text.slice(p.start, p.end));

  it('every body paragraph, once each, in order, and nothing else', () => {
    expect(body).toHaveLength(want.body.length);
    want.body.forEach((start, i) => expect(body[i], start).toMatch(new RegExp(`^${start.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}`, 'u')));
  });
  it('none of the furniture', () => {
    for (const d of want.drop) expect(article.text, d).not.toContain(d);
  });
  it('raises no doubt about the text', () => {
    expect(article.warnings).toEqual([]);
    expect(article.cleaner).toBe('general');
  });
});

describe('the headline of a page whose <title> is the site name, or wraps the headline in it', () => {
  it('is the headline printed above the body (ASP.NET pages print it in a <span>)', () => {
    for (const [file, title] of [
      ['zh-aspnet-form.html', '县财政局下达2026年第一批农业补贴资金'],
      ['ar-aspnet-form.html', 'وزارة المالية تعلن صرف رواتب الموظفين لشهر نوفمبر'],
    ]) {
      const a = extractArticle({ html: readFixture(`pages/${file}`), file }, { refDate: '2025-11-20' });
      expect(a.title, file).toBe(title);
      expect(a.text.startsWith(`${title}\n\n`)).toBe(true);
    }
  });
});

describe('short articles are kept whole', () => {
  const sentence = '国家统计局今天发布数据，10月份全国居民消费价格同比上涨0.2%。';
  const arSentence = 'أعلن الجهاز المركزي للإحصاء اليوم أن معدل التضخم السنوي تراجع إلى 12.5% في أكتوبر.';

  it('one sentence, as text or as a bare HTML page, in Chinese and Arabic', () => {
    for (const s of [sentence, arSentence]) {
      for (const input of [{ text: s }, { text: `${s}\n` }, { html: `<html><body><p>${s}</p></body></html>` }, { html: `<p>${s}</p>` }]) {
        const a = extractArticle(input, { refDate: '2025-11-20' });
        expect(a.text, JSON.stringify(input)).toBe(s);
        expect(a.warnings).toEqual([]);
      }
    }
  });

  it('a three-paragraph wire brief keeps all three, and its headline', () => {
    const brief = ['港府公布10月零售數據', '政府統計處今日公布，10月零售業總銷貨價值臨時估計為310億元。', '按年比較上升3.1%。', '政府發言人表示，訪港旅客增加帶動零售表現。'];
    const a = extractArticle({ text: brief.join('\n') }, { refDate: '2025-12-01' });
    expect(a.title).toBe(brief[0]);
    expect(a.text).toBe(brief.join('\n\n'));
  });

  it('a body printed twice keeps its first copy, also when each paragraph is short', () => {
    const p = ['مجلس الوزراء يوافق على الموازنة.', 'وبلغت النفقات 3 تريليونات دينار.'];
    const c = cleanPage({ text: [...p, ...p].join('\n') });
    expect(c.paragraphs).toEqual(p);
    expect(c.removed.map((r) => r.reason)).toEqual(['duplicate', 'duplicate']);
  });

  it('a page of navigation only is empty, and says so', () => {
    const html = '<html><body><ul class="nav"><li><a href="/">首页</a></li><li><a href="/a">财经</a></li><li><a href="/b">科技</a></li></ul></body></html>';
    const a = extractArticle({ html }, { refDate: '2025-11-20' });
    expect(a.text).toBe('');
    expect(a.warnings).toEqual(['empty-text', 'lang-und']);
  });
});

describe('scraped text', () => {
  it('a "read also" list between two paragraphs neither ends nor splits the body', () => {
    const p = [
      'وزارة المالية تطرح سندات بقيمة 3 مليارات دولار',
      'أعلنت وزارة المالية طرح سندات دولية بقيمة 3 مليارات دولار على شريحتين، في أول إصدار لها هذا العام.',
      'اقرأ أيضاً',
      'أسعار النفط تتراجع مع ارتفاع المخزونات',
      'البورصة تغلق على ارتفاع',
      'وقالت الوزارة إن الطلب تجاوز 9 مليارات دولار.',
      'التعليقات',
      'محمد: خطوة جيدة للاقتصاد الوطني وستجذب المستثمرين.',
    ];
    const a = extractArticle({ text: p.join('\n') }, { refDate: '2025-11-20' });
    expect(a.title).toBe(p[0]);
    expect(a.text).toBe([p[0], p[1], p[5]].join('\n\n'));
  });
});

describe('comments', () => {
  it('that outweigh a short story never become the body, and raise no doubt', () => {
    const zh = Array.from({ length: 12 }, (_, i) => `网友${i}：这个政策很好，希望尽快落实到位，让大家真正得到实惠，说得对的请点赞，第${i}楼。`);
    const ar = Array.from({ length: 12 }, (_, i) => `قارئ ${i}: قرار ممتاز ونتمنى أن ينعكس على الأسعار في الأسواق قريبا وأن يشعر به المواطن البسيط.`);
    for (const [head, story, marker, comments] of [
      ['央行宣布降准0.5个百分点', '中国人民银行今天宣布，将于下周下调金融机构存款准备金率0.5个百分点，释放长期资金约1万亿元。', '网友评论', zh],
      ['المركزي يخفض الفائدة', 'خفض البنك المركزي أسعار الفائدة الرئيسية بمقدار 100 نقطة أساس في اجتماعه اليوم.', 'التعليقات', ar],
    ] as const) {
      const text = extractArticle({ text: [head, story, marker, ...comments].join('\n') }, { refDate: '2025-11-20' });
      const html = extractArticle({ html: `<h1>${head}</h1><div class="txt"><p>${story}</p></div><h3>${marker}</h3><div>${comments.map((c) => `<p>${c}</p>`).join('')}</div>` }, { refDate: '2025-11-20' });
      for (const a of [text, html]) {
        expect(a.text).toBe(`${head}\n\n${story}`);
        expect(a.warnings).toEqual([]);
      }
    }
  });
});

describe('when our passes fail', () => {
  // Every name in every sentence linked to a tag page: each paragraph is mostly link text.
  const link = (t: string) => `<a href="/tag/${encodeURIComponent(t)}">${t}</a>`;
  const paras = [
    `${link('美团')}与${link('京东')}、${link('阿里巴巴')}在${link('即时零售')}市场的${link('补贴大战')}持续升级。`,
    `${link('国家市场监督管理总局')}${link('约谈')}了${link('饿了么')}、${link('美团')}、${link('京东')}等${link('外卖平台')}。`,
    `${link('美团')}发布${link('三季度财报')}，${link('营收')}为${link('955亿元')}。`,
  ];
  const page = (body: string) =>
    `<html><head><title>外卖平台补贴大战</title></head><body><div class="nav"><a href="/">首页</a><a href="/tech">科技</a><a href="/fin">财经</a></div><h1>外卖平台补贴大战</h1><div id="article">${body}</div><div class="footer">版权所有 某某网</div></body></html>`;

  it('Readability finds the body, and the article says so', () => {
    const a = extractArticle({ html: page(paras.map((p) => `<p>${p}</p>`).join('')) }, { refDate: '2025-11-20' });
    expect(a.cleaner).toBe('readability');
    expect(a.warnings).toEqual([]);
    expect(a.title).toBe('外卖平台补贴大战');
    expect(a.text).toBe(['外卖平台补贴大战', '美团与京东、阿里巴巴在即时零售市场的补贴大战持续升级。', '国家市场监督管理总局约谈了饿了么、美团、京东等外卖平台。', '美团发布三季度财报，营收为955亿元。'].join('\n\n'));
    expect(a.facts.find((f) => f.kind === 'money')?.amount).toBe(95_500_000_000);
  });

  it('a page of navigation is never "rescued" with its navigation: it stays empty and says so', () => {
    const nav = `<ul>${Array.from({ length: 40 }, (_, i) => `<li><a href="/n/${i}">频道${i}</a></li>`).join('')}</ul>`;
    const a = extractArticle({ html: `<html><body>${nav}${nav}</body></html>` }, { refDate: '2025-11-20' });
    expect(a.cleaner).toBe('general');
    expect(a.text).toBe('');
    expect(a.warnings).toContain('empty-text');
  });

  it('short sentences with linked names (a third of them linked) are the body, not furniture', () => {
    const l = (t: string) => `<a href="/t/${encodeURIComponent(t)}">${t}</a>`;
    const body = [`据${l('海关总署')}统计，前10个月${l('货物贸易进出口')}总值增长3.6%。`, `其中${l('一般贸易出口')}增长6.2%，${l('加工贸易进口')}下降0.3%。`, `对${l('东盟国家')}贸易继续保持增长态势。`];
    const a = extractArticle({ html: page(body.map((p) => `<p>${p}</p>`).join('')) }, { refDate: '2025-11-20' });
    expect(a.paragraphs.filter((p) => p.role === 'body')).toHaveLength(3);
    expect(a.text).not.toContain('首页');
  });

  it('an anchor left open around the body (<a name>) is no link', () => {
    const body = paras.map((p) => `<p>${p.replace(/<a href="[^"]*">|<\/a>/gu, '')}</p>`).join('');
    const a = extractArticle({ html: page(`<a name="top">${body}`) }, { refDate: '2025-11-20' });
    expect(a.cleaner).toBe('general');
    expect(a.paragraphs.filter((p) => p.role === 'body')).toHaveLength(3);
  });
});

describe('code never reaches the text', () => {
  it('script lines in scraped text are dropped, and never become the headline', () => {
    const text = [
      'var _hmt = _hmt || []; (function() { var hm = document.createElement("script"); })();',
      'window.dataLayer = window.dataLayer || [];',
      '{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2019-01-01"}',
      '特区政府宣布向合资格市民发放消费券，每人总额5000元，分两期发放。',
    ].join('\n');
    const a = extractArticle({ text }, { refDate: '2025-11-20' });
    expect(a.title).toBeNull();
    expect(a.text).toBe('特区政府宣布向合资格市民发放消费券，每人总额5000元，分两期发放。');
    expect(a.facts.filter((f) => f.kind === 'date')).toEqual([]);
  });
});

describe('clean: false keeps the whole text', () => {
  it('of an HTML page, less its scripts and styles', () => {
    const html = '<html><head><script>var a = "2019年";</script><style>p{}</style></head><body><div class="nav">首页</div><p>营收43亿元。</p></body></html>';
    const a = extractArticle({ html, clean: false }, { refDate: '2025-11-20' });
    expect(a.text).toBe('首页\n\n营收43亿元。');
    expect(a.cleaner).toBe('whole');
  });
});

describe('ruby glosses', () => {
  // Learner and children's editions print pinyin (or bopomofo) over the characters as <ruby>;
  // the gloss is not the text, and left in it splits words and amounts.
  const ruby = (han: string, gloss: string, rp = false) =>
    `<ruby>${han}${rp ? '<rp>(</rp>' : ''}<rt>${gloss}</rt>${rp ? '<rp>)</rp>' : ''}</ruby>`;

  it('are dropped with their parentheses, in Simplified and Traditional', () => {
    for (const [html, text] of [
      [`<p>市${ruby('财', 'cái')}${ruby('政', 'zhèng')}局拨付补贴资金3000万元，用于老旧小区改造。</p>`, '市财政局拨付补贴资金3000万元，用于老旧小区改造。'],
      [`<p>縣府編列${ruby('預', 'yù', true)}${ruby('算', 'suàn', true)}新臺幣1.2億元興建圖書館。</p>`, '縣府編列預算新臺幣1.2億元興建圖書館。'],
      [`<p>學校獲${ruby('補', 'ㄅㄨˇ')}${ruby('助', 'ㄓㄨˋ')}款五百萬元。</p>`, '學校獲補助款五百萬元。'],
    ]) {
      const a = extractArticle({ html }, { refDate: '2025-11-20' });
      expect(a.text).toBe(text);
      expect(a.facts.filter((f) => f.kind === 'money')).toHaveLength(1);
    }
  });

  it('an <rt> left unclosed ends at the next <rt> or the </ruby>', () => {
    for (const html of ['<p>今年<ruby>预<rt>yù<rt>suàn</ruby>增加两成，财政收入三千万元。</p>', '<p>今年<ruby>预<rt>yù</ruby>增加两成，财政收入三千万元。</p>']) {
      expect(extractArticle({ html }, { refDate: '2025-11-20' }).text).toBe('今年预增加两成，财政收入三千万元。');
    }
  });

  it('text that only looks like a gloss outside <rt> stays', () => {
    const a = extractArticle({ html: '<p>该公司（Cai Zheng Ltd）营收增长三成。</p>' }, { refDate: '2025-11-20' });
    expect(a.text).toBe('该公司（Cai Zheng Ltd）营收增长三成。');
  });
});

describe('a body whose paragraphs are mostly linked (every name a tag link)', () => {
  // Tag pages linked from every other phrase: three of the four paragraphs are over half link text.
  const tag = (t: string) => `<a href="/tag/${encodeURIComponent(t)}">${t}</a>`;
  const zh = [
    `本报讯 ${tag('市财政局')}昨日公布，今年前三季度${tag('一般公共预算收入')}完成四百二十亿元，${tag('同比增长')}百分之六点三。`,
    '财政局有关负责人介绍，税收收入占比继续提升，其中增值税和企业所得税分别增长百分之七和百分之五，房地产相关税收则有所下降。',
    `在${tag('民生支出')}方面，${tag('教育医疗')}和${tag('社会保障')}等支出合计${tag('占比超过七成')}，${tag('三十项民生实事')}进展顺利。`,
    `该负责人表示，${tag('第四季度')}将继续落实${tag('减税降费政策')}，预计全年为${tag('市场主体减负')}约六十亿元。`,
  ];
  const ar = [
    `أعلنت ${tag('وزارة المالية')} أمس أن ${tag('إيرادات الموازنة العامة')} خلال ${tag('الأشهر التسعة الأولى')} بلغت ${tag('مئة وعشرين مليار درهم')}.`,
    'وقال مسؤول في الوزارة إن الإيرادات الضريبية ارتفعت بفضل تحسن النشاط التجاري، في حين تراجعت العائدات غير الضريبية بسبب انخفاض أرباح بعض الشركات العامة.',
    `وأضاف أن ${tag('النفقات الاجتماعية')} استحوذت على ${tag('أكثر من نصف الإنفاق العام')} مع استمرار ${tag('دعم المواد الأساسية')}.`,
    `وتتوقع ${tag('الوزارة')} أن يتراجع ${tag('عجز الموازنة')} إلى ${tag('أقل من خمسة في المئة')} بنهاية العام.`,
  ];
  const page = (paras: string[], menu = '') =>
    `<html><head><title>财政收入</title></head><body><div class="nav"><a href="/">首页</a><a href="/a">财经</a><a href="/b">الرئيسية</a></div>${menu}<div id="article">${paras.map((p) => `<p>${p}</p>`).join('')}</div><div class="footer">版权所有</div></body></html>`;
  const plain = (p: string) => p.replace(/<a href="[^"]*">|<\/a>/gu, '');

  it('keeps every paragraph, the mostly linked ones too, and raises no doubt', () => {
    for (const paras of [zh, ar]) {
      const a = extractArticle({ html: page(paras) }, { refDate: '2025-11-20' });
      expect(a.cleaner).toBe('general');
      expect(a.warnings).toEqual([]);
      expect(a.paragraphs.filter((p) => p.role === 'body').map((p) => a.text.slice(p.start, p.end))).toEqual(paras.map(plain));
    }
  });

  it('a linked headline with its summary after the body is no part of it', () => {
    const teaser = `<p><a href="/n/1">${plain(zh[0] as string)}</a>详情。</p>`;
    const a = extractArticle({ html: page(zh).replace('<div class="footer">', `<div class="more">${teaser}</div><div class="footer">`) }, { refDate: '2025-11-20' });
    expect(a.text).not.toContain('详情');
  });

  it('a paragraph with a few linked names beside a long body raises no doubt', () => {
    const paras = [plain(zh[0] as string), zh[1] as string, plain(zh[2] as string), zh[3] as string, plain(zh[3] as string).replace('该负责人', '另一负责人')];
    const a = extractArticle({ html: page(paras) }, { refDate: '2025-11-20' });
    expect(a.warnings).toEqual([]);
  });
});

describe('a body the page declares in its JSON-LD (articleBody)', () => {
  // App-shell pages: the DOM holds navigation and an empty mount point; the story is written in by script from the JSON-LD.
  const shell = (ld: object, body = '<div id="app"></div>') =>
    `<html><head><title>站点</title><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><ul class="nav"><li><a href="/">首页</a></li><li><a href="/fin">财经</a></li><li><a href="/a">الرئيسية</a></li></ul>${body}<div class="footer">版权所有 © 某某传媒</div></body></html>`;
  const zh = [
    '市统计局昨日发布数据，前三季度全市社会消费品零售总额达到二千一百亿元，同比增长百分之五点二。',
    '其中，餐饮收入增长较快，限额以上单位通过网络实现的商品零售额增长百分之九。',
    '统计局有关负责人表示，四季度消费市场有望继续保持平稳恢复态势。',
  ];
  const ar = [
    'أعلن البنك المركزي أمس أن الاحتياطيات الأجنبية ارتفعت إلى 35 مليار دولار بنهاية أكتوبر، مقارنة بنحو 33 مليار دولار في الشهر السابق.',
    'وأرجع البنك الزيادة إلى تحسن تحويلات العاملين في الخارج وارتفاع عائدات السياحة خلال الموسم الصيفي.',
    'ويتوقع محللون أن تواصل الاحتياطيات ارتفاعها خلال الربع الأخير من العام مع تحسن الصادرات وتدفق الاستثمارات.',
  ];

  it('is the body when the page shows none, as lines or as HTML, in a @graph too', () => {
    const pages: Array<[string, string, string[]]> = [
      [shell({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: '前三季度消费市场稳中有升', articleBody: zh.join('\n') }), '前三季度消费市场稳中有升', zh],
      [shell({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: 'موقع' }, { '@type': 'NewsArticle', headline: 'ارتفاع الاحتياطيات الأجنبية', articleBody: ar.map((p) => `<p>${p}</p>`).join('') }] }), 'ارتفاع الاحتياطيات الأجنبية', ar],
    ];
    for (const [html, headline, paras] of pages) {
      const a = extractArticle({ html }, { refDate: '2025-11-20' });
      expect(a.cleaner).toBe('json-ld');
      expect(a.warnings).toEqual([]);
      expect(a.text).toBe([headline, ...paras].join('\n\n'));
      expect(a.facts.some((f) => f.kind === 'money')).toBe(true);
    }
  });

  it('is not read when the page shows its body', () => {
    const shown = `<div class="article"><h1>前三季度消费市场稳中有升</h1>${zh.map((p) => `<p>${p}</p>`).join('')}</div>`;
    const a = extractArticle({ html: shell({ '@type': 'NewsArticle', headline: '前三季度消费市场稳中有升', articleBody: `${zh[0]}（摘要）` }, shown) }, { refDate: '2025-11-20' });
    expect(a.cleaner).toBe('general');
    expect(a.text).not.toContain('摘要');
    expect(a.text).toContain(zh[2]);
  });

  it('is the body when the page shows only its lead (a paywall, a "read more" button)', () => {
    const lead = (paras: string[], stub: string) => `<div class="article"><p>${paras[0]}</p>${stub}</div>`;
    for (const [ld, shown, paras] of [
      [{ '@type': 'NewsArticle', headline: '前三季度消费市场稳中有升', articleBody: zh.join('') }, lead(zh, '<div class="more"><a href="javascript:;">展开全文</a></div>'), [zh.join('')]],
      [{ '@type': 'ReportageNews', headline: 'ارتفاع الاحتياطيات الأجنبية', articleBody: ar.join('\n\n'), isAccessibleForFree: false }, lead(ar, '<div class="paywall"><p>هذا المحتوى متاح للمشتركين فقط</p><a href="/subscribe">اشترك الآن</a></div>'), ar],
    ] as const) {
      const a = extractArticle({ html: shell(ld, shown) }, { refDate: '2025-11-20' });
      expect(a.cleaner).toBe('json-ld');
      expect(a.warnings).toEqual([]);
      expect(a.text).toBe([ld.headline, ...paras].join('\n\n'));
    }
  });

  it('is the body when the lead shown is cut short with an ellipsis', () => {
    const cut = (p: string, end: string) => `<div class="article"><p>${p.slice(0, 30)}${end}</p><a class="more" href="#">阅读全文</a></div>`;
    for (const [ld, shown] of [
      [{ '@type': 'NewsArticle', headline: '前三季度消费市场稳中有升', articleBody: zh.join('\n') }, cut(zh[0] as string, '…')],
      [{ '@type': 'NewsArticle', headline: '前三季度消费市场稳中有升', articleBody: zh.join('\n') }, cut(zh[0] as string, '……')],
      [{ '@type': 'NewsArticle', headline: 'ارتفاع الاحتياطيات الأجنبية', articleBody: ar.join('\n') }, cut(ar[0] as string, '...')],
    ] as const) {
      const a = extractArticle({ html: shell(ld, shown) }, { refDate: '2025-11-20' });
      expect(a.cleaner).toBe('json-ld');
      expect(a.text).toContain((ld.articleBody.split('\n')[2]) as string);
    }
  });

  it('is not read when it tells another story than the one shown', () => {
    const shown = `<div class="article"><p>${zh[0]}</p></div>`;
    const a = extractArticle({ html: shell({ '@type': 'NewsArticle', headline: '另一条新闻', articleBody: ar.join('\n') }, shown) }, { refDate: '2025-11-20' });
    expect(a.cleaner).toBe('general');
    expect(a.text).toContain(zh[0]);
    expect(a.text).not.toContain(ar[0]);
  });

  it('a teaser line, or the articleBody of an object that is no article, leaves the page empty and saying so', () => {
    for (const ld of [
      { '@type': 'NewsArticle', headline: '前三季度消费市场稳中有升', articleBody: '消费市场稳中有升' },
      { '@type': 'WebPage', name: '财经频道', articleBody: zh.join('\n') },
    ]) {
      const a = extractArticle({ html: shell(ld) }, { refDate: '2025-11-20' });
      expect(a.cleaner).toBe('general');
      expect(a.warnings).toContain('empty-text');
    }
  });
});

describe('a list of teasers (linked headline, then summary) beside a short story', () => {
  const zhStory = [
    '区政府昨日召开新闻发布会，宣布今年将投入一点八亿元，对辖区内四十个老旧小区实施综合改造。',
    '据介绍，改造内容包括雨污分流、外墙保温和加装电梯，预计惠及居民一万二千户。',
  ];
  const arStory = [
    'وقعت وزارة النقل أمس عقدا بقيمة 450 مليون دينار لتوسعة الطريق الدائري الجنوبي بطول 28 كيلومترا.',
    'وقال الوزير إن المشروع سيستغرق ثلاث سنوات، وسيوفر نحو ألفي فرصة عمل خلال فترة التنفيذ.',
  ];
  const zhTeasers = Array.from({ length: 8 }, (_, i) =>
    `<li><h3><a href="/n/${i}">第${i + 1}个街道完成管网更新</a></h3><p>记者从区住建局了解到，该街道管网更新工程近日完工，涉及居民约${i + 3}千户，完工后积水问题将得到缓解。</p></li>`).join('');
  const arTeasers = Array.from({ length: 6 }, (_, i) =>
    `<div class="item"><h2><a href="/n/${i}">افتتاح جسر جديد في المحافظة رقم ${i + 1}</a></h2><p>افتتح محافظ المنطقة اليوم جسرا جديدا يربط بين ضفتي الوادي، ويخدم أكثر من ${i + 2} آلاف مركبة يوميا حسب التقديرات.</p><span>منذ ساعتين</span></div>`).join('');
  const page = (h1: string, story: string[], teasers: string) =>
    `<html><body><div class="nav"><a href="/">首页</a><a href="/b">الرئيسية</a></div><div class="main"><h1>${h1}</h1><div class="content">${story.map((p) => `<p>${p}</p>`).join('')}</div></div><div class="list-news">${teasers}</div><div class="footer">版权所有</div></body></html>`;

  it('are no part of the body, and raise no doubt', () => {
    for (const [h1, story, teasers] of [['区政府投入资金改造老旧小区', zhStory, `<ul>${zhTeasers}</ul>`], ['توسعة الطريق الدائري الجنوبي', arStory, arTeasers]] as const) {
      const a = extractArticle({ html: page(h1, [...story], teasers) }, { refDate: '2025-11-20' });
      expect(a.text).toBe([h1, ...story].join('\n\n'));
      expect(a.warnings).toEqual([]);
      expect(a.facts.filter((f) => f.kind === 'money')).toHaveLength(1);
    }
  });

  it('a roundup made only of such items keeps them', () => {
    const a = extractArticle({ html: page('今日要闻', [], `<ul>${zhTeasers}</ul>`) }, { refDate: '2025-11-20' });
    expect(a.text).toContain('管网更新工程近日完工');
  });
});
