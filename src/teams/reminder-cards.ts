import type { UpdateCardBuilder } from '../services/scheduler/proactive-context';
import { openUpdateForm } from '../services/action-card';
import type { BotDeps } from './deps';
import { updateFormCard } from '../views/updates/update-cards';

/**
 * The officers' update form, pre-filled, for a reminder: the same card "update 1.9" gives the lead,
 * with the reminder as its notice. Undefined when the lead may not update it or the plan has no
 * status scale (the reminder then lists the action with an Update button instead).
 */
export function updateCardBuilder(deps: BotDeps): UpdateCardBuilder {
  return async (actionId, lead, notice) => {
    const actor = {
      userId: '',
      name: lead.name,
      ...(lead.aadObjectId ? { aadObjectId: lead.aadObjectId } : {}),
      ...(lead.email ? { email: lead.email } : {}),
    };
    const form = await openUpdateForm(deps.stores, deps.directory, actor, actionId);
    return form?.kind === 'form' ? updateFormCard(deps, form.target, { notice }) : undefined;
  };
}
