import { spawn } from 'node:child_process';
import { PassThrough, Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runJsonl } from '../../src/cli/jsonl.js';
import { repoPath, runCli } from '../helpers.js';

const OPTIONS = { refDate: '2025-06-19', maxBytes: 1 << 20 };

async function outputOf(chunks: Buffer[]): Promise<Array<{ id: unknown; error?: { code: string; message: string } }>> {
  const out = new PassThrough();
  let text = '';
  out.on('data', (d) => (text += String(d)));
  await runJsonl(Readable.from(chunks), out, OPTIONS);
  return text.trim() ? text.trim().split('\n').map((l) => JSON.parse(l)) : [];
}

/** The output text of a JSONL run over these chunks (raw: JSON.parse would round big ids). */
async function rawOutput(chunks: Iterable<Buffer> | AsyncIterable<Buffer>, maxBytes = OPTIONS.maxBytes, seen?: (text: string) => void): Promise<string> {
  const out = new PassThrough();
  let text = '';
  out.on('data', (d) => {
    text += String(d);
    seen?.(text);
  });
  await runJsonl(Readable.from(chunks), out, { ...OPTIONS, maxBytes });
  return text;
}

describe('JSONL mode: sizes and ids', { timeout: 60_000 }, () => {
  it('--max-size counts bytes: Chinese text under the limit in characters but over it in UTF-8 bytes is too-large', async () => {
    const line = JSON.stringify({ id: 'zh', text: '营'.repeat(400), clean: false });
    expect(line.length).toBeLessThan(1000);
    expect(Buffer.byteLength(line)).toBeGreaterThan(1000);
    const lines = (await rawOutput([Buffer.from(`${line}\n{"id":"next","text":"去年"}\n`)], 1000)).trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.id, l.error?.code])).toEqual([[null, 'too-large'], ['next', undefined]]);
    expect(lines[0].error.message).toMatch(/^line 1: over 1000 bytes/u);
  });

  it('refuses a line over the limit as it arrives: the error is out before the line ends', async () => {
    let before = '';
    let out = '';
    async function* chunks() {
      yield Buffer.from('{"id":"big","text":"');
      for (let i = 0; i < 20; i++) yield Buffer.from('营收'.repeat(1000));
      // Give the output a turn, then note what had come out before the line's end is sent.
      await new Promise((r) => setImmediate(r));
      before = out;
      yield Buffer.from('"}\n{"id":"after","text":"去年营收43亿元。","clean":false}\n');
    }
    const text = await rawOutput(chunks(), 10_000, (t) => (out = t));
    expect(before).toMatch(/^\{"id":null,"error":\{"code":"too-large","message":"line 1: over 10000 bytes/u);
    expect(text.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual([null, 'after']);
  });

  it('keeps a numeric id exactly as written, past 2^53 too, on articles and on errors', async () => {
    const text = await rawOutput([
      Buffer.from('{"id":12345678901234567890,"text":"去年营收43亿元。","clean":false}\n'),
      Buffer.from('{"meta":{"id":1},"id" : -98765432109876543210}\n'),
      Buffer.from('{"text":"\\"id\\":5 营收43亿元","id":9007199254740993,"clean":false}\n'),
      Buffer.from('{"id":42,"text":"今年"}\n'),
    ]);
    const lines = text.trim().split('\n');
    expect(lines.map((l) => /^\{"id":([^,]*),/u.exec(l)?.[1])).toEqual(['12345678901234567890', '-98765432109876543210', '9007199254740993', '42']);
    expect(JSON.parse(lines[0] as string).facts.map((f: { text: string }) => f.text)).toEqual(['去年', '43亿元']);
    expect(JSON.parse(lines[1] as string).error.code).toBe('no-content');
  });
});

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

describe('JSONL output', () => {
  it('escapes U+2028, U+2029 and U+0085, so every record stays on one line for Python and for line-based tools', async () => {
    // U+0085 stays in the text (it is no paragraph break there); an id may hold any of them.
    const text = '营收\u00855亿元，同比增长3%。';
    const id = 'page\u2028one\u2029two';
    const out = new PassThrough();
    let raw = '';
    out.on('data', (d) => (raw += String(d)));
    await runJsonl(Readable.from([Buffer.from(`${JSON.stringify({ id, text, clean: false })}\n`)]), out, OPTIONS);
    expect(raw).not.toMatch(/[\u2028\u2029\u0085]/u);
    // What Python's str.splitlines() breaks at: one record, one line.
    expect(raw.split(/\r\n|[\n\r\v\f\x1c-\x1e\u0085\u2028\u2029]/u).filter(Boolean)).toHaveLength(1);
    expect(JSON.parse(raw)).toMatchObject({ id, text });
  });
});

describe('the country a text is about (bare currency words)', { timeout: 60_000 }, () => {
  const record = (id: string, extra: object = {}) => JSON.stringify({ id, text: '他花了300元買書。', lang: 'zh-Hant', clean: false, ...extra });
  it('a record\'s "country" decides a bare 元, over --country; a bad one fails that record alone', () => {
    const input = [record('tw', { country: 'tw' }), record('given'), record('bad', { country: 'Taiwan' }), record('none', { country: null })].join('\n');
    const r = runCli(['extract', '--jsonl', '--country', 'HK'], { input });
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    const yuan = (l: { facts?: Array<{ currency: string | null; currencySource: string | null }> }) => l.facts?.map((f) => [f.currency, f.currencySource]);
    expect(lines.map((l) => l.id)).toEqual(['tw', 'given', 'bad', 'none']);
    expect(yuan(lines[0])).toEqual([['TWD', 'given']]);
    expect(yuan(lines[1])).toEqual([['HKD', 'given']]);
    expect(lines[2].error.code).toBe('bad-record');
    expect(lines[2].error.message).toMatch(/country/u);
    expect(yuan(lines[3])).toEqual([['HKD', 'given']]);
    expect(r.code).toBe(1);
  });
  it('--country that is no country code is a usage error', () => {
    const r = runCli(['extract', '--jsonl', '--country', 'Taiwan'], { input: record('x') });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--country: "Taiwan" is not a two-letter/u);
  });
});
