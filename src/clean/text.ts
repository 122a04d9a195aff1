import { NONE, type Block } from './block.js';

// "  • 汽车", "1. 首頁", "- item", "· 标题"
const BULLET = /^\s{0,40}(?:[•·●◦▪▫‣∙○■□◆◇►▶*-]|\d{1,3}[.)、])\s{1,10}/u;

/**
 * Scraped plain text → blocks: one non-empty line is one block. Leading
 * bullets mark list items, which is how list widgets survive scraping.
 */
export function textToBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const raw of text.split(/\r\n|\r|\n|\u2028|\u2029/u)) {
    const line = raw.trim();
    if (!line) continue;
    blocks.push({ text: line, heading: 0, listItem: BULLET.test(raw), linkDensity: 0, hint: null, roles: NONE, path: NONE });
  }
  return blocks;
}
