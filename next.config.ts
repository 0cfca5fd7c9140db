import path from 'node:path';
import type { NextConfig } from 'next';
import { MAX_ACTION_BODY_BYTES } from './lib/request-limits';
import { fixedSecurityHeaders } from './lib/security-headers';

const projectRoot = path.resolve(__dirname);

const nextConfig: NextConfig = {
  // A lockfile in a parent folder must not make Next guess another workspace root.
  outputFileTracingRoot: projectRoot,
  turbopack: { root: projectRoot },
  poweredByHeader: false,
  serverExternalPackages: ['@libsql/client', 'libsql', '@node-rs/argon2', 'sharp'],
  experimental: {
    // Image uploads go through a server action; the data layer enforces the real 5 MB limit, and the
    // proxy refuses larger bodies with a 413 before they reach it.
    serverActions: { bodySizeLimit: MAX_ACTION_BODY_BYTES },
  },
  images: {
    localPatterns: [{ pathname: '/media/**' }],
  },
  async headers() {
    // Fixed headers on every response; the proxy adds the staff pages' nonce policy and HSTS per request.
    return [{ source: '/:path*', headers: fixedSecurityHeaders({ https: false, development: process.env.NODE_ENV === 'development' }) }];
  },
};

export default nextConfig;
