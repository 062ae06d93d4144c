import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { helpCommand } from '../../src/teams/routes/help';
import { pingCommand } from '../../src/teams/routes/ping';
import { setFeedCommand, stopFeedCommand } from '../../src/teams/routes/feed';
import { outboxCommand, retryCommand } from '../../src/teams/routes/outbox';
import { askQuestionCommand, myQuestionsCommand, openQuestionsCommand, packCommand, queueCommand, questionsForMeCommand } from '../../src/teams/routes/questions';
import { setRemindersCommand, showRemindersCommand } from '../../src/teams/routes/reminders';
import { reportCommand } from '../../src/teams/routes/reports';
import { recordCommand } from '../../src/teams/routes/update-record';
import { administratorCommand, delegateCommand, directionCommand, toleranceCommand } from '../../src/teams/routes/update-settings';
import { showQuestionCommand } from '../../src/teams/routes/shared-cards';
import { historyCommand, myActionsCommand, updateCommand } from '../../src/teams/routes/updates';
import { FILE_DOWNLOAD_INFO } from '../../src/teams/routes/files-import';
import { activityFixture } from '../helpers/fixtures';
import { catalogueTables, conversationTypes, people, press, run, say, snapshot, stranger, type Where, type Who } from './harness';
import { recordRoutes, type RouteRegistry } from './route-registry';
import { ACTION, buildScenario, DEAD_KEY, MEETING, OPEN, PLAN, type Scenario } from './scenario';

/**
 * Issue 8: "Role checks hold on every path that changes data, from any conversation type; a test
 * tries each as a member who is not allowed."
 *
 * Every route the real app registers is in the table below, classed as a path that changes data, a
 * view kept to certain roles, a view open to anyone, or a Teams system event. Each is driven through
 * the real app (createBot over the seeded embedded store) by people who may not use it, from a 1:1
 * chat, a group chat and a channel, by Action.Execute and by the Action.Submit fallback for card
 * verbs; the refusal must be the one that path gives, and no business table may change. A route
 * registered later and missing from the table fails the first test, naming it.
 */
type Persona = { who: Who; as: string };
const councillor: Persona = { who: people.mo, as: 'a councillor on the committee with no other role' };
const outsider: Persona = { who: stranger, as: 'someone not in the directory' };
const officer: Persona = { who: people.sam, as: 'an officer who is not a councillor' };

type Kind = 'changes data' | 'restricted view' | 'open view' | 'system event';
interface Row {
  kind: Kind;
  /** What it does, for the test name. */
  title: string;
  /** A card verb (run by Action.Execute and Action.Submit), a typed command, or a ready-made activity. */
  verb?: string;
  data?: (s: Scenario) => Promise<Record<string, unknown>> | Record<string, unknown>;
  command?: RegExp;
  text?: string;
  /** The registered route label the activity must reach (commands and events). */
  route?: string;
  activity?: (who: Who, where: Where) => Partial<Activity>;
  /** A card verb Teams sends only as Action.Execute (a refresh), with no Action.Submit fallback. */
  executeOnly?: boolean;
  /** Who tries it. */
  as: Persona[];
  /** The refusal they must get (changes data and restricted views). */
  refusal?: (p: Persona, where: Where) => string;
}

const adminsOf = `Only the administrators of ${PLAN} can change its settings.`;
const notReviewer = `Only the chair of the ${MEETING.body} or democratic services can review its questions.`;
const notPackHolder = `Only the chair of the ${MEETING.body} or democratic services can have its question pack.`;
/** The scenario's question window, once built (a consent answer names it as Teams would send it back). */
let scenarioWindowId = '';
const notChair = 'Only a committee chair or democratic services can open questions. Ask democratic services to give you the chair role in the directory.';
const notCouncillor = 'Only councillors listed in the directory can submit questions. Ask democratic services to add you.';
const outboxRefusal = "Sorry, only the bot's administrators (the admin role in the people file) can see or retry the outbox.";
const cannotUpdate = `Sorry, I can't take that update for action 1.9 of ${PLAN}.`;
const cannotRecord = "Sorry, I can't take a value for ";
const update = (s: Scenario, fields: Record<string, unknown>) => s.updateVersion().then((version) => ({ actionId: ACTION, version, ...fields }));
const decision = (which: 'q1' | 'q2', extra: Record<string, unknown> = {}) => async (s: Scenario) => ({ questionId: s[which], version: await s.version(s[which]), ...extra });

