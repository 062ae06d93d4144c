import { type Actor, type Directory, findPerson, hasRole } from '../domain/directory';
import type { ImportReport } from '../domain/import-report';
import { isImportable, type InputFile } from '../import/parse-files';
import type { CatalogueStore } from '../store/ports';
import { importFiles } from './import-files';

/** Largest file imported from the chat: the biggest bundled pack is 0.3 MB, a workbook a few MB. */
export const IMPORT_MAX_FILE_BYTES = 10 * 1024 * 1024;
/** Files in one message (a template's CSV sheets come together). */
export const IMPORT_MAX_FILES = 10;

/** A file Teams put in the chat: its name and the link to fetch it from. */
export interface ChatFile {
  name: string;
  downloadUrl: string;
}

/** Fetches a file from its link (the teams layer's checked, capped, timed download). */
export type FetchFile = (url: string, maxBytes: number) => Promise<{ ok: true; bytes: Buffer } | { ok: false; reason: 'refused-url' | 'too-large' | 'failed'; detail: string }>;

export type ChatImport =
  | { kind: 'refused'; message: string }
  /** Nothing imported; `ran` when every file was fetched and the import itself found the errors. */
  | { kind: 'not-imported'; names: string[]; errors: string[]; ran?: true }
  | { kind: 'imported'; report: ImportReport; warnings: string[] };

const mb = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

/**
 * An administrator sends agenda packs or the template spreadsheet to the bot: each file is fetched
 * (`fetchFile`), and the set imported all or nothing. Anyone else, or any bad file, changes nothing.
 * `unread` counts the attachments whose details Teams gave in a shape that could not be read.
 */
export async function importFromChat(catalogue: CatalogueStore, directory: Directory, actor: Actor, files: ChatFile[], unread: number, fetchFile: FetchFile): Promise<ChatImport> {
  if (!hasRole(findPerson(directory, actor), 'admin')) {
    return { kind: 'refused', message: 'Only administrators can import files into the catalogue, so nothing was imported. Ask one of them, or ask to be made an administrator in the people file.' };
  }
  const names = files.map((f) => f.name);
  const refuse = (errors: string[]) => ({ kind: 'not-imported' as const, names, errors });
  if (unread > 0) return refuse(['Teams sent a file I could not read the details of. Send it again.']);
  if (files.length > IMPORT_MAX_FILES) return refuse([`${files.length} files in one message; I take at most ${IMPORT_MAX_FILES}. Send them in smaller groups (a template's CSV sheets together).`]);
  const wrongType = files.filter((f) => !isImportable(f.name));
  if (wrongType.length > 0) {
    return refuse(wrongType.map((f) => `${f.name}: not a file type I can import; use an agenda pack as text (.txt, .md) or the spreadsheet template (.xlsx, .csv).`));
  }
  const inputs: InputFile[] = [];
  const errors: string[] = [];
  for (const file of files) {
    const got = await fetchFile(file.downloadUrl, IMPORT_MAX_FILE_BYTES);
    if (got.ok) inputs.push({ fileName: file.name, bytes: got.bytes });
    else if (got.reason === 'too-large') errors.push(`${file.name}: larger than ${mb(IMPORT_MAX_FILE_BYTES)}, the most I import from a chat. Split it, or ask whoever runs the bot to use npm run import.`);
    else if (got.reason === 'refused-url') errors.push(`${file.name}: its link is not a OneDrive or SharePoint file link, so I did not fetch it.`);
    else errors.push(`${file.name}: I could not fetch it from OneDrive (${got.detail}). Send it again in a minute.`);
  }
  if (errors.length > 0) return refuse(errors);
  const outcome = await importFiles(catalogue, inputs);
  return outcome.ok ? { kind: 'imported', report: outcome.report, warnings: outcome.warnings } : { ...refuse(outcome.errors), ran: true };
}
