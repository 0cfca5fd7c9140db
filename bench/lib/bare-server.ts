/**
 * The physical limit: a bare Node `http` server answering every request with the same bytes from memory,
 * in its own process like the site's server, so it shares the machine the same way.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const serverSource = `
const http = require('node:http');
const fs = require('node:fs');
const body = fs.readFileSync(process.env.BARE_BODY_FILE);
const server = http.createServer((request, response) => {
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length });
  response.end(body);
});
server.listen(Number(process.env.BARE_PORT), '127.0.0.1', () => process.send && process.send('listening'));
`;

export async function startBareServer(html: Buffer, port: number, workDir: string): Promise<ChildProcess> {
  const bodyFile = path.join(workDir, 'bare-article.html');
  fs.writeFileSync(bodyFile, html);
  const child = spawn(process.execPath, ['-e', serverSource], {
    env: { ...process.env, BARE_BODY_FILE: bodyFile, BARE_PORT: String(port) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('exit', (code) => reject(new Error(`the bare server exited (${code})`)));
  });
  return child;
}