const rows: Row[] = [
  // Officers' updates and plan settings.
  { kind: 'changes data', title: 'action status update', verb: 'action.update', data: (s) => update(s, { status: 'R', commentary: 'Behind.', nextSteps: 'Recover by May.', revisedDue: '', evidenceUrl: '' }), as: [councillor, outsider], refusal: () => cannotUpdate },
  { kind: 'changes data', title: 'action status update with invalid input', verb: 'action.update', data: (s) => update(s, { status: 'R', commentary: '', nextSteps: '', revisedDue: '2001-01-01', evidenceUrl: 'nope' }), as: [councillor, outsider], refusal: () => cannotUpdate },
  { kind: 'changes data', title: 'indicator value record', verb: 'indicator.record', data: (s) => ({ offered: s.offered, indicatorId: s.offered[0], period: 'February 2026', periodEnd: '', value: '31', commentary: '' }), as: [councillor, outsider], refusal: () => cannotRecord },
  { kind: 'changes data', title: 'indicator value record with invalid input', verb: 'indicator.record', data: (s) => ({ offered: s.offered, indicatorId: s.offered[0], period: '', periodEnd: '', value: 'lots', commentary: '' }), as: [councillor, outsider], refusal: () => cannotRecord },
  { kind: 'changes data', title: 'plan tolerance', command: toleranceCommand, text: "tolerance 5% for medway children's", as: [councillor, outsider], refusal: () => adminsOf },
  { kind: 'changes data', title: 'delegate an action', command: delegateCommand, text: 'delegate 1.9 to someone@council.example', as: [councillor, outsider], refusal: () => "Only the lead of action 1.9 or the plan's administrators can name delegates for it." },
  { kind: 'changes data', title: "set which way is better for a plan's indicator", command: directionCommand, text: 'higher is better for % of completion', as: [councillor, outsider],
    refusal: () => `Only the administrators of ${PLAN} can say which way is better for its indicators.` },
  { kind: 'changes data', title: 'add a plan administrator', command: administratorCommand, text: "administrator someone@council.example for medway children's", as: [councillor, outsider], refusal: () => adminsOf },
  { kind: 'changes data', title: 'set the board feed', command: setFeedCommand, text: 'set feed for medway childrens services', as: [councillor, outsider],
    refusal: (_p, where) => (where === 'channel' ? `Sorry, only the administrators of ${PLAN} can choose where its updates are posted.` : 'Type set feed for [plan] in the channel the board should see the updates in') },
  { kind: 'changes data', title: 'stop the board feed', command: stopFeedCommand, text: 'stop feed for medway childrens services', as: [councillor, outsider], refusal: () => `Sorry, only the administrators of ${PLAN} can choose where its updates are posted.` },
  { kind: 'changes data', title: 'set reminders', command: setRemindersCommand, text: 'set reminders for YOT plan: monthly on 5', as: [councillor, outsider], refusal: () => 'Sorry, only the administrators of ' },
  { kind: 'changes data', title: 'retry the outbox (typed, one key)', command: retryCommand, text: `outbox retry ${DEAD_KEY}`, as: [councillor, outsider], refusal: () => outboxRefusal },
  { kind: 'changes data', title: 'retry the outbox (typed, all)', command: retryCommand, text: 'outbox retry all', as: [councillor, outsider], refusal: () => outboxRefusal },
  { kind: 'changes data', title: 'retry the outbox (card button)', verb: 'outbox.retry', data: () => ({}), as: [councillor, outsider], refusal: () => outboxRefusal },
  // Questions: open a window, submit, withdraw, review, answer, approve.
  { kind: 'changes data', title: 'open a question window', verb: 'question.open', data: () => ({ meeting: { ...MEETING, date: '2026-05-14' }, ...OPEN }), as: [councillor, outsider], refusal: () => `Only the chair of the ${MEETING.body} or democratic services can open questions for it.` },
  { kind: 'changes data', title: 'submit a question', verb: 'question.submit', data: (s) => ({ windowId: s.windowId, questionId: '', formId: 'form-x', agendaItem: '9', text: 'Is every child in care visited within the statutory timescale?', putTo: '', confirmSimilar: true, late: false }), as: [officer, outsider], refusal: () => notCouncillor },
  { kind: 'changes data', title: "edit someone else's question", verb: 'question.submit', data: (s) => ({ windowId: s.windowId, questionId: s.q2, formId: 'form-y', agendaItem: '8', text: 'Rewritten by someone else entirely, which must not be saved.', putTo: '', confirmSimilar: true, late: false }), as: [councillor, outsider],
    refusal: (p) => (p === councillor ? 'Only the member who submitted a question can change it.' : notCouncillor) },
  { kind: 'changes data', title: "withdraw someone else's question", verb: 'question.withdraw', data: decision('q2'), as: [councillor, outsider], refusal: () => 'Only the member who submitted a question can withdraw it.' },
  { kind: 'changes data', title: 'accept a question', verb: 'question.accept', data: decision('q2'), as: [councillor, outsider], refusal: () => notReviewer },
  { kind: 'changes data', title: 'reject a question', verb: 'question.reject', data: decision('q2', { reason: 'Not for this meeting.' }), as: [councillor, outsider], refusal: () => notReviewer },
  { kind: 'changes data', title: 'merge a question', verb: 'question.merge', data: async (s) => ({ ...(await decision('q2')(s)), into: s.q1 }), as: [councillor, outsider], refusal: () => notReviewer },
  { kind: 'changes data', title: 'mark what happened at the meeting', verb: 'question.outcome', data: decision('q1', { outcome: 'asked' }), as: [councillor, outsider], refusal: () => notReviewer },
  { kind: 'changes data', title: 'send a question to an officer', verb: 'question.assign', data: decision('q2', { officer: people.sam.aadObjectId, due: '2026-04-07' }), as: [councillor, outsider], refusal: () => notReviewer },
  { kind: 'changes data', title: 'approve and publish an answer', verb: 'question.approve', data: decision('q1'), as: [councillor, outsider], refusal: () => notReviewer },
  { kind: 'changes data', title: 'send an answer back', verb: 'question.return', data: decision('q1', { note: 'Try again.' }), as: [councillor, outsider], refusal: () => notReviewer },
  { kind: 'changes data', title: 'write the written answer', verb: 'question.answer', data: decision('q1', { answer: 'An answer from the wrong person.' }), as: [councillor, outsider], refusal: () => 'Only the officer Q1 was sent to can answer it.' },

  { kind: 'changes data', title: 'import a file sent in the chat', route: 'message:hasFiles', as: [councillor, outsider], activity: fileSent,
    refusal: (_p, where) => (where === 'personal' ? 'Only administrators can import files into the catalogue, so nothing was imported.' : 'I import files only in a 1:1 chat with me') },

  // Views kept to some people: they change nothing, and show nothing to others.
  { kind: 'restricted view', title: 'the question pack as a Word file (card button)', verb: 'paper.send', data: (s) => ({ paper: { kind: 'question-pack', windowId: s.windowId } }), as: [councillor, outsider], refusal: () => notPackHolder },
  { kind: 'restricted view', title: 'the question pack uploaded on a file consent', route: 'fileConsent:accept', as: [councillor, outsider], activity: (who) => consentAnswer(who, 'accept'), refusal: () => notPackHolder },
  { kind: 'restricted view', title: 'the update form (card button)', verb: 'action.open', data: () => ({ actionId: ACTION }), as: [councillor, outsider], refusal: () => cannotUpdate },
  { kind: 'restricted view', title: 'the update form (typed)', command: updateCommand, text: 'update 1.9', as: [councillor, outsider], refusal: () => cannotUpdate },
  { kind: 'restricted view', title: 'the record form (card button)', verb: 'indicator.open', data: () => ({ actionId: ACTION }), as: [councillor, outsider], refusal: () => cannotRecord },
  { kind: 'restricted view', title: 'the record form (typed)', command: recordCommand, text: 'record 1.9', as: [councillor, outsider], refusal: () => cannotRecord },
  { kind: 'restricted view', title: 'the outbox', command: outboxCommand, text: 'outbox', as: [councillor, outsider], refusal: () => outboxRefusal },
  { kind: 'restricted view', title: 'the meeting picker (typed)', command: openQuestionsCommand, text: 'open questions', as: [councillor, outsider], refusal: () => notChair },
  { kind: 'restricted view', title: 'the new-meeting form', verb: 'question.meeting.new', data: () => ({}), as: [councillor, outsider], refusal: () => notChair },
  { kind: 'restricted view', title: 'the open-questions form for a meeting typed in', verb: 'question.meeting.create', data: () => ({ ...MEETING, date: '2026-05-14' }), as: [councillor, outsider], refusal: () => notChair },
  { kind: 'restricted view', title: 'the open-questions form for an imported meeting', verb: 'question.open.form', data: () => ({ meetingId: 'medway/children-and-young-people-overview-and-scrutiny-committee/2023-03-02' }), as: [councillor, outsider], refusal: () => notChair },
  { kind: 'restricted view', title: 'the question form (card button)', verb: 'question.form', data: (s) => ({ windowId: s.windowId }), as: [officer, outsider], refusal: () => notCouncillor },
  { kind: 'restricted view', title: 'the question form (typed)', command: askQuestionCommand, text: 'ask a question', as: [officer, outsider], refusal: () => notCouncillor },
  { kind: 'restricted view', title: "the edit form of someone else's question", verb: 'question.edit', data: (s) => ({ questionId: s.q2 }), as: [councillor, outsider], refusal: () => 'Only the member who submitted a question can change it.' },
  { kind: 'restricted view', title: 'a question under review', verb: 'question.review', data: (s) => ({ questionId: s.q2 }), as: [councillor, outsider], refusal: () => notReviewer },
  { kind: 'restricted view', title: 'the question queue (card button)', verb: 'question.queue', data: (s) => ({ windowId: s.windowId }), as: [councillor, outsider], refusal: () => "Only the committee's chair or democratic services can see its question queue." },
  { kind: 'restricted view', title: 'the question queue (typed)', command: queueCommand, text: 'question queue', as: [councillor, outsider], refusal: () => 'There are no question windows you can review.' },
  { kind: 'restricted view', title: 'a question card for the chat (typed), by someone not in the directory', command: showQuestionCommand, text: 'question Q2', as: [outsider], refusal: () => "I can only show questions to people in the council's directory." },
  { kind: 'restricted view', title: 'the question pack (card button)', verb: 'question.pack', data: (s) => ({ windowId: s.windowId }), as: [councillor, outsider], refusal: () => `Only the chair of the ${MEETING.body} or democratic services can publish its question pack.` },
  { kind: 'restricted view', title: 'the question pack (typed)', command: packCommand, text: 'question pack for 9 April', as: [councillor, outsider], refusal: () => `Only the chair of the ${MEETING.body} or democratic services can publish its question pack.` },
  { kind: 'restricted view', title: 'the accepted questions of a meeting', route: 'message:<anonymous selector>', text: 'what questions are in for the 9 April meeting?', as: [outsider], refusal: () => "I can only show questions to people in the council's directory." },

  // Open to anyone: they only read.
  { kind: 'open view', title: 'help', command: helpCommand, text: 'help', as: [outsider] },
  { kind: 'open view', title: 'ping', command: pingCommand, text: 'ping', as: [outsider] },
  // Per-person views of shared cards (refresh): the status for them, never the form or the review controls.
  { kind: 'open view', title: "an action card's view (refresh)", verb: 'action.view', executeOnly: true, data: () => ({ actionId: ACTION }), as: [councillor, outsider] },
  { kind: 'open view', title: "a question card's view (refresh)", verb: 'question.view', executeOnly: true, data: (s) => ({ questionId: s.q2 }), as: [councillor, outsider] },
  { kind: 'open view', title: 'a question card for the chat (typed), by a councillor', command: showQuestionCommand, text: 'question Q2', as: [councillor] },
  // The compose box's search (and Copilot's): answers from the papers, like a question in the chat.
  { kind: 'open view', title: 'a search from the compose box', route: 'compose:isSearch', as: [outsider],
    activity: (who, where) => ({ ...activityFixture('invoke-compose-query-groupchat'), ...placeOf(say(who, 'x', where)) }) },
  { kind: 'open view', title: 'a search result picked in the compose box', route: 'compose:selectItem', as: [outsider],
    activity: (who, where) => ({ ...activityFixture('invoke-compose-select-item-groupchat'), ...placeOf(say(who, 'x', where)) }) },
  { kind: 'open view', title: 'a question about the plans', route: 'message:isQuestion', text: 'who leads 1.9 in the medway childrens plan?', as: [outsider] },
  { kind: 'open view', title: 'small talk ("hi", "thanks")', route: 'message:isSmallTalk', text: 'thanks', as: [outsider] },
  { kind: 'open view', title: 'my actions', command: myActionsCommand, text: 'my actions', as: [councillor] },
  { kind: 'open view', title: "an action's history (typed)", command: historyCommand, text: 'history 1.9', as: [councillor] },
  { kind: 'open view', title: "an action's history (card button)", verb: 'action.history', data: () => ({ actionId: ACTION }), as: [councillor] },
  { kind: 'open view', title: 'a status report', command: reportCommand, text: 'report medway childrens services', as: [councillor] },
  { kind: 'open view', title: 'when reminders are due', command: showRemindersCommand, text: 'reminders for YOT plan', as: [councillor] },
  { kind: 'open view', title: 'my questions (typed)', command: myQuestionsCommand, text: 'my questions', as: [councillor] },
  { kind: 'open view', title: 'questions for me (typed)', command: questionsForMeCommand, text: 'questions for me', as: [councillor] },
  { kind: 'open view', title: 'my questions (card button)', verb: 'question.mine', data: () => ({}), as: [councillor] },
  { kind: 'open view', title: 'the accepted questions of a meeting, for a councillor', route: 'message:<anonymous selector>', text: 'what questions are in for the 9 April meeting?', as: [councillor] },

  // Sent by Teams, not typed or pressed by a person.
  { kind: 'system event', title: 'the bot added to a conversation (welcome)', route: 'conversationUpdate:membersAdded', as: [outsider],
    activity: (who, where) => ({ ...activityFixture('conversation-update-bot-added-to-team'), ...placeOf(say(who, 'x', where)), membersAdded: [{ id: '28:7e5d4c3b-2a19-4f08-9e7d-6c5b4a392817', name: 'Board and scrutiny' }] }) },
  { kind: 'system event', title: 'someone else removed from a conversation', route: 'conversationUpdate:membersRemoved', as: [outsider],
    activity: (who, where) => ({ ...activityFixture('conversation-update-bot-added-to-team'), ...placeOf(say(who, 'x', where)), membersAdded: undefined, membersRemoved: [{ id: '29:someone-else', name: 'Someone Else' }] }) },
  { kind: 'system event', title: 'an installation update that is not a removal', route: 'activity:installationUpdate', as: [outsider],
    activity: (who, where) => ({ ...activityFixture('installation-update-remove-personal'), ...placeOf(say(who, 'x', where)), action: 'add' }) },
  { kind: 'system event', title: 'a file consent card declined', route: 'fileConsent:decline', as: [outsider], activity: (who) => consentAnswer(who, 'decline') },
  { kind: 'system event', title: 'a card button no route knows (Action.Execute)', route: 'route:custom', as: [outsider], activity: (who, where) => press(who, 'no.such.verb', {}, where) },
  { kind: 'system event', title: 'text or a card submission no route knows', route: 'activity:message', as: [outsider], activity: (who, where) => press(who, 'no.such.verb', {}, where, 'submit') },
];

