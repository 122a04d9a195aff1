/** A unit of page text in reading order: a paragraph, heading, list item or line. */
export interface Block {
  /** The block's text, trimmed; characters otherwise as on the page. */
  text: string;
  /** h1–h6 in HTML; never set for plain text. */
  heading: number;
  /** Inside an `<li>`, or a plain-text line that starts with a bullet or number. */
  listItem: boolean;
  /** Share of the text that is inside links (HTML only). */
  linkDensity: number;
  /** A boilerplate role taken from the page structure (nav, footer, class names…). */
  hint: string | null;
}

/** Metadata a page declares about itself (HTML only). */
export interface PageMeta {
  title: string | null;
  h1: string | null;
  published: string | null;
  publishedSource: string | null;
  lang: string | null;
}

export const EMPTY_META: PageMeta = { title: null, h1: null, published: null, publishedSource: null, lang: null };
