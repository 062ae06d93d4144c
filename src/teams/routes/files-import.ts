import type { TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import { z } from 'zod';
import { importFromChat } from '../../services/import-from-chat';
import type { BotDeps } from '../deps';
import { downloadFile } from '../files/transfer';
import { toActor } from '../actor';
import { cardMessage } from '../reply';
import type { AppTurnState } from '../turn-state';
import { importReply } from '../../views/import-report-card';

/** What Teams attaches when someone sends a file to the bot in a 1:1 chat (it is in their OneDrive). */
export const FILE_DOWNLOAD_INFO = 'application/vnd.microsoft.teams.file.download.info';

export { IMPORT_MAX_FILE_BYTES, IMPORT_MAX_FILES } from '../../services/import-from-chat';
/** Each download, start to end. */
const DOWNLOAD_TIMEOUT_MS = 30_000;

const fileAttachment = z.object({
  contentType: z.literal(FILE_DOWNLOAD_INFO),
  name: z.string().trim().min(1).max(255),
  content: z.object({ downloadUrl: z.string().min(1) }).passthrough(),
});

async function hasFiles(context: TurnContext): Promise<boolean> {
  const { activity } = context;
  return activity.type === 'message' && !!activity.attachments?.some((a) => a?.contentType === FILE_DOWNLOAD_INFO);
}

/**
 * An administrator sends agenda packs or the template spreadsheet to the bot in a 1:1 chat: each file
 * is fetched from the link Teams gives (checked, capped, timed), and the set imported all or nothing,
 * answered with the import report. Anyone else, another chat, or any bad file changes nothing.
 */
export function registerFileImport(app: Application<AppTurnState>, deps: BotDeps): void {
  deps.commands.add({ audience: 'Administrators', usage: 'Send me a pack or the plan template in our 1:1 chat', summary: 'Import agenda packs (.txt, .md) or the plan template (.xlsx, .csv): all or nothing, answered with what was read.' });
  const policy = { allowLoopback: deps.files?.allowLoopback ?? false, timeoutMs: DOWNLOAD_TIMEOUT_MS };

  app.message(hasFiles, async (context) => {
    const say = (text: string) => context.sendActivity(text);
    if (context.activity.conversation?.conversationType !== 'personal') {
      return void (await say('I import files only in a 1:1 chat with me: send them to me there.'));
    }
    const parsed = (context.activity.attachments ?? []).filter((a) => a?.contentType === FILE_DOWNLOAD_INFO).map((a) => fileAttachment.safeParse(a));
    const files = parsed.flatMap((p) => (p.success ? [{ name: p.data.name, downloadUrl: p.data.content.downloadUrl }] : []));
    const fetchFile = async (url: string, maxBytes: number) => {
      const got = await downloadFile(url, maxBytes, policy);
      deps.logger.info({ command: 'import-file', ok: got.ok, reason: got.ok ? undefined : got.reason, detail: got.ok ? undefined : got.detail }, 'file from chat');
      return got;
    };
    const outcome = await importFromChat(deps.stores.catalogue, deps.directory, toActor(context.activity), files, parsed.length - files.length, fetchFile);
    if (outcome.kind === 'imported' || (outcome.kind === 'not-imported' && outcome.ran)) deps.logger.info({ command: 'import', files: files.length, ok: outcome.kind === 'imported' }, 'import from chat');
    await context.sendActivity(outcome.kind === 'refused' ? outcome.message : cardMessage(importReply(deps.cards, outcome)));
  });
}
