/** Defaults of the commands, in a module of their own so the CLI can show help and parse arguments without loading the pipeline. */

/** The folder diff --git and review work on when none is named. */
export const DEFAULT_DIR = 'extracted';

/** Default --max-size of extract: far above any news page (a few hundred KB), well below what strains memory. */
export const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;

/** fetch: limits and manners. */
export const FETCH_DEFAULTS = {
  concurrency: 8,
  perHost: 2,
  timeoutMs: 30_000,
  maxBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
  retries: 3,
  retryBaseMs: 1_000,
  maxRetryWaitMs: 120_000,
} as const;
