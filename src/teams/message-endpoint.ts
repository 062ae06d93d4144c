import type { Request, Response } from 'botbuilder';
import type { TeamsAdapter } from '@microsoft/teams-ai';
import type { Bot } from './app';
import { activityProblem } from './activity-schema';
import { mayBeBotFrameworkToken } from './token-precheck';

interface HttpRequest {
  headers: Record<string, string | string[] | undefined>;
  body?: unknown;
}

interface HttpResponse {
  status(code: number): void;
  send(body: unknown): void;
  end(): void;
}

/**
 * POST /api/messages: in credentialed mode a request whose token cannot be a Bot Framework token is
 * refused at once (401); an activity missing or mistyping a field the bot reads is refused with 400;
 * the adapter then validates the token in full and runs the turn.
 */
export function messageEndpoint(adapter: TeamsAdapter, bot: Bot, botId?: string) {
  return async (req: HttpRequest, res: HttpResponse): Promise<void> => {
    if (botId) {
      const header = req.headers.authorization;
      if (!mayBeBotFrameworkToken(Array.isArray(header) ? header[0] : header, botId)) {
        res.status(401);
        res.end();
        return;
      }
    }
    const problem = activityProblem(req.body);
    if (problem) {
      res.status(400);
      // NOTE: with credentials on, the caller may not be Teams yet (the full token check comes after),
      // so it learns nothing about what the bot expects.
      res.send(botId ? { error: 'invalid activity' } : { error: 'invalid activity', detail: problem });
      return;
    }
    await adapter.process(req as unknown as Request, res as unknown as Response, (context) => bot.handleTurn(context));
  };
}
