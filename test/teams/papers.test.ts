import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Activity, Attachment } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Directory, DirectoryPerson } from '../../src/domain/directory';
import { importFiles } from '../../src/services/import-files';
import { FILE_CONSENT, FILE_INFO } from '../../src/teams/routes/papers';
import { activityFixture } from '../helpers/fixtures';
import { startFakeTeamsConnector } from '../helpers/fake-teams-connector';
import { personalChat, senderFor } from '../services/outbox/outbox-harness';
import { type FakeOneDrive, startFakeOneDrive } from '../helpers/fake-onedrive';
import { cardText, createTestBot, firstCard, type TestBot } from '../helpers/test-bot';

const person = (name: string, aadObjectId: string, roles: DirectoryPerson['roles'], committees: string[] = []): DirectoryPerson => ({ name, aadObjectId, roles, jobTitles: [], committees });
const COMMITTEE = 'CYP Overview and Scrutiny Committee';
const chair = person('Cllr Chair', '6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b', ['member', 'chair'], [COMMITTEE]);
const member = person('Cllr Member', '2d3e4f50-6a7b-4c8d-9e0f-1a2b3c4d5e6f', ['member'], [COMMITTEE]);
const directory: Directory = { people: [chair, member] };
const from = (who: DirectoryPerson) => ({ id: `29:${who.aadObjectId}`, name: who.name, aadObjectId: who.aadObjectId });

const say = (text: string, who: DirectoryPerson, where: 'personal' | 'channel' = 'personal') =>
  activityFixture(where === 'personal' ? 'message-personal' : 'message-channel', { text, from: from(who) });
function press(data: Record<string, unknown>, who: DirectoryPerson, where: 'personal' | 'channel' = 'personal'): Partial<Activity> {
  const base = activityFixture(`invoke-card-action-${where}`) as Partial<Activity> & { value: { action: Record<string, unknown> } };
  return { ...base, id: `press-${Math.random()}`, from: from(who), value: { ...base.value, action: { ...base.value.action, verb: 'paper.send', data } } };
}
/** What Teams sends when the person presses Allow or Decline on the file consent card. */
function consentAnswer(consent: Attachment, action: 'accept' | 'decline', who: DirectoryPerson, uploadUrl?: string): Partial<Activity> {
  const base = activityFixture('invoke-card-action-personal');
  const content = consent.content as { acceptContext: unknown; declineContext: unknown };
  return {
    ...base,
    name: 'fileConsent/invoke',
    from: from(who),
    value: {
      type: 'fileUpload',
      action,
      context: action === 'accept' ? content.acceptContext : content.declineContext,
      ...(uploadUrl
        ? { uploadInfo: { contentUrl: `https://council-my.sharepoint.com/personal/chair/Documents/Applications/${consent.name}`, name: consent.name, uploadUrl, uniqueId: 'B1A2', fileType: 'docx' } }
        : {}),
    },
  } as Partial<Activity>;
}
const attachmentsOf = (sent: Partial<Activity>[], contentType: string) => sent.flatMap((a) => a.attachments ?? []).filter((a) => a.contentType === contentType);
const texts = (sent: Partial<Activity>[]) => sent.map((a) => a.text ?? '').join(' ');
/** The paper.send data of the card's Word file button. */
function wordButton(card: unknown): Record<string, unknown> {
  const actions = (card as { actions?: { verb?: string; data?: Record<string, unknown> }[] }).actions ?? [];
  const found = actions.find((a) => a.verb === 'paper.send');
  if (!found?.data) throw new Error('no Word file button on the card');
  return found.data;
}

