import path from 'node:path';
import type { NextConfig } from 'next';

const projectRoot = path.resolve(__dirname);

const nextConfig: NextConfig = {
  // A lockfile in a parent folder must not make Next guess another workspace root.
  outputFileTracingRoot: projectRoot,
  turbopack: { root: projectRoot },
  poweredByHeader: false,
  // proxy.ts answers old WordPress addresses (often ending in /) with one 301, then strips slashes itself.
  skipTrailingSlashRedirect: true,
  serverExternalPackages: ['@libsql/client', 'libsql', '@node-rs/argon2', 'sharp'],
  experimental: {
    // Image uploads go through a server action; the data layer enforces the real 5 MB limit.
    serverActions: { bodySizeLimit: '6mb' },
  },
  images: {
    localPatterns: [{ pathname: '/media/**' }],
  },
};

export default nextConfig;
