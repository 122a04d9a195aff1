/**
 * Phrases that news sites print around an article, not in it. These are one
 * signal among several (link density, list shape, position, repetition): a
 * phrase marks a block only when the block is also short or shaped like a
 * widget label, except for disclaimers and credits, whose wording is the tell.
 *
 * Chinese entries are written in Simplified; blocks are folded to Simplified
 * before matching (see lang/hanzi.ts), so Traditional pages match too.
 */

/** Whole-block labels of widgets (buttons, tabs, section titles). */
export const WIDGET_LABELS: readonly string[] = [
  // zh
  '发送', '登录', '注册', '换一换', '暂无评论', '查看更多', '加载更多', '点击加载更多', '返回顶部', '回到顶部',
  '分享', '分享到', '收藏', '点赞', '打印', '关闭', '首页', '上一篇', '下一篇', '上一页', '下一页', '更多',
  '阅读原文', '查看原文', '原文链接', '举报', '纠错', '复制链接', '微信', '微博', '扫一扫', '字号', '大', '中', '小',
  // ar
  'شارك', 'مشاركة', 'طباعة', 'تعليق', 'التعليقات', 'اقرأ المزيد', 'المزيد', 'الرئيسية', 'آخر الأخبار', 'عاجل',
  'شاهد النسخة الأصلية', 'النسخة الأصلية', 'تسجيل الدخول', 'إرسال', 'اشترك', 'تابعنا', 'حفظ', 'نسخ الرابط',
  // en (common on both)
  'Share', 'Print', 'Login', 'Sign in', 'Subscribe', 'Home', 'Read more',
];

/**
 * Titles of comment sections: once one of these stands alone after the body,
 * the rest of the page is not the article.
 */
export const COMMENT_MARKERS: readonly string[] = [
  '网友评论', '评论', '最新评论', '热门评论', '发表评论', '全部评论', '我要评论', '读者评论',
  'التعليقات', 'أضف تعليق', 'اترك تعليقا', 'اترك تعليقاً', 'تعليقات القراء', 'Comments',
];

/**
 * Titles of related, recommended and ranking sections. After the body they
 * end it; inside it (a "read also" box between two paragraphs) the body goes
 * on after the box.
 */
export const SECTION_MARKERS: readonly string[] = [
  // zh
  '相关阅读', '相关新闻', '相关文章', '相关推荐',
  '延伸阅读', '推荐阅读', '为你推荐', '为您推荐', '猜你喜欢', '大家都在看', '热门排行', '热门推荐', '热门文章', '热门新闻',
  '热点视频', '热点推荐', '热榜', '时报热榜', '排行榜', '精彩推荐', '精选推荐', '今日推荐', '24小时热文', '编辑推荐',
  '相關閱讀', '延伸閱讀', '推薦閱讀', '相關新聞', '更多新聞', '更多新闻', '看更多', '熱門新聞', '即時新聞',
  // ar
  'اقرأ أيضا', 'اقرأ أيضاً', 'إقرأ أيضا', 'إقرأ أيضاً', 'مواضيع ذات صلة', 'أخبار ذات صلة', 'مقالات ذات صلة', 'الأكثر قراءة',
  'الأكثر مشاهدة', 'الأكثر تداولا', 'شاهد أيضا', 'شاهد أيضاً', 'قد يعجبك أيضا', 'المزيد من الأخبار', 'أضف تعليق', 'اترك تعليقا',
  'اخترنا لك', 'ننصحك بقراءة',
  // en
  'Related', 'Related articles', 'Most read', 'Recommended', 'Read also',
];

/** A block that opens with one of these (then a colon or bar) is a credit line. */
export const CREDIT_PREFIXES: readonly string[] = [
  // zh
  '责编', '责任编辑', '编辑', '校对', '审核', '审校', '监制', '主编', '策划', '撰文', '出品', '作者', '记者', '实习生',
  '通讯员', '来源', '稿源', '文章来源', '本文来源', '图片来源', '图源', '图片', '配图', '摄影', '摄', '视频', '制图', '美编',
  // ar
  'تحرير', 'إعداد', 'المصدر', 'مصدر الصورة', 'الصورة', 'صورة', 'بقلم', 'كتب', 'تصوير', 'ترجمة',
  // en
  'Editor', 'Edited by', 'Source', 'Photo', 'Image',
];

/** Phrases of legal disclaimers, copyright lines, app and follow prompts. */
export const BOILERPLATE_PHRASES: ReadonlyArray<readonly [RegExp, string]> = [
  [/版权所有|版权声明|未经(?:授权|许可)|不得转载|禁止转载|转载请注明|©|\(c\)\s?\d{4}|Copyright|All rights reserved/iu, 'copyright'],
  [/جميع الحقوق محفوظة|حقوق النشر|حقوق الطبع/u, 'copyright'],
  [/免责声明|^声明[:：]|不构成(?:任何|实质性)?投资建议|仅供参考[,，]?不构成|据此操作[,，]?风险自担|投资有风险|入市需谨慎/u, 'disclaimer'],
  [/إخلاء المسؤولية|لا ينبغي اعتباره|لا تعد نصيحة|ليست نصيحة|نصيحة مالية|لأغراض إعلامية فقط|لا تعبر بالضرورة عن/u, 'disclaimer'],
  [/网友评论仅供|登录后(?:可以|才能)?(?:发言|评论)|发表评论|请文明发言|评论区/u, 'comments'],
  [/下载.{0,20}(?:APP|App|app|客户端)|(?:打开|安装).{0,10}(?:APP|App|app|客户端)|关注.{0,20}(?:公众号|微信|微博)|扫(?:描)?(?:二维)?码|长按识别/u, 'app-prompt'],
  [/حمّ?ل (?:تطبيق|التطبيق)|تابعونا على|تابعوا .{0,30}على|اشترك في (?:النشرة|قناتنا)|انضم إلى قناتنا/u, 'app-prompt'],
  [/隐私政策|服务条款|用户协议|联系我们|关于我们|网站地图|广告服务|意见反馈|ICP备|公网安备/u, 'site-links'],
  [/سياسة الخصوصية|شروط الاستخدام|اتصل بنا|من نحن|خريطة الموقع|أعلن معنا/u, 'site-links'],
];

/**
 * Vocabulary of link-farm and adult/gambling spam that is injected into hacked
 * news pages. Two distinct hits in one block mark it as spam.
 */
export const SPAM_TERMS: readonly string[] = [
  '在线观看', '免费观看', '在线播放', '免费视频', '蜘蛛池', '国产精品', '精品视频', '久久', '一区二区', '无码', '中文字幕',
  '成人网', '毛片', '色综合', '狠狠', '夜夜', '天天', '伦理片', '黄网', '欧美日韩', '亚洲精品', '在线看片', '你懂的',
  '娱乐城', '博彩', '六合彩', '百家乐', '时时彩', '棋牌', '彩票开奖', '澳门赌场', '老虎机',
];
