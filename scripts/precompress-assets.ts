import { existsSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const compressBrotli = promisify(brotliCompress);
const compressGzip = promisify(gzip);

/** Text formats only: woff2, woff and images are compressed already and would not shrink. */
const COMPRESSIBLE = /\.(?:js|mjs|css|svg|json|ttf|otf|wasm)$/;
/** Below about one packet, the header a compressed answer adds outweighs what it saves. */
const MIN_BYTES = 1024;
/**
 * Quality 10 with a 16 MB window: within 1 % of quality 11 on the main script (270 KB against
 * 267 KB) in a third of the time (1.1 s against 3.2 s).
 */
const BROTLI_QUALITY = 10;
/**
 * The first `npm start` waits for its build: there, brotli is written at quality 5 (the whole build
 * in 0.23 s of CPU against 3.3 s at quality 10, 10 % larger) and brought to quality 10 once the
 * server listens (`finishPrecompression`).
 */
const QUICK_BROTLI_QUALITY = 5;
const BROTLI_WINDOW_BITS = 24;
/** Written by a quick build beside index.html (not under assets/, so never served): the files whose brotli is provisional. */
export const PENDING_LIST = 'precompress-pending.json';

/**
 * Writes `name.br` and `name.gz` beside every compressible file of the build, so the server sends
 * them as they are (@fastify/static's `preCompressed`) instead of compressing on every request.
 * Written by hand on node:zlib rather than with a plugin: it is all the project needs, with no
 * dependency. A variant is kept only when it is smaller than the file; the server falls back to
 * the file itself when none is there (an older build). `quick`: see QUICK_BROTLI_QUALITY.
 */
export function precompressAssets(options: { quick?: boolean } = {}): Plugin {
  const brotliQuality = options.quick ? QUICK_BROTLI_QUALITY : BROTLI_QUALITY;
  return {
    name: 'caspian-precompress-assets',
    apply: 'build',
    async writeBundle(bundleOptions, bundle) {
      const outDir = bundleOptions.dir;
      if (!outDir) return;
      const files = Object.keys(bundle).filter((fileName) => COMPRESSIBLE.test(fileName));
      const compressed = await Promise.all(
        files.map(async (fileName) =>
          (await precompressFile(join(outDir, fileName), brotliQuality)) ? fileName : null,
        ),
      );
      const pending = compressed.filter((fileName) => fileName !== null);
      if (options.quick && pending.length > 0) await writeFile(join(outDir, PENDING_LIST), JSON.stringify(pending));
    },
  };
}

/** Whether a brotli variant was written. */
async function precompressFile(path: string, brotliQuality: number): Promise<boolean> {
  const content = await readFile(path);
  if (content.length < MIN_BYTES) return false;
  const [brotli, gzipped] = await Promise.all([
    compressWithBrotli(content, brotliQuality),
    compressGzip(content, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  if (gzipped.length < content.length) await writeFile(`${path}.gz`, gzipped);
  if (brotli.length >= content.length) return false;
  await writeFile(`${path}.br`, brotli);
  return true;
}

const compressWithBrotli = (content: Buffer, quality: number) =>
  compressBrotli(content, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: quality,
      [constants.BROTLI_PARAM_LGWIN]: BROTLI_WINDOW_BITS,
      [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
    },
  });

/**
 * Rewrites the brotli files a quick build left at its quality 5 at quality 10, one file at a time
 * (zlib's thread pool, so the server keeps answering). Each new file replaces the old by a rename,
 * so a request reads one whole file or the other; the list goes last, so a stop half-way resumes
 * on the next start.
 */
export async function finishPrecompression(distDir: string): Promise<number> {
  const listPath = join(distDir, PENDING_LIST);
  if (!existsSync(listPath)) return 0;
  const pending = JSON.parse(await readFile(listPath, 'utf8')) as string[];
  for (const fileName of pending) {
    const path = join(distDir, fileName);
    if (!existsSync(path)) continue;
    const brotli = await compressWithBrotli(await readFile(path), BROTLI_QUALITY);
    await writeFile(`${path}.br.partial`, brotli);
    await rename(`${path}.br.partial`, `${path}.br`);
  }
  await rm(listPath, { force: true });
  return pending.length;
}
