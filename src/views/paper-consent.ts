import type { Paper, PaperRequest } from '../services/papers/build-paper';

export const FILE_CONSENT = 'application/vnd.microsoft.teams.card.file.consent';
export const FILE_INFO = 'application/vnd.microsoft.teams.card.file.info';

/** A file consent card: Teams asks the person to allow the file into their OneDrive (an attachment, as plain data). */
export function consentAttachment(paper: Paper, request: PaperRequest): { contentType: string; name: string; content: Record<string, unknown> } {
  return {
    contentType: FILE_CONSENT,
    name: paper.fileName,
    content: { description: paper.description, sizeInBytes: paper.bytes.length, acceptContext: { paper: request }, declineContext: { paper: request } },
  };
}

/** The file card shown once the Word file is in the person's OneDrive. */
export function fileInfoAttachment(info: { contentUrl: string; name: string; uniqueId?: string | undefined; fileType?: string | undefined }) {
  return { contentType: FILE_INFO, contentUrl: info.contentUrl, name: info.name, content: { uniqueId: info.uniqueId, fileType: info.fileType ?? 'docx' } };
}
