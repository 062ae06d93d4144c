import type { TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import { z } from 'zod';
import { buildPaper, type PaperRequest, paperRequest } from '../../services/papers/build-paper';
import { offerPaperInChat } from '../../services/papers/offer-paper';
import { consentAttachment, fileInfoAttachment } from '../../views/paper-consent';
import { toActor } from '../actor';
import type { BotDeps } from '../deps';
import { uploadFile } from '../files/transfer';
import type { AppTurnState } from '../turn-state';
import { onCardVerb } from './card-verbs';

export { FILE_CONSENT, FILE_INFO } from '../../views/paper-consent';

/** The upload itself: a Word paper is tens of kilobytes, and the invoke must be answered soon. */
const UPLOAD_TIMEOUT_MS = 10_000;

/** What Teams sends back when the person presses Allow or Decline on a file consent card. */
const consentAnswer = z.object({
  action: z.enum(['accept', 'decline']),
  context: z.object({ paper: paperRequest }),
  uploadInfo: z
    .object({
      name: z.string().min(1).max(400),
      uploadUrl: z.string().min(1),
      contentUrl: z.string().min(1).max(4096),
      uniqueId: z.string().max(400).optional(),
      fileType: z.string().max(40).optional(),
    })
    .optional(),
});

export const isPersonal = (context: TurnContext) => context.activity.conversation?.conversationType === 'personal';

const paperContext = (deps: BotDeps) => ({ stores: deps.stores, directory: deps.directory, now: deps.clock(), timeZone: deps.timeZone });

/** In a 1:1 chat, sends the file consent card for a paper; the reason when it cannot be had. */
export async function sendConsentCard(context: TurnContext, deps: BotDeps, request: PaperRequest): Promise<string | undefined> {
  const built = await buildPaper(paperContext(deps), toActor(context.activity), request);
  if (!built.ok) return built.message;
  await context.sendActivity({ type: 'message', attachments: [consentAttachment(built.paper, request)] });
  deps.logger.info({ command: 'paper', kind: request.kind, where: 'personal' }, 'paper offered');
  return undefined;
}

/**
 * Papers in the chat. In a 1:1 chat the bot sends a file consent card; the person allows it, Teams
 * gives an upload session in their OneDrive, the bot puts the Word file there and shows it as a file
 * card. Teams has no file consent in channels or group chats: there the card's button sends the
 * consent card to the person's 1:1 chat with the bot instead (through the outbox), so it takes one tap.
 */
export function registerPapers(app: Application<AppTurnState>, deps: BotDeps): void {
  const policy = { allowLoopback: deps.files?.allowLoopback ?? false, timeoutMs: UPLOAD_TIMEOUT_MS };

  onCardVerb(app, 'paper.send', async (context, { paper }) => {
    if (isPersonal(context)) return (await sendConsentCard(context, deps, paper)) ?? 'The Word file is below: press Allow to save it to your OneDrive.';
    const messageKey = context.activity.id ?? deps.clock().toISOString();
    const offer = await offerPaperInChat({ ...paperContext(deps), outbox: deps.stores.outbox }, toActor(context.activity), paper, messageKey);
    if (offer.kind === 'refused') return offer.message;
    deps.logger.info({ command: 'paper', kind: paper.kind, where: context.activity.conversation?.conversationType }, 'paper offered');
    if (offer.kind === 'no-user') return 'I can only send files to a 1:1 chat, and Teams did not say who you are. Open a chat with me and ask there.';
    return 'Teams sends files only in a 1:1 chat, so I have sent the Word file to our 1:1 chat: press Allow there to save it to your OneDrive.';
  });

  app.fileConsentAccept(async (context) => {
    const answer = consentAnswer.safeParse(context.activity.value);
    if (!answer.success || !answer.data.uploadInfo) return void (await context.sendActivity('Teams did not say where to put the file, so nothing was saved. Press Word file on the card again.'));
    const { paper: request } = answer.data.context;
    const info = answer.data.uploadInfo;
    const built = await buildPaper(paperContext(deps), toActor(context.activity), request);
    if (!built.ok) return void (await context.sendActivity(built.message));
    const uploaded = await uploadFile(info.uploadUrl, built.paper.bytes, policy);
    deps.logger.info({ command: 'paper', kind: request.kind, uploaded: uploaded.ok, detail: uploaded.ok ? undefined : uploaded.detail }, 'paper upload');
    if (!uploaded.ok) {
      return void (await context.sendActivity(`I could not save ${built.paper.fileName} to your OneDrive (${uploaded.detail}), so nothing was saved. Press Word file on the card to try again.`));
    }
    await context.sendActivity({ type: 'message', attachments: [fileInfoAttachment(info)] });
  });

  app.fileConsentDecline(async (context) => {
    const answer = consentAnswer.safeParse(context.activity.value);
    const what = answer.success && answer.data.context.paper.kind === 'question-pack' ? 'the question pack' : 'the report';
    await context.sendActivity(`You declined, so ${what} was not saved to your OneDrive. Press Word file on the card whenever you want it.`);
  });
}
