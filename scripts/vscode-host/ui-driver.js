// A small HTTP side channel through which extension tests drive the real workbench UI: the test (inside the
// extension host) cannot reach the page, the runner that opened it in chromium can. The runner starts this
// server and hands its URL to the extension host (RR_UI_DRIVER); a test asks it to click, waits for the
// answer, then asserts the effect through the VS Code API.
//
//   POST <url>/click   body {"selector": "<playwright selector>", "timeoutMs"?: n}
//     clicks the first element that matches once it is visible (playwright waits and retries), answers
//     {"ok": true} or, on failure, {"ok": false, "error": ..., "rows": [aria-labels of the visible list rows]}
//
// The body is sent as text/plain and every answer allows any origin, so a web worker extension host (VS Code for
// the Web, another origin) can call it without a CORS preflight. Listens on 127.0.0.1 only.
'use strict';
const http = require('http');

/** @param {() => import('playwright-core').Page | undefined} pageOf the workbench page, once there is one */
function startUiDriver(pageOf) {
  const server = http.createServer((req, res) => {
    const answer = (status, body) => {
      res.writeHead(status, { 'content-type': 'application/json', 'access-control-allow-origin': '*', 'access-control-allow-headers': '*' });
      res.end(JSON.stringify(body));
    };
    if (req.method === 'OPTIONS') return answer(204, {});
    if (req.method !== 'POST' || req.url !== '/click') return answer(404, { ok: false, error: `no ${req.method} ${req.url}` });
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', async () => {
      const page = pageOf();
      let selector = '';
      try {
        const o = JSON.parse(body);
        selector = String(o.selector);
        if (!page) throw new Error('no workbench page yet');
        await page.locator(selector).first().click({ timeout: Math.min(Number(o.timeoutMs) || 10000, 60000) });
        answer(200, { ok: true });
      } catch (e) {
        const rows = page ? await page.locator('.monaco-list-row').evaluateAll((els) => els.map((el) => el.getAttribute('aria-label'))).catch(() => []) : [];
        answer(200, { ok: false, error: `${selector}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`, rows });
      }
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.unref();
      resolve({ url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() });
    });
  });
}

module.exports = { startUiDriver };
