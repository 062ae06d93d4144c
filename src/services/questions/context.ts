import type { CardRenderer } from '../../cards/render';
import { type Actor, type Directory, type DirectoryPerson, findPerson } from '../../domain/directory';
import type { QuestionPerson } from '../../domain/questions';
import { dateIn } from '../../domain/update-dates';
import type { CatalogueStore, Outbox, QuestionStore } from '../../store/ports';

/** What the question use cases work with: stores, the outbox, cards for messages, people, the time. */
export interface QuestionContext {
  questions: QuestionStore;
  catalogue: CatalogueStore;
  outbox: Outbox;
  cards: CardRenderer;
  directory: Directory;
  now: Date;
  timeZone: string;
}

/** A refusal the person is told about: not allowed, not found, too late. */
export interface Refused {
  kind: 'refused';
  message: string;
}

export const refused = (message: string): Refused => ({ kind: 'refused', message });

/** The person behind a turn: their directory entry, and how they are recorded on questions. */
export function whoIs(ctx: QuestionContext, actor: Actor): { person: DirectoryPerson | undefined; who: QuestionPerson } {
  const person = findPerson(ctx.directory, actor);
  const aadObjectId = actor.aadObjectId ?? person?.aadObjectId;
  const email = person?.email ?? actor.email;
  return {
    person,
    who: {
      name: person?.name ?? actor.name ?? 'Unknown',
      ...(aadObjectId ? { aadObjectId } : {}),
      ...(email ? { email } : {}),
    },
  };
}

/** A directory entry as recorded on a question (an officer being assigned, a reviewer). */
export function asQuestionPerson(person: DirectoryPerson): QuestionPerson {
  return {
    name: person.name,
    ...(person.aadObjectId ? { aadObjectId: person.aadObjectId } : {}),
    ...(person.email ? { email: person.email } : {}),
  };
}

/** The council's date today. */
export const today = (ctx: Pick<QuestionContext, 'now' | 'timeZone'>): string => dateIn(ctx.now, ctx.timeZone);
export const nowIso = (ctx: QuestionContext): string => ctx.now.toISOString();
