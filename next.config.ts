import path from 'node:path';
import type { NextConfig } from 'next';

const projectRoot = path.resolve(__dirname);

const nextConfig: NextConfig = {
  // A lockfile in a parent folder must not make Next guess another workspace root.
  outputFileTracingRoot: projectRoot,
  turbopack: { root: projectRoot },
  poweredByHeader: false,
  serverExternalPackages: ['@libsql/client', 'libsql'],
};

export default nextConfig;
