import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import type { Duplex } from 'node:stream';
import { SITE_HOSTS } from '../harness/prepare';

/** A proxy that Firefox sends every connection through: the sites' hosts reach the replicas, nothing else goes anywhere. */
export interface SiteProxy {
  port: number;
  /** Every host Firefox asked to reach, allowed or not. */
  asked: string[];
  close(): Promise<void>;
}

/**
 * Firefox has no flag like Chromium's host-resolver rules, so it is pointed at
 * this proxy instead: a CONNECT to one of the sites' hosts on port 443 is piped
 * to the replicas' HTTPS server on loopback, and every other request is refused.
 */
export async function proxySitesTo(replicaPort: number): Promise<SiteProxy> {
  const asked: string[] = [];
  const sockets = new Set<Duplex>();
  const server: Server = createServer((request, response) => {
    asked.push(request.headers.host ?? '');
    response.writeHead(403).end();
  });
  server.on('connect', (request, client, head) => {
    const [host, port] = (request.url ?? '').split(':');
    asked.push(host);
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    if (!(SITE_HOSTS as readonly string[]).includes(host) || port !== '443') {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(replicaPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('close', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    asked,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
