/** Officers' changes: action status updates and recorded indicator values, each with who made it. */

/** Who did something: their name as Teams gave it and their Entra id, kept with every change. */
export interface ChangeAuthor {
  name: string;
  aadObjectId?: string;
}

/** One status update of an action, as an officer gave it. Append-only: history is never rewritten. */
export interface ActionUpdate {
  id: string;
  actionId: string;
  planId: string;
  /** Status code on the plan's own scale. */
  status: string;
  previousStatus?: string;
  commentary: string;
  /** ISO date the action will now be done by, when revised. */
  revisedDue?: string;
  evidenceUrl?: string;
  author: ChangeAuthor;
  /** ISO date-time. */
  at: string;
  /** 1 for an action's first update, then +1 each time: the concurrency check. */
  version: number;
}

/** A value an officer recorded for an indicator, with the status computed from its target. */
export interface RecordedValue {
  id: string;
  indicatorId: string;
  period: string;
  periodEnd?: string;
  value: number;
  /** Status computed when recorded (e.g. 'red' | 'amber' | 'green'), with the rule that gave it. */
  status?: string;
  statusReason?: string;
  commentary?: string;
  author: ChangeAuthor;
  at: string;
}

/** A new update to append: `version` is worked out from the version the officer saw. */
export type NewActionUpdate = Omit<ActionUpdate, 'version'> & {
  /** Same submission delivered twice (Teams retries slow invokes) = same key: recorded once. */
  idempotencyKey: string;
};

export type NewRecordedValue = RecordedValue & { planId?: string; idempotencyKey: string };
