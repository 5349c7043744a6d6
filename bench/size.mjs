// What a first visit downloads: a fresh headless Chromium opens the home page,
// the FAQ and the first step of the wizard against the release server; every
// response is listed with its raw, gzip (level 9) and brotli (quality 11)
// size, then the totals. Prints a table; writes bench/out/size.json.
import { writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { startServer, launchBrowser } from '../tests/support.mjs';

const pages = [
  ['home', '/'],
  ['faq', '/faq'],
  ['apply', '/apply'],
];

const server = await startServer();
const browser = await launchBrowser();
const results = {};
try {
  for (const [name, path] of pages) {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
    const page = await context.newPage();
    const files = new Map();
    page.on('response', async (response) => {
      try {
        const body = await response.body();
        const url = new URL(response.url());
        files.set(url.pathname, {
          path: url.pathname,
          type: (response.headers()['content-type'] || '').split(';')[0],
          raw: body.length,
          gzip: gzipSync(body, { level: 9 }).length,
          brotli: brotliCompressSync(body, {
            params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
          }).length,
        });
      } catch { /* redirects and aborted requests have no body */ }
    });
    await page.goto(server.url + path, { waitUntil: 'networkidle' });
    await page.waitForSelector('main h1');
    await context.close();
    const list = [...files.values()].sort((a, b) => b.brotli - a.brotli);
    const total = list.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }),
      { raw: 0, gzip: 0, brotli: 0 });
    results[name] = { path, files: list, total };
    console.log(`\n${name} (${path}): ${list.length} responses`);
    console.log('  raw B       gzip B    brotli B  type                      path');
    for (const f of list) {
      console.log(`  ${String(f.raw).padStart(9)} ${String(f.gzip).padStart(9)} ${String(f.brotli).padStart(10)}  ${f.type.padEnd(25)} ${f.path}`);
    }
    console.log(`  ${String(total.raw).padStart(9)} ${String(total.gzip).padStart(9)} ${String(total.brotli).padStart(10)}  total (target: 200 000 B brotli)`);
  }
} finally {
  await browser.close();
  await server.stop();
}
writeFileSync(new URL('out/size.json', import.meta.url), JSON.stringify(results, null, 2));
