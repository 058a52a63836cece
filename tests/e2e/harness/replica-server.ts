import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { ROOT } from './prepare';

/** One request the replicas' server answered. */
export interface ServedRequest {
  host: string;
  path: string;
  /** Where the request came from: always loopback, or something left the machine. */
  remoteAddress: string;
}

const FIXTURES = join(ROOT, 'tests/fixtures');
const SITE_DIRS: Record<string, string> = {
  'www.facebook.com': 'facebook',
  'web.facebook.com': 'facebook',
  'm.facebook.com': 'facebook-mobile',
  'business.facebook.com': 'business-suite',
  'www.instagram.com': 'instagram',
  'x.com': 'x',
  'pro.x.com': 'x',
  'www.littleacorns.example': 'nursery-website',
};
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/**
 * Serves each site's replica over HTTPS on loopback, choosing the site by the
 * Host header: a file in the site's folder when the path names one, the shared
 * kit at /replica-kit.js, and the site's index.html for every other path (the
 * sites are single-page apps that route on the client).
 */
export async function serveReplicas(certDir: string): Promise<{ port: number; served: ServedRequest[]; close(): Promise<void> }> {
  const served: ServedRequest[] = [];
  const server: Server = createServer(
    { key: readFileSync(join(certDir, 'key.pem')), cert: readFileSync(join(certDir, 'cert.pem')) },
    (request, response) => {
      const host = (request.headers.host ?? '').replace(/:\d+$/, '');
      const path = new URL(request.url ?? '/', 'https://replica').pathname;
      served.push({ host, path, remoteAddress: request.socket.remoteAddress ?? '' });
      const site = SITE_DIRS[host];
      if (!site) {
        response.writeHead(404).end();
        return;
      }
      const file = path === '/replica-kit.js' ? join(FIXTURES, 'replica-kit.js') : join(FIXTURES, site, normalize(path).replace(/^(\.\.[/\\])+/, ''));
      // A script or style the replica loads is a file; any other address (Facebook's /plugins/comments.php too) is a route.
      const asset = extname(path) in TYPES;
      const found = asset && existsSync(file) ? file : join(FIXTURES, site, 'index.html');
      if (asset && found !== file) {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, { 'content-type': TYPES[extname(found)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      response.end(readFileSync(found));
    },
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    served,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
