import { z } from 'zod';
import { type Actor, type Directory, findPerson } from '../../domain/directory';
import { slugify } from '../../domain/ids';
import { meetingTitle } from '../../domain/questions';
import { canRunWindow } from '../../domain/questions-rules';
import type { Stores } from '../../store/ports';
import { questionPack } from '../questions/question-pack';
import { buildStatusReport } from '../reports/build-report';
import { reportFileStem } from '../reports/write-report';

/** A Word paper the bot can hand over: a plan's status report, or a meeting's question pack. */
export const paperRequest = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('report'), planId: z.string().min(1).max(300), exceptionsOnly: z.boolean() }),
  z.object({ kind: z.literal('question-pack'), windowId: z.string().min(1).max(300) }),
]);
export type PaperRequest = z.infer<typeof paperRequest>;

export interface Paper {
  fileName: string;
  /** One line for the file consent card. */
  description: string;
  bytes: Buffer;
}

export type PaperOutcome = { ok: true; paper: Paper } | { ok: false; message: string };

export interface PaperContext {
  stores: Pick<Stores, 'catalogue' | 'actionUpdates' | 'questions'>;
  directory: Directory;
  now: Date;
  timeZone: string;
}

/**
 * Builds the Word file a request names, as of now, for `actor`: a status report for anyone (as the
 * report card is), a question pack for its committee's chair or democratic services only.
 */
export async function buildPaper(ctx: PaperContext, actor: Actor, request: PaperRequest): Promise<PaperOutcome> {
  if (request.kind === 'report') {
    const plan = (await ctx.stores.catalogue.listPlans()).find((p) => p.id === request.planId);
    if (!plan) return { ok: false, message: 'That plan is no longer in the catalogue, so there is no report to send.' };
    const report = await buildStatusReport(ctx.stores, plan, { exceptionsOnly: request.exceptionsOnly, now: ctx.now, timeZone: ctx.timeZone });
    return {
      ok: true,
      paper: {
        fileName: `${reportFileStem(report)}.docx`,
        description: `${plan.name}: status report${request.exceptionsOnly ? ' (exceptions)' : ''}, ${report.generatedAt}.`,
        // NOTE: docx (about 3 MB of heap) loads when a Word file is first written, not at start-up.
        bytes: await (await import('../reports/report-docx.js')).reportDocx(report),
      },
    };
  }
  const found = await questionPack(ctx.stores.questions, request.windowId);
  if (!found) return { ok: false, message: 'Those questions are no longer there, so there is no pack to send.' };
  if (!canRunWindow(findPerson(ctx.directory, actor), found.window.meeting.body)) {
    return { ok: false, message: `Only the chair of the ${found.window.meeting.body} or democratic services can have its question pack.` };
  }
  return {
    ok: true,
    paper: {
      fileName: `questions-${slugify(found.window.meeting.body)}-${found.window.meeting.date}.docx`,
      description: `Question pack: ${meetingTitle(found.window.meeting)}, ${found.pack.count} accepted question${found.pack.count === 1 ? '' : 's'}.`,
      bytes: await (await import('../questions/pack-docx.js')).packDocx(found.pack),
    },
  };
}
