import type { Cadence } from './cadence';
import type { ChangeAuthor } from './updates';

/** A plan's own settings for officers' updates and its schedule of reminders and feed posts. */

/** A plan's own settings for officers' updates. Later migrations add cadence and feed fields. */
export interface PlanSettings {
  planId: string;
  /** How far (in percent of the target) a value may miss it and still be Amber rather than Red. */
  tolerancePercent?: number;
  /** Extra administrators of the plan: Entra object ids or email addresses. */
  administrators: string[];
  /** Delegates by action id: Entra object ids or email addresses who may update for the lead. */
  delegates: Record<string, string[]>;
  /** Directions set by an administrator, by indicator id, where the plan's words and figures give none. */
  directions?: Record<string, IndicatorDirectionSetting>;
  updatedAt?: string;
  updatedBy?: ChangeAuthor;
}

export type PlanSettingsPatch = Partial<Pick<PlanSettings, 'tolerancePercent' | 'administrators' | 'delegates' | 'directions'>>;

/** A plan's update cadence and board feed channel (set by administrators). */
export interface PlanSchedule {
  planId: string;
  cadence?: Cadence;
  feed?: { conversationId: string; since: string; setBy?: ChangeAuthor };
}

/** "lower is better for <indicator>", as a plan administrator set it in Teams. */
export interface IndicatorDirectionSetting {
  polarity: 'higher-is-better' | 'lower-is-better';
  by: ChangeAuthor;
  /** ISO date-time. */
  at: string;
}
