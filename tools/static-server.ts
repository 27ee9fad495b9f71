import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
};

export interface StaticServer {
  /** `http://HOST:PORT`, HOST being 127.0.0.1 unless another was asked for. */
  readonly origin: string;
  /** Absolute URL of a served path, e.g. `url('/fixtures/mentions.html')`. */
  url(path: string): string;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  /**
   * Extra response headers for a path, e.g. a Content-Security-Policy for hostile
   * fixtures or to keep a saved page's own scripts from running.
   */
  headersFor?(pathname: string): Record<string, string> | undefined;
  /**
   * Loopback address to listen on: 127.0.0.1 unless given. Tests that need a second site use
   * `secondLoopbackHost` (127.0.0.2), which the browsers are also allowed to reach.
   */
  host?: string;
}

/**
 * Serves folders on 127.0.0.1 (or `options.host`) at an ephemeral port, each under its own
 * prefix: `startStaticServer({ '/demo': demoDir, '/fixtures': fixturesDir })`.
 * Read-only, no directory listings; a folder's index.html answers for the folder.
 */
export async function startStaticServer(
  mounts: Record<string, string>,
  options: StaticServerOptions = {},
): Promise<StaticServer> {
  const host = options.host ?? '127.0.0.1';
  const prefixes = Object.entries(mounts)
    .map(([prefix, dir]) => [`/${prefix.replace(/^\/+|\/+$/g, '')}`, normalize(dir)] as const)
    .sort(([a], [b]) => b.length - a.length);

  const resolveFile = async (pathname: string): Promise<string | undefined> => {
    for (const [prefix, dir] of prefixes) {
      const inside = prefix === '/' || pathname === prefix || pathname.startsWith(`${prefix}/`);
      if (!inside) continue;
      const candidate = normalize(join(dir, pathname.slice(prefix.length)));
      // Refuse anything that resolves outside the mounted folder.
      if (candidate !== dir && !candidate.startsWith(dir + sep)) return undefined;
      const info = await stat(candidate).catch(() => undefined);
      if (info?.isFile()) return candidate;
      if (info?.isDirectory()) {
        const index = join(candidate, 'index.html');
        if ((await stat(index).catch(() => undefined))?.isFile()) return index;
      }
    }
    return undefined;
  };

  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    resolveFile(pathname).then(
      (file) => {
        if (!file || (request.method !== 'GET' && request.method !== 'HEAD')) {
          response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
          return;
        }
        response.writeHead(200, {
          'content-type': contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream',
          'cache-control': 'no-store',
          ...options.headersFor?.(pathname),
        });
        if (request.method === 'HEAD') response.end();
        else createReadStream(file).pipe(response);
      },
      () => response.writeHead(500).end(),
    );
  });

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(0, host, resolveListen);
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://${host}:${port}`;

  return {
    origin,
    url: (path) => new URL(path, origin).href,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}
