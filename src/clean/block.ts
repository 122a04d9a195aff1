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

/**
 * Metadata a page declares about itself (HTML only), read in the walk over
 * the page; each field is null when the page does not say.
 */
export interface PageMeta {
  /** The text of the first `<title>`, spaces collapsed, as written (site-name suffix and all). */
  title: string | null;
  /** `og:title`, else `twitter:title`. */
  ogTitle: string | null;
  /** JSON-LD `headline` (an article's first). */
  headline: string | null;
  /** The visible text of the first `<h1>` that has any (never text of a script inside it). */
  h1: string | null;
  published: string | null;
  /** Where `published` came from: "meta:article:published_time", "json-ld:datePublished"… */
  publishedSource: string | null;
  /** When the page says it was last changed, kept apart from `published`. */
  modified: string | null;
  /** Where `modified` came from: "meta:article:modified_time", "json-ld:dateModified"… */
  modifiedSource: string | null;
  /** The declared language: `<html lang>`, else a content-language meta. */
  lang: string | null;
  /** `<link rel=canonical>`, else `og:url`, as written (possibly relative). */
  canonicalUrl: string | null;
  /** `og:site_name`, `application-name`, JSON-LD `publisher.name`. */
  siteName: string | null;
  /** `meta name=author`, `article:author` (not a URL), JSON-LD `author.name`, the text of a `rel=author` link. */
  author: string | null;
}

export const EMPTY_META: PageMeta = {
  title: null, ogTitle: null, headline: null, h1: null, published: null, publishedSource: null, modified: null, modifiedSource: null,
  lang: null, canonicalUrl: null, siteName: null, author: null,
};
