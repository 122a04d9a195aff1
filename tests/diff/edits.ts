/** Two versions of one page that differ by a known set of edits, for the diff tests. */

// A plain-text page: headline, then paragraphs separated by blank lines.
export const BASE = [
  '宁德时代发布年报 营收再创新高',
  '宁德时代周二晚间发布2024年年报，全年实现营业收入3620亿元，同比下降9.7%。',
  '公司拟向全体股东每10股派发现金红利45.53元，合计派发现金约200亿元。',
  '业内人士认为，动力电池行业竞争格局正在发生深刻变化，龙头企业的优势仍在扩大，二线厂商压力明显。',
  '公司表示，2025年将继续加大海外市场投入，匈牙利工厂预计年底投产，总投资约73亿欧元。',
].join('\n\n');

// The known edits: one amount changed (3620亿元 → 3625亿元), one fact removed
// (约200亿元 gone from its sentence), one fact added (研发投入186亿元), one
// paragraph (with no facts) removed.
export const EDITED = [
  '宁德时代发布年报 营收再创新高',
  '宁德时代周二晚间发布2024年年报，全年实现营业收入3625亿元，同比下降9.7%。',
  '公司拟向全体股东每10股派发现金红利45.53元，派发比例创新高。',
  '公司表示，2025年将继续加大海外市场投入，匈牙利工厂预计年底投产，总投资约73亿欧元，研发投入186亿元。',
].join('\n\n');
