import net from 'node:net';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** Sends raw bytes, for requests fetch refuses to make. */
function rawRequest(port: number, payload: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.end(payload));
    let data = '';
    socket.on('data', (c) => (data += c.toString()));
    socket.on('end', () => resolve(data));
    socket.on('error', reject);
  });
}

describe('errors the framework raises', () => {
  it('answers an unknown route with 404 ROUTE_NOT_FOUND', async () => {
    const res = await t.anonymous.request('GET', '/api/v1/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('ROUTE_NOT_FOUND');
    const post = await t.anonymous.request('DELETE', '/api/v1/catalog');
    expect(post.status).toBe(404);
  });

  it('answers a body over the limit with 413', async () => {
    const huge = JSON.stringify({ email: 'a@b.example', password: 'x'.repeat(1_100_000) });
    const res = await t.anonymous.request('POST', '/api/v1/auth/login', huge);
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers a URL over the limit with 414, and oversized headers with 431', async () => {
    const res = await t.anonymous.request('GET', `/api/v1/tenants?q=${'a'.repeat(9000)}`);
    expect(res.status).toBe(414);
    expect(res.body.error.code).toBe('URL_TOO_LONG');
    const port = Number(new URL(t.baseUrl).port);
    const answer = await rawRequest(port, `GET /api/v1/health?x=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: localhost\r\n\r\n`);
    expect(answer).toMatch(/^HTTP\/1.1 431/);
    expect(answer).toContain('"HEADERS_TOO_LARGE"');
  });

  it('answers garbage that is not HTTP with 400 in the error shape', async () => {
    const port = Number(new URL(t.baseUrl).port);
    const answer = await rawRequest(port, 'NOT HTTP AT ALL\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1.1 400/);
    expect(answer).toContain('"BAD_REQUEST"');
  });

  it('takes an empty JSON body as no body: a required body is then reported missing', async () => {
    const res = await t.anonymous.request('POST', '/api/v1/auth/login', '', { 'content-type': 'application/json' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
  });

  it('refuses prototype poisoning in JSON', async () => {
    const res = await t.anonymous.request('POST', '/api/v1/auth/login', '{"email":"a@b.example","password":"x","__proto__":{"admin":true}}');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('MALFORMED_JSON');
  });

  it('reports the database in /health', async () => {
    const res = await t.anonymous.request('GET', '/api/v1/health');
    expect(res.body).toMatchObject({ status: 'ok', database: 'up' });
  });
});

describe('the API description', () => {
  it('is valid OpenAPI 3.1 by a real linter, and lists every route', async () => {
    const res = await t.anonymous.request('GET', '/api/v1/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    const config = await createConfig({ extends: ['recommended'], rules: { 'operation-4xx-response': 'off', 'info-license-url': 'off' } });
    const problems = await lintFromString({ source: res.text, absoluteRef: 'openapi.json', config });
    const errors = problems.filter((p) => p.severity === 'error');
    expect(errors.map((e) => `${e.ruleId}: ${e.message} @ ${e.location[0]?.pointer}`)).toEqual([]);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining(['/health', '/auth/login', '/auth/logout', '/me', '/tokens', '/tokens/{id}', '/catalog', '/locations', '/tenants', '/tenants/{id}']),
    );
    expect(res.body.components.schemas.ErrorResponse).toBeDefined();
  });

  it('has a docs page', async () => {
    const res = await fetch(`${t.baseUrl}/api/v1/docs/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<html');
  });
});
