import type { Actor, Directory, DirectoryPerson } from '../domain/directory';
import { canRunWindow } from '../domain/questions-rules';
import { mayUpdate, type PlanAuthority } from '../domain/update-permissions';
import type { Action } from '../domain/model';
import type { ConversationStore } from '../store/ports';

/** Most people a card's `refresh.userIds` may name (Teams' limit). */
export const MAX_REFRESH_USERS = 60;

/** The people of the directory who may update an action: its leads, their delegates, the plan's administrators. */
export function actionEditors(directory: Directory, action: Pick<Action, 'id' | 'leads'>, authority: PlanAuthority | undefined): DirectoryPerson[] {
  return directory.people.filter((person) => mayUpdate(directory, asActor(person), action, authority).allowed);
}

/** The chairs of a committee and democratic services: who reviews its questions. */
export function questionReviewers(directory: Directory, body: string): DirectoryPerson[] {
  return directory.people.filter((person) => canRunWindow(person, body));
}

const asActor = (person: DirectoryPerson): Actor => ({
  userId: '',
  name: person.name,
  ...(person.aadObjectId ? { aadObjectId: person.aadObjectId } : {}),
  ...(person.email ? { email: person.email } : {}),
});

/**
 * The Teams user ids (MRIs) for a card's `refresh.userIds`: the people who see another view than the
 * card's own, found through their 1:1 chats with the bot, and the person posting it when they are one.
 *
 * @remarks
 * Everyone else sees the card as posted, so only these need refreshing, in a conversation of any size
 * (Teams refreshes by itself only up to 60 members). Someone with no 1:1 chat with the bot cannot be
 * named, but can refresh the card from its menu. Empty when none is known: the caller then leaves
 * `userIds` out, and Teams refreshes the card for everyone in a conversation of up to 60.
 */
export async function teamsUserIds(conversations: ConversationStore, people: DirectoryPerson[], poster?: { userId: string; aadObjectId?: string }): Promise<string[]> {
  const ids = new Set<string>();
  const posterIsOne = !!poster?.aadObjectId && people.some((p) => p.aadObjectId?.toLowerCase() === poster.aadObjectId!.toLowerCase());
  if (posterIsOne && poster.userId) ids.add(poster.userId);
  for (const person of people) {
    if (ids.size >= MAX_REFRESH_USERS) break;
    if (!person.aadObjectId) continue;
    const chat = await conversations.findPersonalChat(person.aadObjectId);
    const user = (chat?.reference as { user?: { id?: unknown } } | undefined)?.user;
    if (typeof user?.id === 'string' && user.id) ids.add(user.id);
  }
  return [...ids].slice(0, MAX_REFRESH_USERS);
}
