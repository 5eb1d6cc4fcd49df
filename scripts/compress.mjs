// Writes NAME.br (brotli -q 11) and NAME.gz (gzip -9) beside every file named
// on the command line, so that a static host can serve them precompressed
// (docs/hosting.md: "Hosting the files"). Run by scripts/write-loader.
import { readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

for (const file of process.argv.slice(2)) {
  const bytes = readFileSync(file);
  writeFileSync(`${file}.br`, brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  }));
  writeFileSync(`${file}.gz`, gzipSync(bytes, { level: 9 }));
}
