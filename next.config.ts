import type { NextConfig } from 'next';

/** A fully static export: every page is HTML at build time; scripts/post-build.ts then strips Next's runtime. */
const nextConfig: NextConfig = {
  output: 'export',
  trailingSlash: true,
  poweredByHeader: false,
  reactStrictMode: true,
  images: { unoptimized: true },
};

export default nextConfig;