describe('papers in the chat: the status report and the question pack as Word files', () => {
  let bot: TestBot;
  let drive: FakeOneDrive;

  beforeAll(async () => {
    drive = await startFakeOneDrive();
    bot = await createTestBot({ directory });
    const csv = readFileSync(join(__dirname, '..', 'fixtures', 'spreadsheets', 'officer-actions.csv'));
    const imported = await importFiles(bot.stores.catalogue, [{ fileName: 'actions.csv', bytes: csv }]);
    expect(imported.ok).toBe(true);
    const q = bot.stores.questions;
    const meeting = { id: 'created/cyp/2026-12-03', origin: 'created' as const, body: COMMITTEE, date: '2026-12-03', agenda: [{ number: '9', title: 'Sufficiency' }] };
    await q.createWindow(
      { id: 'w1', meeting, rule: { kind: 'fixed', date: '2026-12-01', time: '17:00' }, deadline: '2026-12-01T17:00:00.000Z', maxPerMember: 2, maxLength: 1000, openedBy: { name: chair.name }, openedAt: '2026-11-10T09:00:00.000Z', version: 1 },
      { windowId: 'w1', kind: 'window-opened', by: { name: chair.name }, at: '2026-11-10T09:00:00.000Z', detail: {} },
    );
    await q.addQuestion(
      { id: 'q1', windowId: 'w1', agendaItem: '9', text: 'How many placements are out of area?', askers: [{ name: member.name }], status: 'accepted', late: false, receivedAt: '2026-11-11T09:00:00.000Z', updatedAt: '2026-11-11T09:00:00.000Z', similar: [] },
      { windowId: 'w1', kind: 'submitted', by: { name: member.name }, at: '2026-11-11T09:00:00.000Z', detail: {} },
      'k1',
    );
  });
  afterAll(async () => {
    await bot?.close();
    await drive?.close();
  });

  it('in a 1:1 chat: the report card has no command line; its button brings the file consent card; Allow puts the .docx in OneDrive and shows it', async () => {
    const card = firstCard(await bot.send(say('report Anytown Early Help Plan', member)));
    // What a person reads (the card's body), not the button's data.
    expect(cardText((card as { body: unknown }).body)).not.toMatch(/npm|\/|\\-\\-/);
    const pressed = await bot.send(press(wordButton(card), member));
    const [consent] = attachmentsOf(pressed, FILE_CONSENT);
    expect(consent?.name).toMatch(/^anytown-early-help-plan-status-2026-11-20\.docx$/);
    const content = consent!.content as { sizeInBytes: number; description: string };
    expect(content.description).toContain('Anytown Early Help Plan: status report');
    expect(content.sizeInBytes).toBeGreaterThan(1000);

    const uploadUrl = `${drive.base}/up/session-1`;
    const done = await bot.send(consentAnswer(consent!, 'accept', member, uploadUrl));
    const upload = drive.uploads.at(-1)!;
    expect(upload.path).toBe('/up/session-1');
    expect(upload.bytes.subarray(0, 2).toString()).toBe('PK');
    expect(upload.headers['content-range']).toBe(`bytes 0-${upload.bytes.length - 1}/${upload.bytes.length}`);
    const [info] = attachmentsOf(done, FILE_INFO);
    expect(info).toMatchObject({ name: consent!.name, contentUrl: expect.stringContaining('council-my.sharepoint.com'), content: { uniqueId: 'B1A2', fileType: 'docx' } });
  });

  it('Decline saves nothing and says how to have it later', async () => {
    const card = firstCard(await bot.send(say('report Anytown Early Help Plan', member)));
    const [consent] = attachmentsOf(await bot.send(press(wordButton(card), member)), FILE_CONSENT);
    const uploads = drive.uploads.length;
    const sent = await bot.send(consentAnswer(consent!, 'decline', member));
    expect(texts(sent)).toContain('You declined, so the report was not saved to your OneDrive. Press Word file on the card whenever you want it.');
    expect(drive.uploads.length).toBe(uploads);
  });

  it('says so when OneDrive refuses the upload, and puts nothing anywhere else', async () => {
    const card = firstCard(await bot.send(say('report Anytown Early Help Plan', member)));
    const [consent] = attachmentsOf(await bot.send(press(wordButton(card), member)), FILE_CONSENT);
    drive.answerUploadsWith(500);
    const sent = await bot.send(consentAnswer(consent!, 'accept', member, `${drive.base}/up/session-2`));
    drive.answerUploadsWith(201);
    expect(texts(sent)).toMatch(/I could not save anytown-early-help-plan-status-2026-11-20\.docx to your OneDrive \(HTTP 500\)/);
    expect(attachmentsOf(sent, FILE_INFO)).toEqual([]);
  });

  it('the chair gets the question pack as a Word file, not Markdown, in a 1:1 chat', async () => {
    const sent = await bot.send(say('question pack for 3 December', chair));
    const text = cardText((firstCard(sent) as { body: unknown }).body);
    expect(text).toContain('Question pack: ');
    expect(text).toContain('Item 9: Sufficiency');
    expect(text).not.toMatch(/npm|#|created\//);
    const [consent] = attachmentsOf(sent, FILE_CONSENT);
    expect(consent?.name).toBe('questions-cyp-overview-and-scrutiny-committee-2026-12-03.docx');
    const done = await bot.send(consentAnswer(consent!, 'accept', chair, `${drive.base}/up/session-3`));
    expect(drive.uploads.at(-1)!.path).toBe('/up/session-3');
    expect(drive.uploads.at(-1)!.bytes.subarray(0, 2).toString()).toBe('PK');
    expect(attachmentsOf(done, FILE_INFO)).toHaveLength(1);
  });

  it('a consent answer for a pack from someone who may not have it uploads nothing', async () => {
    const [consent] = attachmentsOf(await bot.send(say('question pack for 3 December', chair)), FILE_CONSENT);
    const uploads = drive.uploads.length;
    const sent = await bot.send(consentAnswer(consent!, 'accept', member, `${drive.base}/up/session-4`));
    expect(texts(sent)).toContain('Only the chair of the CYP Overview and Scrutiny Committee or democratic services can have its question pack.');
    expect(drive.uploads.length).toBe(uploads);
  });

  it('in a channel: one tap sends the file consent card to the person\'s 1:1 chat', async () => {
    const card = firstCard(await bot.send(say('report Anytown Early Help Plan', member, 'channel')));
    expect(cardText(card)).toContain('the button sends it to your 1:1 chat with me');
    const sent = await bot.send(press(wordButton(card), member, 'channel'));
    expect(attachmentsOf(sent, FILE_CONSENT)).toEqual([]);
    expect(JSON.stringify(sent)).toContain('I have sent the Word file to our 1:1 chat');
    const queued = (await bot.stores.outbox.list({})).filter((m) => m.key.startsWith('paper:'));
    expect(queued).toHaveLength(1);
    expect(queued[0]!.target).toEqual({ kind: 'user', aadObjectId: member.aadObjectId });
    expect(queued[0]!.card).toMatchObject({ contentType: FILE_CONSENT, name: 'anytown-early-help-plan-status-2026-11-20.docx' });

    // The outbox's sender posts it to the 1:1 chat as the consent card itself, not as an Adaptive Card.
    const connector = await startFakeTeamsConnector();
    try {
      // The member's 1:1 chat the bot already knows (from the turns above), as reached through the stand-in connector.
      const chatId = activityFixture('message-personal').conversation!.id;
      const chat = personalChat(connector, 1, member.aadObjectId);
      await bot.stores.conversations.upsert({ ...chat, id: chatId, reference: { ...chat.reference, conversation: { id: chatId, conversationType: 'personal' } } });
      await senderFor(bot.stores, { clock: () => new Date('2026-11-20T09:00:00Z') }).sender.runOnce();
      const [posted] = connector.activities();
      expect(await bot.stores.outbox.get(queued[0]!.key)).toMatchObject({ status: 'sent' });
      expect(posted?.path).toContain(encodeURIComponent(chatId));
      expect(posted?.body.attachments).toEqual([expect.objectContaining({ contentType: FILE_CONSENT, name: 'anytown-early-help-plan-status-2026-11-20.docx' })]);
    } finally {
      await connector.close();
    }
  });

  it('outside local mode, uploads only to https OneDrive or SharePoint addresses', async () => {
    const strict = await createTestBot({ directory, stores: bot.stores, allowLoopbackFiles: false });
    const card = firstCard(await strict.send(say('report Anytown Early Help Plan', member)));
    const [consent] = attachmentsOf(await strict.send(press(wordButton(card), member)), FILE_CONSENT);
    const uploads = drive.uploads.length;
    for (const url of [`${drive.base}/up/session-5`, 'http://council-my.sharepoint.com/up', 'https://10.0.0.4/up']) {
      const sent = await strict.send(consentAnswer(consent!, 'accept', member, url));
      expect(texts(sent)).toContain('so nothing was saved');
    }
    expect(drive.uploads.length).toBe(uploads);
  });
});
