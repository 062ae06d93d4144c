import { dateIn } from '../../domain/update-dates';
import type { AskMemory, Intent } from '../../nlu/intents';
import type { AskerContext } from '../../nlu/known-context';
import { understand } from '../../nlu/understand';
import type { ActionUpdateLog, PlanSettingsStore, RecordedValueStore } from '../../store/ports';
import type { AskCatalogue } from './ask-catalogue';
import { answerAction } from './answer-action';
import { answerAskBack, notFound } from './answer-fallbacks';
import { answerIndicator } from './answer-indicator';
import { answerList } from './answer-list';
import { answerMeeting } from './answer-meeting';
import { answerPassage } from './answer-passage';
import { answerGlossary, answerPerson } from './answer-people';
import { answerPlan } from './answer-plan';
import { answerRecommendation } from './answer-recommendation';
import { answerRisk, answerRisks } from './answer-risk';
import { answerReport } from './answer-report';
import { type Answer, emptyAnswer } from './answer-types';

/** The stores an answer reads besides the catalogue: officers' updates and plan settings. */
export interface AskStores {
  actionUpdates: ActionUpdateLog;
  recordedValues: RecordedValueStore;
  planSettings: PlanSettingsStore;
}

export interface Question {
  text: string;
  /** What the conversation was last about. */
  memory?: AskMemory;
  now: Date;
  timeZone: string;
  /** Committees the people file puts the asker on. */
  committees?: string[];
  /** The channel asked in (without its thread), when it is one: a window opened there ties it to a committee. */
  channelId?: string;
}

/** Who asks and where, as far as it settles which committee is meant. */
function askerOf(catalogue: AskCatalogue, question: Question): AskerContext | undefined {
  const channel = question.channelId;
  const channelCommittees = channel
    ? [...catalogue.windows.values()].filter((w) => w.channelConversationId?.replace(/;messageid=.*$/, '') === channel).map((w) => w.meeting.body)
    : [];
  const committees = question.committees ?? [];
  return committees.length > 0 || channelCommittees.length > 0 ? { committees, channelCommittees } : undefined;
}

const intents = new WeakMap<AskCatalogue, Map<string, Intent>>();
/** Understandings remembered per catalogue version: the same words, day and context mean the same. */
const REMEMBERED = 2000;

/**
 * What a question means. Understanding is a pure function of the catalogue (one per version), the
 * words, the day and the conversation's subject, so it is remembered; the answer itself is always
 * worked out afresh, as officers' updates may have changed it.
 */
function understood(catalogue: AskCatalogue, text: string, today: string, memory: AskMemory | undefined, asker: AskerContext | undefined): Intent {
  let cache = intents.get(catalogue);
  if (!cache) intents.set(catalogue, (cache = new Map()));
  // NOTE: keyed on the text as put right (which capitals can change: "PCT" is kept, "pct" spelt out)
  // and as typed (which a reply may quote back).
  const corrected = catalogue.speller.correct(text);
  const key = `${today}|${memory ? JSON.stringify(memory) : ''}|${asker ? JSON.stringify(asker) : ''}|${corrected.trim()}|${text.trim()}`;
  const known = cache.get(key);
  if (known) return known;
  // Local noon of the council's date: the period grammar works in whole days.
  const at = new Date(`${today}T12:00:00`);
  const { intent } = understand(corrected, catalogue.index, { today: at, typed: text, ...(memory ? { memory } : {}), ...(asker ? { asker } : {}) });
  if (cache.size >= REMEMBERED) cache.delete(cache.keys().next().value!);
  cache.set(key, intent);
  return intent;
}

/** Answers a member's question from the stored data: understand it, then answer the intent (or ask back, or say not found). */
export async function answerQuestion(catalogue: AskCatalogue, stores: AskStores, question: Question): Promise<Answer> {
  const today = dateIn(question.now, question.timeZone);
  const intent = understood(catalogue, question.text, today, question.memory, askerOf(catalogue, question));
  if (!fromCatalogueAlone.has(intent.kind)) return answerIntent(catalogue, stores, question, intent, today);
  // Answers made from the imported papers alone (no officers' updates) are the same until the next
  // import, so they are kept with the catalogue version they came from.
  let cache = answers.get(catalogue);
  if (!cache) answers.set(catalogue, (cache = new Map()));
  const key = `${today}|${question.text.trim().toLowerCase()}|${JSON.stringify(intent)}`;
  const known = cache.get(key);
  if (known) return known;
  const answer = await answerIntent(catalogue, stores, question, intent, today);
  if (cache.size >= REMEMBERED) cache.delete(cache.keys().next().value!);
  cache.set(key, answer);
  return answer;
}

// NOTE: not meetings: which is the last or next one, and whether questions are still open, move with the clock.
const fromCatalogueAlone = new Set<Intent['kind']>(['glossary', 'person', 'passage', 'ask-back', 'not-found', 'recommendation', 'risk', 'risks', 'report']);
const answers = new WeakMap<AskCatalogue, Map<string, Answer>>();

async function answerIntent(catalogue: AskCatalogue, stores: AskStores, question: Question, intent: Intent, today: string): Promise<Answer> {
  switch (intent.kind) {
    case 'indicator':
      return answerIndicator(catalogue, stores, intent);
    case 'action':
      return answerAction(catalogue, stores.actionUpdates, intent, today);
    case 'list':
      return answerList(catalogue, stores, intent, today);
    case 'plan':
      return answerPlan(catalogue, stores.actionUpdates, intent);
    case 'recommendation':
      return answerRecommendation(catalogue, intent);
    case 'risk':
      return answerRisk(catalogue, intent);
    case 'risks':
      return answerRisks(catalogue, intent);
    case 'report':
      return answerReport(catalogue, intent);
    case 'meeting':
      return answerMeeting(catalogue, intent, today, { now: question.now, timeZone: question.timeZone });
    case 'glossary':
      return answerGlossary(catalogue, intent);
    case 'person':
      return answerPerson(catalogue, intent, today);
    case 'passage':
      return answerPassage(catalogue, intent);
    case 'ask-back':
      return answerAskBack(intent);
    case 'not-found':
      if (intent.reason === 'no-more') {
        const answer = emptyAnswer('not-found', 'Nothing more to show', 'There is no list to continue. Ask a question first, for example "which actions are overdue?".');
        return answer;
      }
      return notFound(catalogue, question.text);
  }
}
