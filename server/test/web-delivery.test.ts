import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMMUTABLE, installCompression, installWebApp, REVALIDATE } from '../src/platform/web-delivery';
import { startTestApp, type TestApp } from './harness';

/* What a phone on a slow line gets: compressed bytes, hashed assets cached for a year, index.html re-checked. */

const script = `export const greeting = ${JSON.stringify('नमस्ते '.repeat(400))};\n`;
const indexHtml = `<!doctype html><html lang="en"><head><title>Kshamata</title></head><body><div id="root">${'<p>shell</p>'.repeat(200)}</div></body></html>`;
let root: string;
let web: FastifyInstance;

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'ksh-web-'));
  fs.mkdirSync(path.join(root, 'assets'));
  const asset = path.join(root, 'assets', 'index-AbC123.js');
  fs.writeFileSync(asset, script);
  // The build writes these copies (web/scripts/precompress.ts); marked so the test sees which bytes were sent.
  fs.writeFileSync(`${asset}.br`, zlib.brotliCompressSync(`${script}// br`));
  fs.writeFileSync(`${asset}.gz`, zlib.gzipSync(`${script}// gz`));
  fs.writeFileSync(path.join(root, 'index.html'), indexHtml);
  fs.writeFileSync(path.join(root, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  web = Fastify();
  await installCompression(web);
  web.get('/api/big', async () => ({ items: Array.from({ length: 200 }, (_, i) => ({ i, name: `item ${i}` })) }));
  web.get('/api/small', async () => ({ ok: true }));
  await installWebApp(web, root);
});
afterAll(async () => {
  await web?.close();
  fs.rmSync(root, { recursive: true, force: true });
});

const get = (url: string, encoding?: string) => web.inject({ method: 'GET', url, headers: encoding ? { 'accept-encoding': encoding } : {} });

describe('static web app', () => {
  it('sends the brotli copy written at build to a browser that accepts br, the gzip one otherwise, and the file itself to others', async () => {
    const br = await get('/assets/index-AbC123.js', 'gzip, deflate, br');
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(zlib.brotliDecompressSync(br.rawPayload).toString()).toBe(`${script}// br`);
    expect(br.rawPayload.length).toBeLessThan(Buffer.byteLength(script) / 5);

    const gz = await get('/assets/index-AbC123.js', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.rawPayload).toString()).toBe(`${script}// gz`);

    const plain = await get('/assets/index-AbC123.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);
  });

  it('caches hashed assets for a year as immutable; index.html, app paths and unhashed files are re-checked', async () => {
    for (const encoding of [undefined, 'br', 'gzip']) {
      expect((await get('/assets/index-AbC123.js', encoding)).headers['cache-control']).toBe(IMMUTABLE);
    }
    for (const url of ['/', '/courses', '/plans/123?tab=people', '/favicon.svg']) {
      const res = await get(url, 'br');
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe(REVALIDATE);
    }
  });

  it('compresses the app shell and JSON over 1 KB for clients that ask, and leaves small replies as they are', async () => {
    const page = await get('/courses', 'br');
    expect(page.headers['content-encoding']).toBe('br');
    expect(zlib.brotliDecompressSync(page.rawPayload).toString()).toBe(indexHtml);
    const big = await get('/api/big', 'gzip');
    expect(big.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(zlib.gunzipSync(big.rawPayload).toString()).items).toHaveLength(200);
    const small = await get('/api/small', 'br');
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.json()).toEqual({ ok: true });
    expect((await get('/api/big')).headers['content-encoding']).toBeUndefined();
  });

  it('does not serve the compressed copies as pages of their own, nor files outside the build', async () => {
    const copy = await get('/assets/index-AbC123.js.br.missing');
    expect(copy.headers['content-type']).toMatch(/text\/html/);
    const outside = await get('/../package.json');
    expect(outside.body).not.toContain('"dependencies"');
  });

  it('answers 404 for a missing file (an old chunk, /favicon.ico), not the page a browser would try to run as a script', async () => {
    for (const url of ['/assets/index-Old999.js', '/favicon.ico', '/assets/index-Old999.css']) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.body, url).not.toContain('<div id="root">');
    }
    const page = await get('/courses/abc');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<div id="root">');
  });
});

describe('the platform app', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ work: false });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('compresses API JSON when asked (the OpenAPI document, in brotli)', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json', headers: { 'accept-encoding': 'br' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    const doc = JSON.parse(zlib.brotliDecompressSync(res.rawPayload).toString());
    expect(doc.openapi).toMatch(/^3\./);
    expect(res.rawPayload.length).toBeLessThan(JSON.stringify(doc).length / 4);
  });
});
