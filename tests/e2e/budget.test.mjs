// The byte budget: what a page with <conference-summary> downloads, brotli
// -q 11, may not grow by accident. Raising BUDGET_KB is a decision, made in
// the same commit as the growth, with the reason in its message.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { test } from 'node:test';
import { DIST } from './support/build.mjs';
import { formatSizeTable, kb, sizeTable } from './support/sizes.mjs';

/** The brotli total reached, rounded up to the next whole KB (1,000 bytes). */
const BUDGET_KB = 77;

test(`what the embed loads is at most ${BUDGET_KB} KB brotli`, (t) => {
  const table = sizeTable(DIST);
  const report = formatSizeTable(table);
  for (const line of report.split('\n')) t.diagnostic(line);
  assert.ok(
    table.total.brotli <= BUDGET_KB * 1000,
    `the embed loads ${kb(table.total.brotli)} KB brotli, over its budget of ${BUDGET_KB} KB:\n${report}`,
  );
});

test('every file the embed loads has a .br and a .gz beside it that decompress to it', () => {
  for (const { name } of sizeTable(DIST).files) {
    const original = readFileSync(join(DIST, name));
    for (const [suffix, decompress] of [['.br', brotliDecompressSync], ['.gz', gunzipSync]]) {
      const compressed = join(DIST, name + suffix);
      assert.ok(existsSync(compressed), `${name}${suffix} is missing from ${DIST}`);
      assert.ok(decompress(readFileSync(compressed)).equals(original), `${name}${suffix} is not ${name}`);
    }
  }
});
