import type { Actor, Directory } from '../domain/directory';
import { refusalText, type UpdatePermission } from '../domain/update-permissions';
import type { ConversationStore } from '../store/ports';
import { actionEditors, teamsUserIds } from './card-viewers';
import { type ActionForUpdate, loadActionForUpdate, type OpenedUpdate, openActionUpdate } from './open-action-update';
import type { UpdateStores } from './update-stores';

/** How an action's card is shown: the update form or the status, and who gets another view on refresh. */
export interface ActionCardView {
  target: ActionForUpdate;
  editable: boolean;
  userIds: string[];
}

/** What "update 1.9" or an Update button gives: the form, or why not (no right, or no scale to choose from). */
export type UpdateForm = { kind: 'form'; target: ActionForUpdate } | { kind: 'refused'; message: string };

/** Why someone may not update an action, and where to see its updates instead. */
export function refusalFor(target: ActionForUpdate & { permission: Extract<UpdatePermission, { allowed: false }> }): string {
  const { action, plan, permission } = target;
  // NOTE: the plan named too, so the suggested command opens this action rather than asking which.
  return `${refusalText(permission, `action ${action.ref} of ${plan.name}`)} Type history ${action.ref} in ${plan.name} to see its updates.`;
}

/** The form for an action the caller may update, or why not. */
export function updateFormFor(target: ActionForUpdate): UpdateForm {
  const { action, plan, permission } = target;
  if (!permission.allowed) return { kind: 'refused', message: refusalFor({ ...target, permission }) };
  if (plan.scale.levels.length === 0) {
    return { kind: 'refused', message: `${plan.name} has no status scale, so I can't take a status for action ${action.ref}. An administrator can import the plan's scale.` };
  }
  return { kind: 'form', target };
}

/**
 * An action's card for a shared chat: posted (`posted`), everyone's card is the status, with a refresh
 * naming those who may update it; refreshed, the person's own view: the update form for those who may
 * update it (checked on the server, from the directory and the plan's settings, never from the card),
 * the status for everyone else.
 */
export async function actionCardFor(
  conversations: ConversationStore,
  directory: Directory,
  target: ActionForUpdate,
  options: { posted?: boolean; poster?: Actor } = {},
): Promise<ActionCardView> {
  const { action, plan, settings, permission } = target;
  const userIds = await teamsUserIds(conversations, actionEditors(directory, action, settings), options.poster);
  return { target, editable: !options.posted && permission.allowed && plan.scale.levels.length > 0, userIds };
}

/** The refresh of an action's card: the person's own view of it; undefined when the action is gone. */
export async function viewActionCard(
  stores: UpdateStores & { conversations: ConversationStore },
  directory: Directory,
  actor: Actor,
  actionId: string,
): Promise<ActionCardView | undefined> {
  const target = await loadActionForUpdate(stores, directory, actor, actionId);
  return target && actionCardFor(stores.conversations, directory, target);
}

export type UpdateCommand =
  | Exclude<OpenedUpdate, { kind: 'open' }>
  /** In a group chat or channel, one card for everyone: its status, and the form for whoever may update it. */
  | { kind: 'posted'; view: ActionCardView }
  | UpdateForm;

/** "update 1.9": the form (or why not) in a 1:1 chat; in a shared chat, the action's card for everyone. */
export async function openUpdateCard(
  stores: UpdateStores & { conversations: ConversationStore },
  directory: Directory,
  actor: Actor,
  text: string,
  shared: boolean,
): Promise<UpdateCommand> {
  const opened = await openActionUpdate(stores, directory, actor, text);
  if (opened.kind !== 'open') return opened;
  if (shared && opened.target.permission.allowed) return { kind: 'posted', view: await actionCardFor(stores.conversations, directory, opened.target, { posted: true, poster: actor }) };
  return updateFormFor(opened.target);
}

/** An Update button (or a reminder's form): the form for an action by id, or why not; undefined when it is gone. */
export async function openUpdateForm(stores: UpdateStores, directory: Directory, actor: Actor, actionId: string): Promise<UpdateForm | undefined> {
  const target = await loadActionForUpdate(stores, directory, actor, actionId);
  return target && updateFormFor(target);
}
