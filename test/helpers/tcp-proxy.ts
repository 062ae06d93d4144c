import { createServer, connect, type Server, type Socket } from 'node:net';

/**
 * A loopback TCP proxy in front of PostgreSQL that a test can cut (every connection dropped, new ones
 * refused) and restore, to play "the database went away" for real. `cutOn` drops everything the
 * moment the client sends bytes containing the given text (e.g. a statement mid-transaction).
 */
export async function startTcpProxy(target: { host: string; port: number }): Promise<{
  port: number;
  cut(): Promise<void>;
  restore(): Promise<void>;
  cutOn(text: string): void;
  close(): Promise<void>;
}> {
  const sockets = new Set<Socket>();
  let trigger: string | undefined;
  let server: Server;
  let port = 0;

  const drop = () => {
    for (const socket of sockets) socket.destroy();
    sockets.clear();
  };

  const listen = () =>
    new Promise<void>((resolve) => {
      server = createServer((client) => {
        const upstream = connect(target.port, target.host);
        sockets.add(client);
        sockets.add(upstream);
        client.on('data', (chunk: Buffer) => {
          if (trigger && chunk.toString('latin1').includes(trigger)) {
            trigger = undefined;
            void api.cut();
            return;
          }
          upstream.write(chunk);
        });
        upstream.on('data', (chunk: Buffer) => client.write(chunk));
        const end = () => {
          client.destroy();
          upstream.destroy();
          sockets.delete(client);
          sockets.delete(upstream);
        };
        client.on('error', end).on('close', end);
        upstream.on('error', end).on('close', end);
      });
      server.listen(port, '127.0.0.1', () => {
        const address = server.address();
        port = typeof address === 'object' && address ? address.port : port;
        resolve();
      });
    });

  const api = {
    get port() {
      return port;
    },
    async cut() {
      drop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
    async restore() {
      await listen();
    },
    cutOn(text: string) {
      trigger = text;
    },
    async close() {
      drop();
      await new Promise<void>((resolve) => (server.listening ? server.close(() => resolve()) : resolve()));
    },
  };
  await listen();
  return api;
}
