import type { Request, Response } from 'botbuilder';
import type { TeamsAdapter } from '@microsoft/teams-ai';
import type { Bot } from './app';
import { mayBeBotFrameworkToken } from './token-precheck';

interface HttpRequest {
  headers: Record<string, string | string[] | undefined>;
}

interface HttpResponse {
  status(code: number): void;
  end(): void;
}

/**
 * POST /api/messages: in credentialed mode a request whose token cannot be a Bot Framework token is
 * refused at once; the adapter then validates the rest and runs the turn.
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
    await adapter.process(req as unknown as Request, res as unknown as Response, (context) => bot.handleTurn(context));
  };
}
