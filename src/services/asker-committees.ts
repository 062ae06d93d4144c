import { type Actor, type Directory, findPerson } from '../domain/directory';

/** The committees the people file gives the person asking: they tell two like-named committees apart. */
export function askerCommittees(directory: Directory, actor: Actor): string[] {
  return findPerson(directory, actor)?.committees ?? [];
}
