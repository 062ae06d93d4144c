import type { Logger } from '../logger';
import type { ReusingTeamsAdapter } from './adapter';
import type { Bot } from './app';
import { activityProblem, toActivity } from './activity-schema';
import { verifyBotToken } from './bot-token';
import type { SigningKeys } from './signing-keys';

interface HttpRequest {
  headers: Record<string, string | string[] | undefined>;
  body?: unknown;
}

interface HttpResponse {
  status(code: number): void;
  send(body: unknown): void;
  end(): void;
}

export interface EndpointOptions {
  /** BOT_ID; absent in local mode, where no token is asked for. */
  botId?: string;
  keys: SigningKeys;
  logger: Logger;
  now?: () => number;
}

function answer(res: HttpResponse, status: number, body?: unknown): void {
  res.status(status);
  if (body !== undefined) res.send(body);
  res.end();
}

const field = (body: unknown, name: string): unknown => (body && typeof body === 'object' ? (body as Record<string, unknown>)[name] : undefined);

/** The status for a failure botbuilder threw: its own refusal of the token, an unreachable key endpoint, or else. */
function failureStatus(error: unknown): 401 | 503 | 500 {
  const { statusCode, name } = (error ?? {}) as { statusCode?: number; name?: string };
  if (statusCode === 401) return 401;
  if (name === 'FetchError' || (statusCode !== undefined && statusCode >= 500)) return 503;
  return 500;
}

const refusals: Record<number, string> = { 401: 'unauthorized', 503: 'unavailable, try again', 500: 'internal error' };

/**
 * POST /api/messages. In credentialed mode the token is checked in full first (bot-token.ts): any
 * failure is 401, or 503 when the signing keys cannot be fetched, with one log line and nothing of
 * why in the answer. An activity missing or mistyping a field the bot reads is 400. The adapter then
 * authenticates it again (botbuilder) and runs the turn; what it throws is answered here, the same way.
 */
export function messageEndpoint(adapter: ReusingTeamsAdapter, bot: Bot, options: EndpointOptions) {
  const { botId, keys, logger, now = Date.now } = options;
  const refuse = (res: HttpResponse, status: 401 | 503 | 500, reason: string) => {
    logger.warn({ status, reason }, 'request refused: authentication');
    answer(res, status, { error: refusals[status] });
  };
  return async (req: HttpRequest, res: HttpResponse): Promise<void> => {
    let authorization = '';
    if (botId) {
      const header = req.headers.authorization;
      const expected = { botId, channelId: field(req.body, 'channelId'), serviceUrl: field(req.body, 'serviceUrl'), nowSeconds: now() / 1000 };
      const verdict = await verifyBotToken(Array.isArray(header) ? header[0] : header, expected, keys);
      if (!verdict.ok) return refuse(res, verdict.status, verdict.reason);
      authorization = verdict.authorization;
    }
    const problem = activityProblem(req.body);
    if (problem) {
      // NOTE: with credentials on, only Teams gets this far; still, it learns nothing of what the bot expects.
      return answer(res, 400, botId ? { error: 'invalid activity' } : { error: 'invalid activity', detail: problem });
    }
    try {
      const invoke = await adapter.run(authorization, toActivity(req.body as Record<string, unknown>), (context) => bot.handleTurn(context));
      answer(res, invoke?.status ?? 200, invoke?.body);
    } catch (error) {
      const status = failureStatus(error);
      if (status !== 500) return refuse(res, status, `botbuilder: ${String((error as Error).message).slice(0, 120)}`);
      logger.error({ status, err: { name: (error as Error).name, message: (error as Error).message } }, 'the adapter could not run the activity');
      answer(res, status, { error: refusals[status] });
    }
  };
}
