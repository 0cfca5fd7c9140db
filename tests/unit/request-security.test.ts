import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { clientAddressFrom } from '@/lib/client-address';
import { formFile, formValue, previousState } from '@/lib/form-data';
import { safeReturnPath } from '@/lib/paths';
import { isReadablePath } from '@/lib/request-target';
import { isCrossSiteWrite, prepareRequestSecurity, refuseMalformedAction, refuseUnsafeRequest } from '../../web/request-guard';
import { fixedSecurityHeaders, readerContentSecurityPolicy, staffContentSecurityPolicy, THEME_SCRIPT_HASH } from '@/lib/security-headers';

const request = (path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) =>
  new NextRequest(`http://news.example${path}`, {
    method: init.method ?? 'GET',
    headers: { host: 'news.example', ...init.headers },
    body: init.body,
  });

describe('content security policies', () => {
  it('lets reader pages keep one cacheable policy with no third-party or attribute scripts', () => {
    const policy = readerContentSecurityPolicy({ https: false });
    expect(policy).toContain("script-src 'self' 'unsafe-inline'");
    expect(policy).toContain("script-src-attr 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toMatch(/nonce|\*/);
    // Only frames name other origins (the embed providers' players): scripts, images and everything else stay on the site.
    expect(policy.split('; ').filter((directive) => /https?:\/\//.test(directive))).toEqual([expect.stringMatching(/^frame-src /)]);
    expect(policy).not.toContain('upgrade-insecure-requests');
    expect(readerContentSecurityPolicy({ https: true })).toContain('upgrade-insecure-requests');
  });

  it('gives staff pages a nonce with strict-dynamic and no unsafe-inline script', () => {
    const policy = staffContentSecurityPolicy('abcdefghijklmnop0123', { https: false });
    expect(policy).toContain(`script-src 'nonce-abcdefghijklmnop0123' ${THEME_SCRIPT_HASH} 'strict-dynamic'`);
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(() => staffContentSecurityPolicy("x' 'unsafe-inline", { https: false })).toThrow();
  });

  it('sends the fixed headers with every response', () => {
    const names = fixedSecurityHeaders({ https: false }).map((header) => header.key);
    expect(names).toEqual([
      'Content-Security-Policy',
      'X-Content-Type-Options',
      'Referrer-Policy',
      'X-Frame-Options',
      'Permissions-Policy',
      'Cross-Origin-Opener-Policy',
    ]);
  });

  it('makes a new nonce for every staff request, none for readers, and HSTS only over HTTPS', () => {
    const first = prepareRequestSecurity(request('/login'));
    const second = prepareRequestSecurity(request('/login'));
    expect(first.requestHeaders.get('content-security-policy')).toMatch(/'nonce-[^']{24}'/);
    expect(first.requestHeaders.get('content-security-policy')).not.toBe(second.requestHeaders.get('content-security-policy'));
    expect(prepareRequestSecurity(request('/politics')).requestHeaders.get('content-security-policy')).toBeNull();
    expect(prepareRequestSecurity(request('/login')).decorate(new Response()).headers.get('strict-transport-security')).toBeNull();
    const secure = prepareRequestSecurity(request('/', { headers: { 'x-forwarded-proto': 'https' } })).decorate(new Response());
    expect(secure.headers.get('strict-transport-security')).toBe('max-age=63072000; includeSubDomains');
  });
});

describe('cross-site and oversized requests', () => {
  it('refuses writes from another origin and lets same-origin and header-less ones through', () => {
    expect(isCrossSiteWrite(request('/editor', { method: 'POST', headers: { origin: 'https://evil.example' } }))).toBe(true);
    expect(isCrossSiteWrite(request('/editor', { method: 'POST', headers: { origin: 'null' } }))).toBe(true);
    expect(isCrossSiteWrite(request('/editor', { method: 'POST', headers: { 'sec-fetch-site': 'same-site' } }))).toBe(true);
    expect(isCrossSiteWrite(request('/editor', { method: 'POST', headers: { origin: 'http://news.example' } }))).toBe(false);
    expect(isCrossSiteWrite(request('/editor', { method: 'POST' }))).toBe(false);
    expect(isCrossSiteWrite(request('/editor', { headers: { origin: 'https://evil.example' } }))).toBe(false);
    expect(refuseUnsafeRequest(request('/editor', { method: 'POST', headers: { origin: 'https://evil.example' } }))?.status).toBe(403);
    // Route handlers that change something (Auth.js's sign-out) get the same check.
    expect(refuseUnsafeRequest(request('/api/auth/signout', { method: 'POST', headers: { origin: 'https://evil.example' } }))?.status).toBe(
      403,
    );
  });

  it('answers oversized and unmeasurable bodies with 413 and 411', () => {
    expect(
      refuseUnsafeRequest(request('/editor', { method: 'POST', headers: { 'content-length': String(7 * 1024 * 1024) } }))?.status,
    ).toBe(413);
    expect(refuseUnsafeRequest(request('/editor', { method: 'POST', headers: { 'content-length': String(5 * 1024 * 1024) } }))).toBeNull();
    expect(
      refuseUnsafeRequest(request('/api/auth/callback/credentials', { method: 'POST', headers: { 'content-length': String(65 * 1024) } }))
        ?.status,
    ).toBe(413);
    expect(refuseUnsafeRequest(request('/editor', { method: 'POST', headers: { 'transfer-encoding': 'chunked' } }))?.status).toBe(411);
  });

  it('refuses server-action bodies that cannot be decoded', async () => {
    const action = (contentType: string, body: string) =>
      request('/login', { method: 'POST', headers: { 'next-action': 'abc', 'content-type': contentType }, body });
    expect((await refuseMalformedAction(action('text/plain;charset=UTF-8', '{oops')))?.status).toBe(400);
    expect((await refuseMalformedAction(action('text/plain;charset=UTF-8', '{"a":1}')))?.status).toBe(400);
    expect((await refuseMalformedAction(action('text/plain;charset=UTF-8', '[{"form":"$K1"}]')))?.status).toBe(400);
    expect(await refuseMalformedAction(action('text/plain;charset=UTF-8', '["$$Kharbour", 2]'))).toBeNull();
    expect((await refuseMalformedAction(action('multipart/form-data; boundary=x', '--x\r\nbroken')))?.status).toBe(400);
    expect(await refuseMalformedAction(request('/login', { method: 'POST', body: '{oops' }))).toBeNull();
  });

  it('refuses references React cannot resolve, and streamed action bodies over the limit', async () => {
    const action = (body: string, headers: Record<string, string> = {}) =>
      request('/login', { method: 'POST', headers: { 'next-action': 'abc', 'content-type': 'text/plain', ...headers }, body });
    for (const body of [
      '["$F1"]',
      '["$Q5"]',
      '["$B1"]',
      `["$n${'9'.repeat(50)}"]`,
      `${'['.repeat(100)}${']'.repeat(100)}`,
      '["$1"]',
      '["$@1"]',
      '["$Z"]',
    ]) {
      expect((await refuseMalformedAction(action(body)))?.status, body).toBe(400);
    }
    expect(
      await refuseMalformedAction(action('[{"step":"password","message":null},"$undefined","$D2026-12-03T10:00:00.000Z","$n12","$0"]')),
    ).toBeNull();
    const streamed = action('x'.repeat(7 * 1024 * 1024), { 'transfer-encoding': 'chunked' });
    expect(refuseUnsafeRequest(streamed)).toBeNull();
    expect((await refuseMalformedAction(streamed))?.status).toBe(413);
  });

  it('reads forms posted without JavaScript that name an action', async () => {
    const form = (fields: Record<string, string>) => {
      const data = new FormData();
      for (const [name, value] of Object.entries(fields)) data.set(name, value);
      return new NextRequest('http://news.example/login', { method: 'POST', headers: { host: 'news.example' }, body: data });
    };
    const reference = JSON.stringify({ id: 'abc123', bound: '$@1' });
    expect((await refuseMalformedAction(form({ $ACTION_REF_1: '', '$ACTION_1:0': reference })))?.status).toBe(400);
    expect((await refuseMalformedAction(form({ $ACTION_REF_1: '', '$ACTION_1:0': reference, '$ACTION_1:1': '["$F2"]' })))?.status).toBe(
      400,
    );
    expect(
      await refuseMalformedAction(
        form({ $ACTION_REF_1: '', '$ACTION_1:0': reference, '$ACTION_1:1': '[{"step":"password"}]', email: 'a@b.c' }),
      ),
    ).toBeNull();
    expect(await refuseMalformedAction(form({ $ACTION_ID_abc123: '', email: 'a@b.c' }))).toBeNull();
  });

  it("compares an action's Origin with the host as Next.js does", () => {
    const post = (headers: Record<string, string>) => request('/login', { method: 'POST', headers });
    expect(isCrossSiteWrite(post({ host: '127.0.0.1:3000', origin: 'http://localhost:3000' }))).toBe(true);
    expect(isCrossSiteWrite(post({ host: 'internal:3000', 'x-forwarded-host': 'news.example', origin: 'https://news.example' }))).toBe(
      false,
    );
  });
});

describe('addresses', () => {
  it('answers 400 for paths whose escapes are not UTF-8', () => {
    for (const target of ['/%ff', '/%c0%af', '/%ED%A0%80', '/world/older/%ff']) expect(isReadablePath(target), target).toBe(false);
    for (const target of ['/', '/world?q=%ff', '/caf%C3%A9', '/%F0%9F%93%B0']) expect(isReadablePath(target), target).toBe(true);
  });

  it('returns to same-site paths only, percent-encoded', () => {
    expect(safeReturnPath('/editor/articles/3?tab=x')).toBe('/editor/articles/3?tab=x');
    expect(safeReturnPath('/／／x')).toBe('/%EF%BC%8F%EF%BC%8Fx');
    for (const value of ['//evil.example', '/\\evil.example', '/\t/evil.example', 'https://evil.example', 'editor', '', null, '/a\u0000']) {
      expect(safeReturnPath(value), String(value)).toBe('/editor');
    }
  });
});

describe('client address', () => {
  const headers = (value: string) => new Headers({ 'x-forwarded-for': value });
  it('trusts the right-most entry, skipping the configured proxies, and nothing a client wrote further left', () => {
    expect(clientAddressFrom(headers('198.51.100.7'), 0)).toBe('198.51.100.7');
    expect(clientAddressFrom(headers('6.6.6.6, 198.51.100.7'), 0)).toBe('198.51.100.7');
    expect(clientAddressFrom(headers('6.6.6.6, 198.51.100.7, 10.0.0.2'), 1)).toBe('198.51.100.7');
    expect(clientAddressFrom(headers('::ffff:127.0.0.1'), 0)).toBe('127.0.0.1');
    expect(clientAddressFrom(headers('2001:DB8::1'), 0)).toBe('2001:db8::1');
    expect(clientAddressFrom(headers('not-an-address'), 0)).toBeNull();
    expect(clientAddressFrom(new Headers(), 0)).toBeNull();
  });
});

describe('reading action forms', () => {
  it('reads anything but a form as empty fields', () => {
    const form = new FormData();
    form.set('title', 'Harbour');
    form.set('file', new File(['x'], 'x.png'));
    expect(formValue(form, 'title')).toBe('Harbour');
    expect(formValue(form, 'file')).toBe('');
    expect(formFile(form, 'file')).toBeInstanceOf(File);
    expect(formValue('a string', 'title')).toBe('');
    expect(formValue(null, 'title')).toBe('');
    expect(formFile({ get: () => 'x' }, 'file')).toBeNull();
    expect(previousState(null, { seq: 0 })).toEqual({ seq: 0 });
    expect(previousState({ seq: 3 }, { seq: 0 })).toEqual({ seq: 3 });
  });
});
