import type { Activity } from 'botbuilder';
import type { Actor } from '../domain/directory';

/** The person behind an activity, as Teams identifies them (matched to the directory by services). */
export function toActor(activity: Partial<Activity>): Actor {
  const from = activity.from ?? { id: '', name: '' };
  const email = (from as { email?: string; userPrincipalName?: string }).email ?? (from as { userPrincipalName?: string }).userPrincipalName;
  return {
    userId: from.id,
    ...(from.aadObjectId ? { aadObjectId: from.aadObjectId } : {}),
    ...(from.name ? { name: from.name } : {}),
    ...(email ? { email } : {}),
  };
}
