/**
 * Bundles each components/<Name>.island.ts into public/islands/<Name>-<hash>.js (one small ES module per
 * island) and writes public/islands/manifest.json, which <Island name> reads. `--watch` rebuilds on change
 * for `npm run dev`.
 */
import { readdirSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import * as esbuild from 'esbuild';

const OUT = join('public', 'islands');
const entryPoints = Object.fromEntries(
  readdirSync('components')
    .filter((f) => f.endsWith('.island.ts'))
    .map((f) => [basename(f, '.island.ts'), join('components', f)]),
);

const writeManifest: esbuild.Plugin = {
  name: 'island-manifest',
  setup(build) {
    build.onStart(() => {
      // Empty the folder rather than recreate it: recreating would touch public/ and make builds look stale.
      mkdirSync(OUT, { recursive: true });
      for (const name of readdirSync(OUT)) rmSync(join(OUT, name), { recursive: true, force: true });
    });
    build.onEnd((result) => {
      if (!result.metafile) return;
      const manifest: Record<string, string> = {};
      for (const [file, output] of Object.entries(result.metafile.outputs)) {
        if (!output.entryPoint) continue;
        const name = basename(output.entryPoint, '.island.ts');
        manifest[name] = basename(file);
      }
      writeFileSync(join(OUT, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
      const sizes = Object.entries(result.metafile.outputs).map(([f, o]) => `${basename(f)} ${o.bytes} B`);
      console.log(`islands: ${sizes.join(', ')}`);
    });
  },
};

const options: esbuild.BuildOptions = {
  entryPoints,
  outdir: OUT,
  entryNames: '[name]-[hash]',
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  metafile: true,
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [writeManifest],
};

if (process.argv.includes('--watch')) {
  const context = await esbuild.context(options);
  await context.watch();
} else {
  await esbuild.build(options);
}
