import path from 'node:path';
import type { NextConfig } from 'next';

// The project's own node_modules (same next and react as the site) sit two folders up.
const projectRoot = path.resolve(__dirname, '..', '..');

const nextConfig: NextConfig = {
  outputFileTracingRoot: projectRoot,
  turbopack: { root: projectRoot },
  poweredByHeader: false,
};

export default nextConfig;
