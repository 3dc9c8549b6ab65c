import { existsSync } from 'node:fs';
import path from 'node:path';
import express from 'express';

/**
 * What the browser may load for the app's pages: its own scripts, styles and fonts, and the API
 * on the same origin; nothing from elsewhere (no CDN).
 */
const PAGE_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // Charts set inline style attributes.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

const NOT_BUILT = `<!doctype html>
<html lang="th"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>ระบบการมีส่วนร่วม สพม.ศรีสะเกษ ยโสธร — SESAO 28 participation platform</title></head>
<body><main><h1>ระบบการมีส่วนร่วมของผู้รับบริการและผู้มีส่วนได้ส่วนเสีย</h1>
<p>หน้าเว็บยังไม่ได้สร้าง: รัน <code>npm start</code> (หรือ <code>npx tsx gateway/web/build.ts</code>)</p>
<p lang="en">The web app is not built: run <code>npm start</code> (or <code>npx tsx gateway/web/build.ts</code>). The API is at <code>POST /graphql</code>.</p>
</main></body></html>`;

/**
 * The built web app (gateway/web, `vite build`) at `/`: its hashed assets cached for good, and
 * index.html for every other page address (the app routes in the browser). Paths the gateway
 * answers itself (`reserved`) are never taken, whatever order express meets them in.
 */
export function webAppRouter(dir: string | undefined, reserved: readonly string[]): express.Router {
  const router = express.Router();
  const index = dir ? path.join(dir, 'index.html') : undefined;
  const isReserved = (p: string) => reserved.some((prefix) => p === prefix || p.startsWith(`${prefix}/`));
  if (dir) {
    router.use('/assets', express.static(path.join(dir, 'assets'), { immutable: true, maxAge: '365d', index: false, fallthrough: false }));
  }
  router.get(/.*/, (req, res, next) => {
    if (isReserved(req.path) || path.extname(req.path)) return next();
    res.set({
      'Content-Security-Policy': PAGE_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'same-origin',
      'Cache-Control': 'no-cache',
    });
    if (index && existsSync(index)) res.sendFile(index);
    else res.type('html').send(NOT_BUILT);
  });
  return router;
}
