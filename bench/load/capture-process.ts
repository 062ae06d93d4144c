/**
 * The load bench's stand-in for Teams' connector, in a process of its own so that answering the bot's
 * replies never waits behind the load generator: answers every POST at once as the real service does,
 * and counts the replies that acknowledge an update or a question. GET /counts returns the counts.
 * Prints its port on stdout when listening.
 */
import { createServer } from 'node:http';

const counts = { replies: 0, updates: 0, questions: 0 };
let next = 0;

const server = createServer((req, res) => {
  if (req.method === 'GET') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(counts));
    return;
  }
  let raw = '';
  req.setEncoding('utf8');
  req.on('data', (chunk: string) => (raw += chunk));
  req.on('end', () => {
    counts.replies += 1;
    if (raw.includes('updated this on')) counts.updates += 1;
    if (/Question received: Q\d+/.test(raw)) counts.questions += 1;
    next += 1;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(`{"id":"captured-${next}"}`);
  });
});

server.listen({ port: 0, host: '127.0.0.1', backlog: 4096 }, () => {
  const address = server.address();
  process.stdout.write(`${typeof address === 'object' && address ? address.port : 0}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