/** A file sent to the bot, as Teams delivers it (the link would be the sender's OneDrive). */
function fileSent(who: Who, where: Where): Partial<Activity> {
  const attachments = [{ contentType: FILE_DOWNLOAD_INFO, name: 'pack.txt', content: { downloadUrl: 'https://council-my.sharepoint.com/personal/x/pack.txt', fileType: 'txt' } }];
  return { ...say(who, '', where), attachments };
}

/** Allow or Decline on a file consent card for the scenario's question pack (Teams offers file consent in 1:1 chats only). */
function consentAnswer(who: Who, action: 'accept' | 'decline'): Partial<Activity> {
  const uploadInfo = { name: 'pack.docx', uploadUrl: 'https://council-my.sharepoint.com/personal/x/_api/upload', contentUrl: 'https://council-my.sharepoint.com/personal/x/pack.docx', uniqueId: 'u', fileType: 'docx' };
  return { ...press(who, 'x', {}, 'personal'), name: 'fileConsent/invoke', value: { type: 'fileUpload', action, context: { paper: { kind: 'question-pack', windowId: scenarioWindowId } }, ...(action === 'accept' ? { uploadInfo } : {}) } } as Partial<Activity>;
}

/** The conversation, sender and channel data of an activity, to move a system event between places. */
function placeOf(activity: Partial<Activity>): Partial<Activity> {
  const { conversation, from, channelData, serviceUrl } = activity;
  return { conversation, from, channelData, serviceUrl } as Partial<Activity>;
}

