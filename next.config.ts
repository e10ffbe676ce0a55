import type { NextConfig } from 'next';

/** A fully static export: every page is HTML at build time; scripts/post-build.ts then strips Next's runtime. */
const nextConfig: NextConfig = {
  output: 'export',
  trailingSlash: true,
  poweredByHeader: false,
  reactStrictMode: true,
  images: { unoptimized: true },
  // `npm run typecheck` checks types (CI runs it); the build need not do it again.
  typescript: { ignoreBuildErrors: true },
  // OUT_DIR builds a site elsewhere than out/ (fixture sites for browser tests and benchmarks). With a
  // static export, Next writes the exported site into distDir itself.
  ...(process.env.OUT_DIR && process.env.OUT_DIR !== 'out' ? { distDir: process.env.OUT_DIR } : {}),
};

export default nextConfig;
