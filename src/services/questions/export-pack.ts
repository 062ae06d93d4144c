import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { slugify } from '../../domain/ids';
import { meetingTitle } from '../../domain/questions';
import type { QuestionStore } from '../../store/ports';
import { findWindow } from './meetings';
import { questionPack } from './question-pack';

export type ExportResult =
  | { ok: true; title: string; count: number; files: string[] }
  | { ok: false; message: string };

export type PackFiles =
  | { ok: true; title: string; count: number; baseName: string; docx: Buffer; markdown: string }
  | { ok: false; message: string };

/**
 * Writes a meeting's question pack as .docx and .md into `outDir`. The meeting is named by its id
 * (as the pack card shows it) or a phrase such as "9 April 2026".
 */
export async function exportQuestionPack(
  questions: QuestionStore,
  meeting: string,
  outDir: string,
  clock: { now: Date; timeZone: string },
): Promise<ExportResult> {
  const built = await questionPackFiles(questions, meeting, clock);
  if (!built.ok) return built;
  return writePackFiles(built, outDir);
}

/** Writes what {@link questionPackFiles} built into `outDir` (made if absent). */
export function writePackFiles(built: Extract<PackFiles, { ok: true }>, outDir: string): ExportResult {
  mkdirSync(outDir, { recursive: true });
  const base = join(outDir, built.baseName);
  writeFileSync(`${base}.docx`, built.docx);
  writeFileSync(`${base}.md`, built.markdown);
  return { ok: true, title: built.title, count: built.count, files: [`${base}.docx`, `${base}.md`] };
}

/** A meeting's question pack as Word and Markdown, in memory (named as {@link exportQuestionPack}'s are). */
export async function questionPackFiles(questions: QuestionStore, meeting: string, clock: { now: Date; timeZone: string }): Promise<PackFiles> {
  let window = await questions.windowForMeeting(meeting);
  if (!window) {
    const found = await findWindow({ questions, ...clock }, meeting);
    if (found.kind === 'ambiguous') {
      return { ok: false, message: `"${meeting}" matches more than one meeting:\n${found.windows.map((w) => `  ${w.meeting.id}`).join('\n')}\nGive its id.` };
    }
    if (found.kind === 'none') return { ok: false, message: `No questions were gathered for "${meeting}". Give the meeting id shown on the pack card.` };
    window = found.window;
  }
  const built = await questionPack(questions, window.id);
  if (!built) return { ok: false, message: 'That meeting has no question window.' };
  return {
    ok: true,
    title: meetingTitle(window.meeting),
    count: built.pack.count,
    baseName: `questions-${slugify(window.meeting.body)}-${window.meeting.date}`,
    // NOTE: docx (about 3 MB of heap) loads when a Word file is first written, not at start-up.
    docx: await (await import('./pack-docx.js')).packDocx(built.pack),
    markdown: built.markdown,
  };
}
