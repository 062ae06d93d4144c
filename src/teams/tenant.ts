import type { Activity } from 'botbuilder';

const norm = (id: unknown) => (typeof id === 'string' && id.trim() ? id.trim().toLowerCase() : undefined);

/**
 * The Entra tenant an activity comes from: channelData.tenant.id, which Teams sets, else
 * conversation.tenantId. `conflict` when both are given and differ: such an activity is not Teams'.
 */
export function readTenant(activity: Partial<Activity>): { tenant?: string; conflict: boolean } {
  const fromChannelData = norm((activity.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id);
  const fromConversation = norm(activity.conversation?.tenantId);
  const tenant = fromChannelData ?? fromConversation;
  return { ...(tenant ? { tenant } : {}), conflict: !!fromChannelData && !!fromConversation && fromChannelData !== fromConversation };
}

export type TenantVerdict = { serve: false; why: string; tenant?: string } | { serve: true; foreign: boolean };

/**
 * Whether to serve an activity: not when its tenant fields disagree, nor from a tenant outside
 * ALLOWED_TENANTS (`allowed`, lower-case; empty: any). `foreign` when it comes from outside the
 * directory's tenant (`home`): its sender is then nobody the directory knows.
 */
export function judgeTenant(activity: Partial<Activity>, allowed: ReadonlySet<string>, home: string | undefined): TenantVerdict {
  const { tenant, conflict } = readTenant(activity);
  if (conflict) return { serve: false, why: 'activity whose tenant fields disagree ignored' };
  if (allowed.size > 0 && (!tenant || !allowed.has(tenant))) return { serve: false, why: 'activity from a tenant not in ALLOWED_TENANTS ignored', ...(tenant ? { tenant } : {}) };
  return { serve: true, foreign: !!norm(home) && tenant !== norm(home) };
}

/**
 * Removes what would match the sender to a directory person (Entra object id, e-mail), so a person
 * of another tenant is a stranger here: no roles, no one else's questions, no one's 1:1 chat.
 */
export function asStranger(activity: Partial<Activity>): void {
  if (!activity.from) return;
  const { aadObjectId: _id, email: _email, userPrincipalName: _upn, ...rest } = activity.from as typeof activity.from & { email?: string; userPrincipalName?: string };
  activity.from = rest;
}
