import { lexicon } from '../../language/lexicon';
import { anyOf } from '../../language/patterns';

/**
 * A heading saying what a meeting decided ("RESOLVED: That:", "RESOLVED that the committee agrees:",
 * "Decision"): answers.json `parts.decisions`, then at most a "that" clause; not a form's label ("Decision type").
 */
const decisionHeading = new RegExp(`^${anyOf(lexicon.answers.parts.decisions)}\\s*:?\\s*(?:that\\b[^.]{0,60})?$`, 'i');

/**
 * A decision's heading with the item it decides ("8. Corporate Parenting Annual Update – RESOLVED: That:"):
 * on its own it says what kind of text follows, not what about, and the answer quoting it would not say
 * what was resolved. `item` is the innermost heading it sits under (not a part: the minutes' title).
 * Any other heading is as it was.
 */
export function withItem(heading: string, item: string): string {
  return decisionHeading.test(heading) ? `${item} – ${heading}` : heading;
}
