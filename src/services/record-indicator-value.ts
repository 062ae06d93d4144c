import { randomUUID } from 'node:crypto';
import type { Actor, Directory } from '../domain/directory';
import { withDirection } from '../domain/indicator-direction';
import { currentTarget, indicatorStatus } from '../domain/rag-rules';
import { dateIn } from '../domain/update-dates';
import { checkRecord, type RecordField, type RecordInput, type RecordSubmission } from '../domain/update-record-rules';
import type { FieldErrors } from '../domain/update-rules';
import type { RecordedValue } from '../domain/updates';
import { type IndicatorForRecord, loadIndicatorsForRecord } from './open-indicator-record';
import type { UpdateStores } from './update-stores';

export interface RecordRequest {
  /** The card's data and inputs, parsed at the edge (teams/verbs.ts); the rules are checked here. */
  data: RecordSubmission;
  actor: Actor;
  idempotencyKey: string;
}

export type RecordOutcome =
  | { kind: 'recorded'; value: RecordedValue; target: IndicatorForRecord }
  | { kind: 'duplicate'; value: RecordedValue; target: IndicatorForRecord }
  | { kind: 'rejected'; errors: FieldErrors<RecordField>; input: RecordInput; offered: IndicatorForRecord[] }
  | { kind: 'refused'; target: IndicatorForRecord }
  | { kind: 'unknown-card' };

/**
 * Records a new indicator value from the record card: checks it, works out its status from the target,
 * the polarity and the plan's tolerance (with the reason in words), and stores it once.
 */
export async function recordIndicatorValue(
  stores: UpdateStores,
  directory: Directory,
  clock: { now: Date; timeZone: string },
  request: RecordRequest,
): Promise<RecordOutcome> {
  const { offered: offeredIds, ...input } = request.data;
  const indicators = (await stores.catalogue.listIndicators()).filter((i) => offeredIds.includes(i.id));
  if (indicators.length === 0) return { kind: 'unknown-card' };
  const offered = await loadIndicatorsForRecord(stores, directory, request.actor, indicators);
  // Who may record comes before what was typed: someone who may not is refused whatever they sent,
  // and never gets the form (with the indicators' figures) back.
  const chosen = offered.find((o) => o.indicator.id === input.indicatorId.trim());
  const refusedFor = chosen ?? (offered.every((o) => !o.permission.allowed) ? offered[0] : undefined);
  if (refusedFor && !refusedFor.permission.allowed) return { kind: 'refused', target: refusedFor };

  const checked = checkRecord(input, offered.map((o) => o.indicator.id), dateIn(clock.now, clock.timeZone));
  if (!checked.ok) return { kind: 'rejected', errors: checked.errors, input, offered };
  const target = offered.find((o) => o.indicator.id === checked.value.indicatorId)!;
  if (!target.permission.allowed) return { kind: 'refused', target };

  const indicator = withDirection(target.indicator, target.settings?.directions?.[target.indicator.id]);
  const goal = currentTarget(indicator);
  const status = indicatorStatus({
    value: checked.value.value,
    polarity: indicator.polarity,
    ...(indicator.polarityReason ? { directionReason: indicator.polarityReason } : {}),
    target: goal?.value ?? null,
    ...(goal?.raw ? { targetRaw: goal.raw } : {}),
    ...(indicator.unit ? { unit: indicator.unit } : {}),
    ...(target.settings?.tolerancePercent !== undefined ? { tolerancePercent: target.settings.tolerancePercent } : {}),
  });
  const person = target.permission.allowed ? target.permission.person : undefined;
  const result = await stores.recordedValues.record({
    id: randomUUID(),
    ...checked.value,
    ...(indicator.planId ? { planId: indicator.planId } : {}),
    ...(status.status ? { status: status.status } : {}),
    statusReason: status.reason,
    author: {
      name: person?.name ?? request.actor.name ?? 'Someone',
      ...(request.actor.aadObjectId ? { aadObjectId: request.actor.aadObjectId } : {}),
    },
    at: clock.now.toISOString(),
    idempotencyKey: request.idempotencyKey,
  });
  return { kind: result.kind === 'ok' ? 'recorded' : 'duplicate', value: result.value, target };
}
