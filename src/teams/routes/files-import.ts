import type { TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import { z } from 'zod';
import { findPerson, hasRole } from '../../domain/directory';
import { isImportable, type InputFile } from '../../import/parse-files';
import { importFiles } from '../../services/import-files';
import type { BotDeps } from '../deps';
import { downloadFile } from '../files/transfer';
import { toActor } from '../actor';
import { cardMessage } from '../reply';
import type { AppTurnState } from '../turn-state';
import { importedCard, notImportedCard } from '../../views/import-report-card';

/** What Teams attaches when someone sends a file to the bot in a 1:1 chat (it is in their OneDrive). */
export const FILE_DOWNLOAD_INFO = 'application/vnd.microsoft.teams.file.download.info';

/** Largest file imported from the chat: the biggest bundled pack is 0.3 MB, a workbook a few MB. */
export const IMPORT_MAX_FILE_BYTES = 10 * 1024 * 1024;
/** Files in one message (a template's CSV sheets come together). */
export const IMPORT_MAX_FILES = 10;
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

const mb = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

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
    if (!hasRole(findPerson(deps.directory, toActor(context.activity)), 'admin')) {
      return void (await say('Only administrators can import files into the catalogue, so nothing was imported. Ask one of them, or ask to be made an administrator in the people file.'));
    }
    const attachments = (context.activity.attachments ?? []).filter((a) => a?.contentType === FILE_DOWNLOAD_INFO);
    const parsed = attachments.map((a) => fileAttachment.safeParse(a));
    const files = parsed.flatMap((p) => (p.success ? [p.data] : []));
    const names = files.map((f) => f.name);
    const refuse = (errors: string[]) => context.sendActivity(cardMessage(notImportedCard(deps.cards, names, errors)));
    if (files.length < parsed.length) return void (await refuse(['Teams sent a file I could not read the details of. Send it again.']));
    if (files.length > IMPORT_MAX_FILES) return void (await refuse([`${files.length} files in one message; I take at most ${IMPORT_MAX_FILES}. Send them in smaller groups (a template's CSV sheets together).`]));
    const wrongType = files.filter((f) => !isImportable(f.name));
    if (wrongType.length > 0) {
      return void (await refuse(wrongType.map((f) => `${f.name}: not a file type I can import; use an agenda pack as text (.txt, .md) or the spreadsheet template (.xlsx, .csv).`)));
    }
    const inputs: InputFile[] = [];
    const errors: string[] = [];
    for (const file of files) {
      const got = await downloadFile(file.content.downloadUrl, IMPORT_MAX_FILE_BYTES, policy);
      if (got.ok) inputs.push({ fileName: file.name, bytes: got.bytes });
      else if (got.reason === 'too-large') errors.push(`${file.name}: larger than ${mb(IMPORT_MAX_FILE_BYTES)}, the most I import from a chat. Split it, or ask whoever runs the bot to use npm run import.`);
      else if (got.reason === 'refused-url') errors.push(`${file.name}: its link is not a OneDrive or SharePoint file link, so I did not fetch it.`);
      else errors.push(`${file.name}: I could not fetch it from OneDrive (${got.detail}). Send it again in a minute.`);
      deps.logger.info({ command: 'import-file', ok: got.ok, reason: got.ok ? undefined : got.reason, detail: got.ok ? undefined : got.detail }, 'file from chat');
    }
    if (errors.length > 0) return void (await refuse(errors));
    const outcome = await importFiles(deps.stores.catalogue, inputs);
    deps.logger.info({ command: 'import', files: inputs.length, ok: outcome.ok }, 'import from chat');
    if (!outcome.ok) return void (await refuse(outcome.errors));
    await context.sendActivity(cardMessage(importedCard(deps.cards, outcome.report, outcome.warnings)));
  });
}
