import type { Style } from '../diff/text.js';
import { PLAIN } from '../diff/text.js';

/**
 * Whether to colour output: --no-color and --color win; then NO_COLOR (any
 * value) turns it off and FORCE_COLOR (other than "", "0", "false") on; else only
 * when the stream is a terminal.
 */
export function useColor(stream: { isTTY?: boolean }, flags: { color?: boolean; noColor?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (flags.noColor) return false;
  if (flags.color) return true;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '' && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true;
  return stream.isTTY === true;
}

const sgr = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;

/** ANSI colours for the diff: green added, red removed, yellow changed. */
export function terminalStyle(on: boolean): Style {
  if (!on) return PLAIN;
  return { added: sgr(32, 39), removed: sgr(31, 39), changed: sgr(33, 39), dim: sgr(2, 22), bold: sgr(1, 22) };
}
