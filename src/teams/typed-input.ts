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