/** The registered route a row's activity reaches, by delivery. */
function routesOf(row: Row): { delivery?: 'execute' | 'submit'; route: string }[] {
  if (row.verb && row.executeOnly) return [{ delivery: 'execute', route: `execute:${row.verb}` }];
  if (row.verb) return [{ delivery: 'execute', route: `execute:${row.verb}` }, { delivery: 'submit', route: `submit:${row.verb}` }];
  if (row.command) return [{ route: `message:${row.command.source}` }];
  return [{ route: row.route! }];
}

const place: Record<Where, string> = { personal: 'a 1:1 chat', groupChat: 'a group chat', channel: 'a channel' };
const cases = rows.flatMap((row) =>
  routesOf(row).flatMap(({ delivery, route }) =>
    row.as.flatMap((persona) =>
      conversationTypes.map((where) => ({
        name: `${row.kind}: ${row.title}${delivery ? ` (${delivery === 'execute' ? 'Action.Execute' : 'Action.Submit'})` : ''}, by ${persona.as}, in ${place[where]}`,
        row,
        route,
        delivery,
        persona,
        where,
      })),
    ),
  ),
);

describe('role checks on every path, from every conversation type', () => {
  let s: Scenario;
  let registry: RouteRegistry<Scenario>;
  let catalogueBefore: Record<string, string>;

  beforeAll(async () => {
    registry = await recordRoutes(() => buildScenario(), (built) => built.t.bot.app);
    s = registry.built;
    scenarioWindowId = s.windowId;
    registry.takeRan();
    catalogueBefore = await snapshot(s.stores.sql, 'catalogue');
  });
  afterAll(async () => {
    await s?.stores.close();
  });

  it('has every route the app registers in its table (a new verb or command needs a row here)', () => {
    const covered = new Set(rows.flatMap((row) => routesOf(row).map((r) => r.route)));
    expect(registry.labels.filter((label) => !covered.has(label)), 'registered routes with no row in test/security/role-checks.test.ts').toEqual([]);
    expect([...covered].filter((label) => !registry.labels.includes(label)), 'rows naming a route the app no longer registers').toEqual([]);
    expect(registry.labels.length).toBeGreaterThan(40);
  });

  it.each(cases)('$name', async ({ row, route, delivery, persona, where }) => {
    const before = await snapshot(s.stores.sql, 'business');
    const activity = row.verb
      ? press(persona.who, row.verb, await row.data!(s), where, delivery)
      : row.activity
        ? row.activity(persona.who, where)
        : say(persona.who, row.text!, where);
    const turn = await run(s.t, activity);

    expect(registry.takeRan(), 'the route the activity reached').toEqual([route]);
    if (row.refusal) expect(turn.text).toContain(row.refusal(persona, where));
    if (row.kind === 'changes data' || row.kind === 'restricted view') {
      // A sentence only: nothing replaced for the others in the conversation, and no card sent back.
      expect(turn.updated).toEqual([]);
      expect(turn.invoke?.type ?? 'application/vnd.microsoft.activity.message').toBe('application/vnd.microsoft.activity.message');
      expect(turn.sent.flatMap((a) => a.attachments ?? [])).toEqual([]);
    }
    expect(await snapshot(s.stores.sql, 'business'), 'business tables after the attempt').toEqual(before);
  });

  it('left every imported table as it was', async () => {
    expect(catalogueTables.length).toBeGreaterThan(5);
    expect(await snapshot(s.stores.sql, 'catalogue')).toEqual(catalogueBefore);
  });
});
