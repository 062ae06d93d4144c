import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Directory, DirectoryPerson } from '../../src/domain/directory';
import { FILE_DOWNLOAD_INFO, IMPORT_MAX_FILE_BYTES } from '../../src/teams/routes/files-import';
import { activityFixture } from '../helpers/fixtures';
import { type FakeOneDrive, startFakeOneDrive } from '../helpers/fake-onedrive';
import { cardText, createTestBot, firstCard, type TestBot } from '../helpers/test-bot';

const person = (name: string, aadObjectId: string, roles: DirectoryPerson['roles']): DirectoryPerson => ({ name, aadObjectId, roles, jobTitles: [], committees: [] });
const ada = person('Ada Admin', '3c2b1a09-8f7e-4d6c-9b5a-493827160514', ['admin']);
const jane = person('Cllr Jane Example', '6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b', ['member', 'chair']);
const directory: Directory = { people: [ada, jane] };
const packPath = join(__dirname, '..', '..', 'seeds', 'packs', '001_4cc41449b754ee5d.txt');
const sheetPath = join(__dirname, '..', 'fixtures', 'spreadsheets', 'officer-actions.csv');

/** A file sent to the bot in a 1:1 chat, as Teams delivers it: the file is in the sender's OneDrive. */
function fileMessage(who: DirectoryPerson, files: { name: string; url: string }[], conversationType = 'personal'): Partial<Activity> {
  const base = activityFixture('message-personal');
  return {
    ...base,
    text: '',
    from: { id: `29:${who.name}`, name: who.name, aadObjectId: who.aadObjectId },
    conversation: { ...base.conversation!, conversationType },
    attachments: files.flatMap((f) => [
      {
        contentType: FILE_DOWNLOAD_INFO,
        contentUrl: `https://council-my.sharepoint.com/personal/ada/Documents/Microsoft%20Teams%20Chat%20Files/${f.name}`,
        name: f.name,
        content: { downloadUrl: f.url, uniqueId: `id-${f.name}`, fileType: f.name.split('.').pop(), etag: '{1}' },
      },
      // NOTE: Teams also sends the message's own body as text/html beside the file.
      { contentType: 'text/html', content: '<div></div>' },
    ]),
  } as Partial<Activity>;
}

