/**
 * Requests no browser sends, shared by the hostile-request spec and the soak test's hostile client:
 * raw HTTP (any path byte for byte, any Host or Origin), the build's server-action ids, and lists of
 * malformed addresses and action bodies.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

const projectRoot = path.resolve(__dirname, '..', '..');

export interface RawAnswer {
  status: number;
  body: string;
  retryAfter?: string;
}

export function sendRaw(
  port: number,
  method: string,
  target: string,
  headers: Record<string, string> = {},
  body?: string | Buffer,
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: '127.0.0.1', port, method, path: target, headers: { host: `localhost:${port}`, ...headers } },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text, retryAfter: response.headers['retry-after'] }));
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

export function multipartBody(fields: Array<[string, string]>): { body: string; contentType: string } {
  const boundary = `----paradox${Math.random().toString(16).slice(2)}`;
  const parts = fields.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  return { body: `${parts.join('')}--${boundary}--\r\n`, contentType: `multipart/form-data; boundary=${boundary}` };
}

export function postAction(
  port: number,
  target: string,
  actionId: string,
  fields: Array<[string, string]>,
  headers: Record<string, string> = {},
) {
  const { body, contentType } = multipartBody(fields);
  return sendRaw(port, 'POST', target, { 'content-type': contentType, 'next-action': actionId, ...headers }, body);
}

export interface BuildAction {
  id: string;
  name: string;
  /** Route files that hold it, e.g. `app/(site)/login/page`. */
  pages: string[];
}

/** Every server action of the production build, from Next's own manifest. */
export function buildActions(): BuildAction[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(projectRoot, '.next', 'server', 'server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { exportedName: string; workers: Record<string, unknown> }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => ({ id, name: entry.exportedName, pages: Object.keys(entry.workers) }));
}

/** A route file (`app/(site)/login/page`) as an address that page answers. */
export function addressOfRoute(route: string): string {
  return (
    `/${route
      .replace(/^app\//, '')
      .replace(/\/page$/, '')
      .replace(/\([^)]+\)\/?/g, '')
      .replace('[id]', '1')}`.replace(/\/$/, '') || '/'
  );
}

/** Paths whose percent-escapes are not UTF-8 (each answers 400). */
export const undecodablePaths = [
  '/%ff',
  '/%c0%af',
  '/%ED%A0%80',
  '/world/older/%ff',
  '/world/%ff',
  '/tag/%ff',
  '/author/%ff',
  '/media/%ff',
  '/%ff/%ff',
  '/editor/%ff',
];

/** Action arguments React's decoder cannot resolve (each answers 400). */
export const undecodableActionArguments = [
  `${'['.repeat(5000)}${']'.repeat(5000)}`,
  '["$F1"]',
  '["$Q5"]',
  '["$B1"]',
  `["$n${'9'.repeat(20_000)}"]`,
  '["$h1"]',
  '["$@5"]',
  '["$5"]',
  '["$i1"]',
  '["$Z"]',
  '["$A1"]',
  '["$R1"]',
  '{"a":1}',
  '["$1:a:b"]',
];

/**
 * The sign-in action's arguments as the sign-in form sends them: React names form data `_<id>_<field>`,
 * and its decoder reads the form's fields only if they come before the root part `0`.
 */
export function signInFields(email: string, password: string): Array<[string, string]> {
  return [
    ['_1_email', email],
    ['_1_password', password],
    ['_1_next', '/editor'],
    ['0', '[{"step":"password","message":null,"email":""},"$K1"]'],
  ];
}
