import { spawn } from 'node:child_process';
import { PassThrough, Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runJsonl } from '../../src/cli/jsonl.js';
import { repoPath } from '../helpers.js';

const OPTIONS = { refDate: '2025-06-19', maxBytes: 1 << 20 };

async function outputOf(chunks: Buffer[]): Promise<Array<{ id: unknown; error?: { code: string; message: string } }>> {
  const out = new PassThrough();
  let text = '';
  out.on('data', (d) => (text += String(d)));
  await runJsonl(Readable.from(chunks), out, OPTIONS);
  return text.trim() ? text.trim().split('\n').map((l) => JSON.parse(l)) : [];
}

describe('JSONL mode', { timeout: 60_000 }, () => {
  it('reads every line whatever the chunking: \\n, \\r\\n and \\r breaks, split breaks, split UTF-8 characters', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constantFrom('去年营收43亿元。', 'ارتفعت الأرباح 5%', 'x'), fc.constantFrom('\n', '\r\n', '\r')), { minLength: 1, maxLength: 12 }),
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 30 }),
        async (records, cuts) => {
          // A broken last line, whose error names its line number.
          const bytes = Buffer.from(`${records.map(([text, br], id) => JSON.stringify({ id, text, clean: false }) + br).join('')}{bad`);
          // Cut the bytes at arbitrary places, inside characters and between \r and \n.
          const chunks: Buffer[] = [];
          let at = 0;
          for (let k = 0; at < bytes.length; k++) {
            const n = cuts[k % cuts.length] as number;
            chunks.push(bytes.subarray(at, at + n));
            at += n;
          }
          const lines = await outputOf(chunks);
          expect(lines.map((l) => l.id)).toEqual([...records.map((_, id) => id), null]);
          expect(lines.filter((l) => l.error).map((l) => (l.error as { message: string }).message)).toEqual([expect.stringMatching(new RegExp(`^line ${records.length + 1}: `, 'u'))]);
        },
      ),
      { numRuns: 200, seed: 20261121 },
    );
  });

  it('a last line without a line break is read; blank lines give nothing', async () => {
    const lines = await outputOf([Buffer.from('\n\r\n{"id":1,"text":"今年"}\r\n\n{"id":2,"text":"去年"}')]);
    expect(lines.map((l) => l.id)).toEqual([1, 2]);
  });

  it('answers a line as soon as it is sent, before the input ends', async () => {
    const child = spawn(process.execPath, [repoPath('bin/newsfacts.js'), 'extract', '--jsonl'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const first = new Promise<string>((resolve) => child.stdout.once('data', (d) => resolve(String(d))));
    child.stdin.write(`${JSON.stringify({ id: 'q', text: '去年营收43亿元。', clean: false, refDate: '2025-01-02' })}\n`);
    const answer = JSON.parse((await first).trim());
    expect(answer.id).toBe('q');
    expect(answer.facts.map((f: { text: string }) => f.text)).toEqual(['去年', '43亿元']);
    child.stdin.end();
    await new Promise((resolve) => child.on('close', resolve));
  });
});
