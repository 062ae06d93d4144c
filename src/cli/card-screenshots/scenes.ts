import type { CardJson, CardRenderer } from '../../cards/render';
import type { Directory, DirectoryPerson } from '../../domain/directory';
import { readSeedFiles } from '../../import/seed-files';
import { loadAskCatalogue } from '../../services/ask/ask-catalogue';
import { searchAnswers } from '../../services/ask/search-answers';
import { importFiles } from '../../services/import-files';
import { loadActionForUpdate } from '../../services/open-action-update';
import { openStores } from '../../store/open-stores';
import { renderAnswerCard } from '../../views/ask-card';
import { actionStatusCard } from '../../views/shared-card-views';
import { updateFormCard } from '../../views/updates/update-cards';

/** A picture of the bot in use: a card as the real code draws it from the bundled packs, and what Teams shows around it. */
export interface Scene {
  name: string;
  card: CardJson;
  /** HTML drawn above the card (escaped). */
  above: string;
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const caption = (text: string) => `<div style="font-size:13px;font-weight:600;color:#242424;margin:0 0 8px 2px">${escape(text)}</div>`;

/** Each scene's picture name and what it shows, for the gallery. */
export const sceneNames: Record<string, string> = {
  'scene-compose-results': 'The compose box (or Copilot) searching "PLO": the results, and the card a pick inserts in the message',
  'scene-shared-action-member': "An action's card in a group chat or channel, as a member sees it (the card as posted)",
  'scene-shared-action-lead': 'The same card as its lead, a delegate or an administrator sees it: refreshed for them into the update form',
};

const SEARCH = 'PLO';
const ACTION = 'medway/medway-childrens-services-action-plan#1.9';
const lead: DirectoryPerson = { name: 'Sam Officer', aadObjectId: '0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d', roles: ['officer'], jobTitles: ['Head of Service, Safeguarding'], committees: [] };
const member: DirectoryPerson = { name: 'Cllr Mo Member', aadObjectId: 'e0000000-0000-4000-8000-000000000003', roles: ['member'], jobTitles: [], committees: [] };

/**
 * The scenes of docs/cards: the compose box's results for a search and the card it inserts, and both
 * views of an action's card in a shared chat (its lead's and a member's), from the five seed packs
 * through the services and views the bot itself uses.
 */
export async function buildScenes(cards: CardRenderer): Promise<Scene[]> {
  const stores = await openStores({});
  try {
    const imported = await importFiles(stores.catalogue, readSeedFiles());
    if (!imported.ok) throw new Error(imported.errors.join('; '));
    const directory: Directory = { people: [lead, member] };
    const now = new Date('2026-11-20T09:00:00Z');
    const deps = { cards, clock: () => now, timeZone: 'Europe/London' } as Parameters<typeof actionStatusCard>[0];

    const catalogue = await loadAskCatalogue(stores.catalogue, directory.people, await stores.catalogue.version());
    const found = await searchAnswers(catalogue, stores, { text: SEARCH, now, timeZone: 'Europe/London' });
    if (found.kind !== 'results') throw new Error(`the search "${SEARCH}" found nothing: ${found.text}`);
    const previews = found.answers
      .map((a) => `<div style="padding:8px 10px;border-bottom:1px solid #EDEDED"><div style="font-size:14px;font-weight:600;color:#242424">${escape(a.title)}</div><div style="font-size:12px;color:#616161">${escape(a.headline.slice(0, 160))}</div></div>`)
      .join('');
    const box = `<div style="background:#FFFFFF;border-radius:6px;box-shadow:0 1px 2px rgba(0,0,0,.14);margin:0 0 14px">
<div style="padding:8px 10px;border-bottom:1px solid #D1D1D1;font-size:14px;color:#242424">Search: ${escape(SEARCH)}<span style="float:right;color:#616161;font-size:12px">Board assistant</span></div>${previews}</div>`;

    const target = async (who: DirectoryPerson) => {
      const t = await loadActionForUpdate(stores, directory, { userId: `29:${who.aadObjectId}`, aadObjectId: who.aadObjectId, name: who.name }, ACTION);
      if (!t) throw new Error(`no action ${ACTION} in the seed packs`);
      return t;
    };
    return [
      { name: 'scene-compose-results', above: caption(`Compose box: "${SEARCH}", the results, and the card a pick inserts`) + box, card: renderAnswerCard(cards, { ...found.answers[0]!, choices: [] }) },
      { name: 'scene-shared-action-member', above: caption('An action card in a group chat, as a member sees it'), card: actionStatusCard(deps, await target(member)) },
      { name: 'scene-shared-action-lead', above: caption('The same card, as its lead sees it (refreshed for them)'), card: updateFormCard(deps, await target(lead)) },
    ];
  } finally {
    await stores.close();
  }
}