describe('an administrator sends agenda packs or the template to the bot in a 1:1 chat', () => {
  let bot: TestBot;
  let drive: FakeOneDrive;
  const snapshot = async () => ({
    version: await bot.stores.catalogue.version(),
    plans: (await bot.stores.catalogue.listPlans()).length,
    actions: (await bot.stores.catalogue.listActions()).length,
    meetings: (await bot.stores.catalogue.listMeetings()).length,
    documents: (await bot.stores.catalogue.listDocuments()).length,
    reports: (await bot.stores.catalogue.listReports()).length,
  });

  // NOTE: one bot (and in-memory store) for the file, as PGlite takes a while to start: the imports
  // come first, then each refusal compares the store before and after.
  beforeAll(async () => {
    drive = await startFakeOneDrive();
    bot = await createTestBot({ directory });
  });
  afterAll(async () => {
    await bot?.close();
    await drive.close();
  });

  it('imports an agenda pack from the link Teams gives and answers with the import report card', async () => {
    const url = drive.serve('/dl/pack.txt?tempauth=x', { kind: 'bytes', bytes: readFileSync(packPath) });
    const sent = await bot.send(fileMessage(ada, [{ name: 'yot-pack.txt', url }]));
    const text = cardText(firstCard(sent));
    expect(text).toContain('Imported yot\\-pack.txt');
    const after = await snapshot();
    expect(after.documents).toBe(1);
    expect(after.version).not.toBe('0');
    expect(text).toContain(`${after.meetings} meeting`);
    expect(after.meetings).toBeGreaterThan(0);
    expect(after.reports).toBeGreaterThan(0);
    expect(text).toContain(`${after.reports} report`);
  });

  it('imports the template as CSV and says what it read per plan', async () => {
    const url = drive.serve('/dl/actions.csv', { kind: 'bytes', bytes: readFileSync(sheetPath) });
    const text = cardText(firstCard(await bot.send(fileMessage(ada, [{ name: 'actions.csv', url }]))));
    const plan = (await bot.stores.catalogue.listPlans()).find((p) => p.name === 'Anytown Early Help Plan');
    const actions = (await bot.stores.catalogue.listActions()).filter((a) => a.planId === plan?.id);
    expect(actions.length).toBeGreaterThan(0);
    expect(text).toContain(`Anytown Early Help Plan: `);
    expect(text).toContain(`${actions.length} action`);
  });

  describe('changes nothing, and says what to fix', () => {
    let before: Awaited<ReturnType<typeof snapshot>>;
    beforeEach(async () => {
      before = await snapshot();
      expect(before.documents).toBeGreaterThan(0);
    });
    const sendAndRead = async (activity: Partial<Activity>) => {
      const sent = await bot.send(activity);
      return firstCard(sent) ? cardText(firstCard(sent)) : sent.map((a) => a.text).join(' ');
    };

    it('for a file type the importers do not read (a PDF or Word file), without fetching it', async () => {
      const url = drive.serve('/dl/pack.pdf', { kind: 'bytes', bytes: Buffer.from('%PDF-1.7') });
      const fetched = drive.gets.length;
      const text = await sendAndRead(fileMessage(ada, [{ name: 'pack.pdf', url }]));
      expect(text).toContain('Nothing was imported from pack.pdf');
      expect(text).toContain('not a file type I can import');
      expect(drive.gets.length).toBe(fetched);
      expect(await snapshot()).toEqual(before);
    });

    it('for a file over the limit, stopping the transfer even when no length is declared', async () => {
      const chunk = Buffer.alloc(64 * 1024, 'a');
      const url = drive.serve('/dl/huge.txt', { kind: 'stream', chunk, times: Math.ceil(IMPORT_MAX_FILE_BYTES / chunk.length) + 4 });
      const text = await sendAndRead(fileMessage(ada, [{ name: 'huge.txt', url }]));
      expect(text).toContain('larger than 10 MB, the most I import from a chat');
      expect(await snapshot()).toEqual(before);
    });

    it('for a broken pack among good ones: all or nothing', async () => {
      const good = drive.serve('/dl/good.csv', { kind: 'bytes', bytes: readFileSync(sheetPath) });
      const bad = drive.serve('/dl/broken.xlsx', { kind: 'bytes', bytes: Buffer.from('PK\u0003\u0004 not really a workbook') });
      const text = await sendAndRead(fileMessage(ada, [{ name: 'actions.csv', url: good }, { name: 'broken.xlsx', url: bad }]));
      expect(text).toContain('Nothing was imported from actions.csv, broken.xlsx');
      expect(text).toContain('broken.xlsx');
      expect(await snapshot()).toEqual(before);
    });

    it('for a text file that is not UTF-8', async () => {
      const url = drive.serve('/dl/latin1.txt', { kind: 'bytes', bytes: Buffer.from([0x50, 0x6c, 0x61, 0x6e, 0xa3, 0xff, 0xfe]) });
      const text = await sendAndRead(fileMessage(ada, [{ name: 'latin1.txt', url }]));
      expect(text).toContain('is not UTF\\-8 text');
      expect(await snapshot()).toEqual(before);
    });

    it('from someone who is not an administrator, without fetching the file', async () => {
      const url = drive.serve('/dl/by-jane.txt', { kind: 'bytes', bytes: readFileSync(packPath) });
      const fetched = drive.gets.length;
      const text = await sendAndRead(fileMessage(jane, [{ name: 'by-jane.txt', url }]));
      expect(text).toContain('Only administrators can import files');
      expect(drive.gets.length).toBe(fetched);
      expect(await snapshot()).toEqual(before);
    });

    it('in a group chat or a channel: files are imported in a 1:1 chat only', async () => {
      const url = drive.serve('/dl/group.txt', { kind: 'bytes', bytes: readFileSync(packPath) });
      for (const kind of ['groupChat', 'channel']) {
        const text = await sendAndRead(fileMessage(ada, [{ name: 'group.txt', url }], kind));
        expect(text).toContain('only in a 1:1 chat');
      }
      expect(await snapshot()).toEqual(before);
    });

    it('when OneDrive answers with an error, or the link redirects to another host', async () => {
      const gone = drive.serve('/dl/gone.txt', { kind: 'status', status: 404 });
      expect(await sendAndRead(fileMessage(ada, [{ name: 'gone.txt', url: gone }]))).toContain('could not fetch it from OneDrive \\(HTTP 404\\)');
      const away = drive.serve('/dl/away.txt', { kind: 'redirect', location: 'http://localhost:9/elsewhere' });
      expect(await sendAndRead(fileMessage(ada, [{ name: 'away.txt', url: away }]))).toContain('not a OneDrive or SharePoint file link');
      expect(await snapshot()).toEqual(before);
    });
  });

  it('outside local mode, fetches only https links to OneDrive or SharePoint (no loopback, no other host)', async () => {
    const local = bot;
    bot = await createTestBot({ directory, allowLoopbackFiles: false, stores: local.stores });
    const before = await snapshot();
    const fetched = drive.gets.length;
    const links = [drive.serve('/dl/local.txt', { kind: 'bytes', bytes: readFileSync(packPath) }), 'http://council-my.sharepoint.com/x.txt', 'https://169.254.169.254/latest/meta-data.txt', 'https://evil.example/sharepoint.com.txt'];
    for (const url of links) {
      const text = cardText(firstCard(await bot.send(fileMessage(ada, [{ name: 'p.txt', url }]))));
      expect(text).toContain('not a OneDrive or SharePoint file link');
    }
    expect(drive.gets.length).toBe(fetched);
    expect(await snapshot()).toEqual(before);
    bot = local;
  });
});
