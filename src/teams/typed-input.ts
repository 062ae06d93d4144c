import type { Activity } from 'botbuilder';
import { cleanStrings, cleanText } from '../domain/typed-text';

/**
 * Cleans what a person typed (the message text, card input, their display name) before any route
 * reads it, so nothing downstream stores or shows control, direction-override or zero-width
 * characters (domain/typed-text.ts).
 */
export function cleanTypedInput(activity: Partial<Activity>): void {
  if (typeof activity.text === 'string') activity.text = cleanText(activity.text);
  if (activity.value !== undefined) activity.value = cleanStrings(activity.value);
  if (typeof activity.from?.name === 'string') activity.from.name = cleanText(activity.from.name);
}

/**
 * A button that sends words (`Action.Submit` with `data.say`) arrives, in Teams and in the Agents
 * Playground alike, as a message with no text and the data as its value; it is read as if typed.
 * (The Playground sends nothing for msteams imBack or messageBack buttons, so cards use neither.)
 */
export function readButtonWords(activity: Partial<Activity>): void {
  if (activity.type !== 'message' || (typeof activity.text === 'string' && activity.text.trim())) return;
  const value = activity.value as { say?: unknown; verb?: unknown } | undefined;
  if (!value || typeof value !== 'object' || typeof value.say !== 'string' || value.verb !== undefined) return;
  const words = value.say.trim().slice(0, 1000);
  if (!words) return;
  activity.text = words;
  activity.value = undefined;
}
