import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Brotli at its best quality: how the build precompresses text files, and so what budgets measure. */
export function brotli(bytes: Buffer): Buffer {
  return brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } });
}

/** Gzip at level 9, for clients and hosts without brotli. */
export function gzip(bytes: Buffer): Buffer {
  return gzipSync(bytes, { level: 9 });
}
