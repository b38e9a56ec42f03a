// The harness's web server on 127.0.0.1: the scratch app's build, static pages, the installed
// package's files under /npm/hd-cockpit/ (as a CDN serves a published package), and the REST API
// under /api served by hd-cockpit's own msw handlers (createHandlers from hd-cockpit/mocks).
/* global URL, Request, Headers, Buffer -- Node globals */
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { Readable } from 'node:stream';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
};

function fileIn(root, urlPath) {
  const path = normalize(join(root, decodeURIComponent(urlPath)));
  if (path !== root && !path.startsWith(root + sep)) return undefined;
  if (existsSync(path) && statSync(path).isFile()) return path;
  if (existsSync(join(path, 'index.html'))) return join(path, 'index.html');
  return undefined;
}

/**
 * @param {{ roots: string[], packageDir: string, apiHandlers: (origin: string) => unknown[],
 *   getResponse: (handlers: unknown[], request: Request) => Promise<Response | undefined> }} o
 */
export async function startServer({ roots, packageDir, apiHandlers, getResponse }) {
  let handlers = [];
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, `http://${req.headers.host}`);
      if (url.pathname.startsWith('/api/')) {
        const chunks = [];
        for await (const chunk of req) chunks.push(chunk);
        const headers = new Headers();
        for (const [k, v] of Object.entries(req.headers)) {
          if (typeof v === 'string') headers.set(k, v);
        }
        const body = ['GET', 'HEAD'].includes(req.method) ? undefined : Buffer.concat(chunks);
        const response = await getResponse(
          handlers,
          new Request(url, { method: req.method, headers, body }),
          { quiet: true }, // msw logs each event-stream request to the console otherwise
        );
        if (!response) {
          res.writeHead(404).end();
          return;
        }
        res.writeHead(response.status, Object.fromEntries(response.headers));
        if (response.body)
          Readable.fromWeb(response.body)
            .on('error', () => res.end())
            .pipe(res);
        else res.end();
        return;
      }
      if (url.pathname === '/favicon.ico') {
        res.writeHead(204).end();
        return;
      }
      const file = url.pathname.startsWith('/npm/hd-cockpit/')
        ? fileIn(packageDir, url.pathname.slice('/npm/hd-cockpit/'.length))
        : roots.map((root) => fileIn(root, url.pathname)).find(Boolean);
      if (!file) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end(`not found: ${url.pathname}`);
        return;
      }
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      createReadStream(file).pipe(res);
    } catch (err) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(err?.stack ?? err));
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  handlers = apiHandlers(origin);
  return {
    origin,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
