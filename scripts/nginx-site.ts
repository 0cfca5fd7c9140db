/**
 * Runs deploy/nginx/paradox.conf on loopback for `npm run test:cluster` and `npm run bench`: the site
 * as shipped, with only its listen address, upstream instances and cache folder rewritten, inside a
 * minimal nginx.conf whose files all live in one temporary folder.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const projectRoot = path.resolve(__dirname, '..');

/** deploy/nginx/paradox.conf: `proxy_cache_valid ... 5s`, the longest a page is served from nginx's cache. */
export const NGINX_CACHE_LIFETIME_MS = 5_000;

export function findNginx(): string | undefined {
  for (const candidate of ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx'])
    if (fs.existsSync(candidate)) return candidate;
  const which = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' });
  return which.status === 0 ? which.stdout.trim() : undefined;
}

export interface NginxSiteOptions {
  /** Folder for the configuration, cache, logs and temporary files. */
  dir: string;
  listenPort: number;
  upstreamPorts: readonly number[];
  /** `location` blocks added to the server before the site's own. */
  extraLocations?: string;
  workerProcesses?: number | 'auto';
  /** Off under load, where writing it would be part of what is measured. */
  accessLog?: boolean;
}

/** Writes nginx.conf (and the rewritten site) into `dir` and returns its path; `nginx -c` runs it. */
export function writeNginxConfig({
  dir,
  listenPort,
  upstreamPorts,
  extraLocations = '',
  workerProcesses = 1,
  accessLog = true,
}: NginxSiteOptions): string {
  const shipped = fs.readFileSync(path.join(projectRoot, 'deploy', 'nginx', 'paradox.conf'), 'utf8');
  const site = shipped
    .replace(
      /^\s*server 127\.0\.0\.1:3000 .*$/m,
      upstreamPorts.map((port) => `    server 127.0.0.1:${port} max_fails=3 fail_timeout=5s;`).join('\n'),
    )
    .replace(/^\s*listen \[::\]:80;\n/m, '')
    .replace(/^\s*listen 80;$/m, `    listen 127.0.0.1:${listenPort};`)
    .replace('/var/cache/nginx/paradox', path.join(dir, 'cache'))
    .replace(/^(\s*)location \/ \{$/m, `${extraLocations}$1location / {`);
  if (
    !site.includes(`listen 127.0.0.1:${listenPort};`) ||
    !site.includes(`127.0.0.1:${upstreamPorts.at(-1)}`) ||
    !site.includes('location / {')
  ) {
    throw new Error('deploy/nginx/paradox.conf no longer has the listen, upstream and location lines this rewrites');
  }
  fs.writeFileSync(path.join(dir, 'paradox.conf'), site);
  const temp = (name: string) => `${name}_temp_path ${path.join(dir, `${name}-temp`)};`;
  fs.writeFileSync(
    path.join(dir, 'nginx.conf'),
    [
      'daemon off;',
      `worker_processes ${workerProcesses};`,
      `pid ${path.join(dir, 'nginx.pid')};`,
      `error_log ${path.join(dir, 'error.log')} warn;`,
      'events { worker_connections 1024; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      `  access_log ${accessLog ? path.join(dir, 'access.log') : 'off'};`,
      `  ${temp('client_body')} ${temp('proxy')} ${temp('fastcgi')} ${temp('uwsgi')} ${temp('scgi')}`,
      `  include ${path.join(dir, 'paradox.conf')};`,
      '}',
      '',
    ].join('\n'),
  );
  return path.join(dir, 'nginx.conf');
}
