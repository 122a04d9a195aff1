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
  /** A boilerplate role taken from the page structure (nav, footer, class names…): the innermost one. */
  hint: string | null;
  /**
   * Every element around the block that gave a role, outermost first, each
   * with an id unique in the page (HTML only; empty otherwise). The cleaner
   * judges these containers by what they hold: a `<form>` that wraps the
   * whole page, or a "side" box that holds the article, is not boilerplate.
   */
  roles: readonly Role[];
  /**
   * Ids of the block-level elements the block sits in, outermost first, its
   * own element last (HTML only; empty otherwise): which paragraphs share a
   * container, so that a body interrupted by an inline box is read as one.
   */
  path: readonly number[];
}

/** A boilerplate role given by an element, and that element's id in the page. */
export interface Role {
  id: number;
  role: string;
}

/** Shared by the blocks that have no role or no path. */
export const NONE: readonly never[] = Object.freeze([]);

/** Metadata a page declares about itself (HTML only). */
export interface PageMeta {
  title: string | null;
  h1: string | null;
  published: string | null;
  publishedSource: string | null;
  lang: string | null;
}

export const EMPTY_META: PageMeta = { title: null, h1: null, published: null, publishedSource: null, lang: null };
