import restify from 'restify';
import type { Logger } from '../logger';
import { readJsonBody } from './read-json-body';
import { describeCatalogue } from '../services/describe-catalogue';
import type { HealthStore } from '../store/ports';

/** What a message handler writes its answer with (the Teams layer's endpoint uses no more). */
export interface MessageResponse {
  status(code: number): unknown;
  send(body?: unknown): unknown;
  end(): unknown;
}

/** Receives a Bot Framework request and runs the turn (the Teams layer supplies it). */
export type MessageHandler = (req: restify.Request, res: MessageResponse) => Promise<void>;

export interface ServerOptions {
  health: HealthStore;
  logger: Logger;
  onMessage: MessageHandler;
  maxBodyBytes: number;
  /** Local mode: /healthz adds the catalogue's counts (with credentials, anyone could read them). */
  healthCounts: boolean;
  /** What start-up is still doing ("seeding the bundled packs"), or undefined once the bot answers. */
  starting?: () => string | undefined;
}

/**
 * The HTTP surface: POST /api/messages for Teams, GET /healthz for the platform's probes (its status
 * only, unless `healthCounts`). While `starting` says what start-up is doing, /healthz answers 503
 * `{"status":"starting"}` (and what it is doing, in local mode), so a probe does not take the
 * instance for ready.
 * It knows nothing of Teams: the message handler comes from src/teams.
 */
export function createServer(options: ServerOptions): restify.Server {
  const server = restify.createServer({ name: 'council-board-bot', handleUncaughtExceptions: false });
  // NOTE: no restify body parser: it inflates gzip with no error handler (one request stopped the
  // process) and counts the limit in compressed bytes. Only this route reads a body, itself.
  server.post('/api/messages', async (req, res) => {
    const body = await readJsonBody(req, options.maxBodyBytes);
    if (!body.ok) {
      options.logger.warn({ method: req.method, url: req.url, status: body.status, reason: body.error }, 'request refused');
      if (body.status === 415) res.header('Accept-Encoding', 'identity');
      res.send(body.status, { error: body.error });
      return;
    }
    req.body = body.value;
    await options.onMessage(req, res);
  });

  server.get('/healthz', async (_req, res) => {
    const doing = options.starting?.();
    if (doing) {
      res.header('Retry-After', '5');
      res.json(503, options.healthCounts ? { status: 'starting', doing } : { status: 'starting' });
      return;
    }
    try {
      await options.health.ping();
      // NOTE: restify warns (on stdout, outside the JSON log) when an async handler returns a value.
      if (!options.healthCounts) {
        res.json(200, { status: 'ok' });
        return;
      }
      const summary = await describeCatalogue(options.health);
      res.json(200, { status: 'ok', store: 'reachable', counts: summary.counts });
    } catch (error) {
      options.logger.warn({ err: { message: (error as Error).message } }, 'health check: store not reachable');
      res.json(503, options.healthCounts ? { status: 'unavailable', store: 'unreachable' } : { status: 'unavailable' });
    }
  });

  server.on('restifyError', (req, _res, error, callback) => {
    options.logger.warn({ method: req.method, url: req.url, status: (error as { statusCode?: number }).statusCode }, 'request refused');
    return callback();
  });

  return server;
}

/** Starts listening; resolves with the bound port (useful when 0 asks for any free port). */
export function listen(server: restify.Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.removeListener('error', reject);
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}
