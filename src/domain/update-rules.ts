import { z } from 'zod';
import { isIsoDate, longDate } from './update-dates';
import type { StatusScale } from './model';
import { bottomLabels, choicesOf, completeLevel, levelOf, needsExplanation } from './update-scale';

/**
 * The rules for an action status update, checked on the server whatever the card enforced. Pure.
 *
 * @remarks
 * Red and Amber (the bottom levels of the plan's own scale) need what is wrong and what happens next;
 * the complete level needs an evidence link; a revised due date cannot be in the past. Every problem
 * is reported against its field so the card can show it there, with what the person typed kept.
 */
export const updateFields = ['status', 'commentary', 'nextSteps', 'revisedDue', 'evidenceUrl'] as const;
export type UpdateField = (typeof updateFields)[number];
/** What the person typed, field by field, kept as typed so a rejected card can give it back. */
export type UpdateInput = Record<UpdateField, string>;
export type FieldErrors<F extends string> = Partial<Record<F, string>>;

export const limits = { commentary: 2000, nextSteps: 1000, evidenceUrl: 500, explanation: 10 } as const;

/** A card input as typed: absent and null become '', and the card's "${" guard is taken off again. */
export const typed = z.preprocess(
  (v) => (v === undefined || v === null ? '' : typeof v === 'string' ? v : String(v)),
  z.string().transform((s) => s.replace(/\$\u200b\{/g, '${')),
);

/** The card's own data (which action, which version it showed) plus the inputs. */
export const updateSubmission = z.object({
  actionId: z.string().trim().min(1),
  version: z.coerce.number().int().min(0),
  status: typed,
  commentary: typed,
  nextSteps: typed,
  revisedDue: typed,
  evidenceUrl: typed,
});
export type UpdateSubmission = z.infer<typeof updateSubmission>;

export interface CheckedUpdate {
  status: string;
  /** Commentary, with the next steps after it when given. */
  commentary: string;
  revisedDue?: string;
  evidenceUrl?: string;
}

export type UpdateCheck = { ok: true; update: CheckedUpdate } | { ok: false; errors: FieldErrors<UpdateField> };

/** True for an absolute http(s) link. */
export function isWebLink(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

/** Checks an update against the plan's scale and today's date (yyyy-mm-dd in the council's time zone). */
export function checkUpdate(input: UpdateInput, scale: StatusScale, today: string): UpdateCheck {
  const errors: FieldErrors<UpdateField> = {};
  const commentary = input.commentary.trim();
  const nextSteps = input.nextSteps.trim();
  const revisedDue = input.revisedDue.trim();
  const evidenceUrl = input.evidenceUrl.trim();
  const level = levelOf(scale, input.status);

  if (!level) {
    const names = choicesOf(scale).map((l) => l.label);
    errors.status = input.status.trim()
      ? `"${input.status.trim()}" is not on this plan's scale; choose ${names.join(', ')}.`
      : `Choose a status: ${names.join(', ')}.`;
  }
  if (commentary.length > limits.commentary) errors.commentary = `Keep the commentary under ${limits.commentary} characters (it has ${commentary.length}).`;
  if (nextSteps.length > limits.nextSteps) errors.nextSteps = `Keep this under ${limits.nextSteps} characters (it has ${nextSteps.length}).`;

  if (level && needsExplanation(scale, level.code)) {
    const which = bottomLabels(scale);
    if (!errors.commentary && commentary.length < limits.explanation) {
      errors.commentary = `${level.label} needs a commentary saying what is wrong (${which} always do).`;
    }
    if (!errors.nextSteps && nextSteps.length < limits.explanation) {
      errors.nextSteps = `${level.label} needs what will happen next, and by when.`;
    }
  }

  if (evidenceUrl && !isWebLink(evidenceUrl)) {
    errors.evidenceUrl = 'Give the evidence as a web link starting https://.';
  } else if (evidenceUrl.length > limits.evidenceUrl) {
    errors.evidenceUrl = `Links over ${limits.evidenceUrl} characters are not accepted; link to the folder or page instead.`;
  } else if (level && level.code === completeLevel(scale)?.code && !evidenceUrl) {
    errors.evidenceUrl = `${level.label} needs a link to the evidence that the action is complete.`;
  }

  if (revisedDue) {
    if (!isIsoDate(revisedDue)) errors.revisedDue = 'Give the revised date as a date (for example 2026-12-31).';
    else if (revisedDue < today) errors.revisedDue = `${longDate(revisedDue)} is in the past; give a date from ${longDate(today)} on.`;
  }

  if (!level || Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    update: {
      status: level.code,
      commentary: nextSteps ? `${commentary}\nNext: ${nextSteps}`.trim() : commentary,
      ...(revisedDue ? { revisedDue } : {}),
      ...(evidenceUrl ? { evidenceUrl } : {}),
    },
  };
}
