import { readableReply, startReplyCapture } from './replies/reply-capture';

const usage = 'Usage: npm run replies [-- --port <port, default 9999>]\n';

/**
 * `npm run replies`: listens on 127.0.0.1:9999 as Teams' connector would, and prints every reply the
 * bot sends there (an activity whose serviceUrl is http://127.0.0.1:9999/), as a person would read
 * it. Ctrl+C stops it.
 */
async function main(argv: string[]): Promise<void> {
  const at = argv.indexOf('--port');
  const port = at >= 0 ? Number(argv[at + 1]) : 9999;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(usage);
    process.exit(2);
  }
  const capture = await startReplyCapture({
    port,
    onReply: ({ activity }) => process.stdout.write(`\n--- reply (${String(activity.type ?? 'activity')}) ---\n${readableReply(activity)}\n`),
  }).catch((error: Error) => {
    process.stderr.write(`Could not listen on 127.0.0.1:${port}: ${error.message}\n`);
    process.exit(1);
  });
  process.stdout.write(`Printing the bot's replies sent to http://127.0.0.1:${capture.port}/ (Ctrl+C stops).\n`);
  const stop = () => void capture.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

void main(process.argv.slice(2));
