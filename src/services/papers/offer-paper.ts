import type { Actor } from '../../domain/directory';
import type { Outbox } from '../../store/ports';
import { consentAttachment } from '../../views/paper-consent';
import { buildPaper, type PaperContext, type PaperRequest } from './build-paper';

export type PaperOffer = { kind: 'refused'; message: string } | { kind: 'no-user' } | { kind: 'sent' };

/**
 * A Word file asked for in a channel or group chat, where Teams has no file consent: the consent card
 * goes to the person's 1:1 chat with the bot through the outbox (`messageKey`: the asking message, so
 * a redelivered press sends it once).
 */
export async function offerPaperInChat(ctx: PaperContext & { outbox: Outbox }, actor: Actor, request: PaperRequest, messageKey: string): Promise<PaperOffer> {
  const built = await buildPaper(ctx, actor, request);
  if (!built.ok) return { kind: 'refused', message: built.message };
  if (!actor.aadObjectId) return { kind: 'no-user' };
  await ctx.outbox.enqueue({
    key: `paper:${actor.aadObjectId}:${messageKey}`,
    target: { kind: 'user', aadObjectId: actor.aadObjectId },
    card: consentAttachment(built.paper, request) as unknown as Record<string, unknown>,
  });
  return { kind: 'sent' };
}
