import { z } from 'zod';
import { isIsoDate, longDate } from './update-dates';
import { type FieldErrors, typed } from './update-rules';

/**
 * The rules for recording an indicator value, checked on the server whatever the card enforced. Pure.
 */
export const recordFields = ['indicatorId', 'period', 'periodEnd', 'value', 'commentary'] as const;
export type RecordField = (typeof recordFields)[number];
export type RecordInput = Record<RecordField, string>;

export const recordLimits = { period: 100, commentary: 1000 } as const;

/** The card's data (which action or indicators it was opened for) plus the inputs. */
export const recordSubmission = z.object({
  /** Indicator ids the card offered: the submitted one must be among them. */
  offered: z.preprocess((v) => (typeof v === 'string' ? v.split(',').filter(Boolean) : v), z.array(z.string()).min(1)),
  indicatorId: typed,
  period: typed,
  periodEnd: typed,
  value: typed,
  commentary: typed,
});
export type RecordSubmission = z.infer<typeof recordSubmission>;

export interface CheckedValue {
  indicatorId: string;
  period: string;
  periodEnd?: string;
  value: number;
  commentary?: string;
}

export type RecordCheck = { ok: true; value: CheckedValue } | { ok: false; errors: FieldErrors<RecordField> };

/** "7.2", "1,250", "64%", "-2": the number; anything else is not one. */
export function parseFigure(text: string): number | undefined {
  const cleaned = text.trim().replace(/,(?=\d{3}\b)/g, '').replace(/%$/, '').trim();
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(cleaned)) return undefined;
  return Number(cleaned);
}

/** Checks a recorded value; `today` is yyyy-mm-dd in the council's time zone. */
export function checkRecord(input: RecordInput, offered: string[], today: string): RecordCheck {
  const errors: FieldErrors<RecordField> = {};
  const period = input.period.trim();
  const periodEnd = input.periodEnd.trim();
  const commentary = input.commentary.trim();
  const value = parseFigure(input.value);

  if (!offered.includes(input.indicatorId)) errors.indicatorId = 'Choose the indicator this value is for.';
  if (!period) errors.period = 'Say which period the value is for (for example "October 2026" or "Q2 2026/27").';
  else if (period.length > recordLimits.period) errors.period = `Keep the period under ${recordLimits.period} characters.`;
  if (periodEnd) {
    if (!isIsoDate(periodEnd)) errors.periodEnd = 'Give the end of the period as a date (for example 2026-10-31).';
    else if (periodEnd > today) errors.periodEnd = `${longDate(periodEnd)} has not come yet; record a value once its period has ended.`;
  }
  if (!input.value.trim()) errors.value = 'Enter the value as a number.';
  else if (value === undefined) errors.value = `"${input.value.trim()}" is not a number; enter digits only (for example 7.2).`;
  if (commentary.length > recordLimits.commentary) errors.commentary = `Keep the commentary under ${recordLimits.commentary} characters.`;

  if (value === undefined || Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      indicatorId: input.indicatorId,
      period,
      ...(periodEnd ? { periodEnd } : {}),
      value,
      ...(commentary ? { commentary } : {}),
    },
  };
}
