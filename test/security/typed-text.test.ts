import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCardRenderer } from '../../src/cards/render';
import { questionPack } from '../../src/services/questions/question-pack';
import { proactiveJobs } from '../../src/services/scheduler/jobs';
import { Scheduler } from '../../src/app/scheduler';
import { captureLogs } from '../helpers/log-capture';
import { cardOf, directory, people, press, run, say, type Turn } from './harness';
import { ACTION, buildScenario, buttonWithVerb, MEETING, OPEN, type Scenario } from './scenario';

/**
 * Issue 8: "input is treated as text everywhere (no template or markdown injection from what a
 * person typed into what others see)."
 *
 * Every free-text field a person types is filled with Adaptive Card template syntax, Markdown (a
 * link, bold, a heading, code, strike-through; in fields of several lines, lines starting a numbered
 * list, a bullet, a quote and a heading's "===" underline) and HTML, then the workflow runs through
 * the real app and the scheduled jobs. Every card anyone else is shown (replies, cards replaced for
 * everyone, and everything queued in the outbox: feed posts, digests, notices to askers, officers and
 * chairs) is read as Teams reads it: wherever the typed text appears in a place Teams renders
 * Markdown (a TextBlock, a fact), each character that would start Markdown is escaped, no typed line
 * starts a block, and the template expression is shown, not evaluated. The question pack's Markdown,
 * which the chair publishes, is checked the same way.
 */
const inline = (tag: string) => `${tag} \${secret.value} [click me](http://evil.example/${tag}) **bold** # heading <b>html</b> \`code\` ~~gone~~ _it_`;
/**
 * Lines that start a Markdown block: a numbered list, a bullet, a quote, and a line of "=" under
 * another, which turns it into a heading. Each marked line has a word to find it by.
 */
const BLOCK = '\n1. LISTONE\n- LISTITEM\n> QUOTED\nUNDERLINED\n===';
/** Fields typed in a box of several lines (a venue and "put to" are one line; each agenda line is an item). */
const multiLine = new Set(['TAGUPDATE', 'TAGNEXT', 'TAGVALUE', 'TAGQUESTION', 'TAGMO', 'TAGREASON', 'TAGDRAFT', 'TAGNOTE', 'TAGANSWER']);
/** The typed text for a field; fields of several lines get the block lines too. */
const payload = (tag: string) => `${inline(tag)}${multiLine.has(tag) ? BLOCK : ''}`;
/** Characters that start Markdown (or HTML) in a Teams TextBlock: each must arrive escaped. */
const active = new Set(['[', ']', '*', '_', '#', '<', '>', '`', '~']);

/**
 * A pattern matching the typed text as a Markdown reader would show it literally: every active
 * character escaped with a backslash, other punctuation escaped or not, and the template's "${"
 * broken (by a zero-width space) so it is shown, not evaluated.
 */
function literal(text: string, mustEscape: Set<string>): RegExp {
  let source = '';
  for (const c of text) {
    const quoted = c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
    if (c === '$') source += '\\$(?:\\u200b)*';
    // A line break may be shown as one, or as a space where the text is put on one line.
    else if (c === '\n') source += '\\s+';
    else if (mustEscape.has(c)) source += `\\\\${quoted}`;
    else if (/[!-/:-@[-`{-~]/.test(c)) source += `\\\\?${quoted}`;
    else source += quoted;
  }
  return new RegExp(source);
}

/**
 * True when `text` shows `typed` literally, whole or cut short with "…" (a digest clips long lines):
 * the longest start of `typed` found literally must be all of it, or be followed by the ellipsis.
 */
function shownLiterally(text: string, typed: string, mustEscape: Set<string>): boolean {
  for (let k = typed.length; k > 0; k--) {
    const found = literal(typed.slice(0, k), mustEscape).exec(text);
    if (found) return k === typed.length || /^\\?…/.test(text.slice(found.index + found[0].length));
  }
  return false;
}

/**
 * The lines of `text` that came from the typed block lines (and the line after "UNDERLINED", its
 * underline): none may start a list, a quote, a heading or an underline.
 */
function blockStarts(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  return lines.filter((line, i) => /LISTONE|LISTITEM|QUOTED|UNDERLINED/.test(line) || /UNDERLINED/.test(lines[i - 1] ?? '')).filter((line) => /^[ \t]*(?:[-+*>#=]|\d+[.)](?:[ \t]|$))/.test(line));
}

/** Strings Teams renders as Markdown in a card: TextBlock text and FactSet titles and values. */
function markdownStrings(card: unknown): string[] {
  const out: string[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (!value || typeof value !== 'object') return;
    const node = value as Record<string, unknown>;
    if (node.type === 'TextBlock' && typeof node.text === 'string') out.push(node.text);
    if (node.type === 'FactSet' && Array.isArray(node.facts)) {
      for (const f of node.facts as { title?: string; value?: string }[]) out.push(f.title ?? '', f.value ?? '');
    }
    Object.values(node).forEach(walk);
  };
  walk(card);
  return out;
}

const PACK_CARD = 'the question pack, to the chair';

function cardsOf(turn: Turn): unknown[] {
  return [
    ...(turn.invoke?.type === 'application/vnd.microsoft.card.adaptive' ? [turn.invoke.value] : []),
    ...[...turn.sent, ...turn.updated].flatMap((a) => (a.attachments ?? []).map((x) => x.content)),
  ];
}

describe('what people type is shown as text to everyone else', () => {
  let s: Scenario;
  /** Cards others saw, by where they saw them. */
  const seen: { where: string; card: unknown }[] = [];
  const shown = (where: string, turn: Turn) => cardsOf(turn).forEach((card) => seen.push({ where, card }));
  let markdown = '';

  beforeAll(async () => {
    s = await buildScenario();
    const t = s.t;
    // An officer's update and an indicator value, with typed commentary.
    const updated = await run(t, press(people.sam, 'action.update', { actionId: ACTION, version: await s.updateVersion(), status: 'R', commentary: payload('TAGUPDATE'), nextSteps: payload('TAGNEXT'), revisedDue: '', evidenceUrl: '' }));
    shown('the update result, replaced for everyone', { ...updated, sent: [], invoke: undefined });
    expect(updated.updated).toHaveLength(1);
    const recorded = await run(t, press(people.sam, 'indicator.record', { offered: s.offered, indicatorId: s.offered[0], period: 'February 2026', periodEnd: '', value: '31', commentary: payload('TAGVALUE') }));
    shown('the value result, replaced for everyone', { ...recorded, sent: [], invoke: undefined });
    shown('history, to a councillor', await run(t, say(people.mo, 'history 1.9')));
    shown('the update form, to an administrator', await run(t, say(people.ada, 'update 1.9')));
    shown('the status report, to a councillor', await run(t, say(people.mo, 'report medway childrens services exceptions')));

    // A chair opens a meeting they typed in; members ask; the chair reviews, an officer answers.
    const meeting = { ...MEETING, date: '2026-05-14', venue: payload('TAGVENUE'), agenda: `9 ${payload('TAGAGENDA')}` };
    const form = cardOf(await run(t, press(people.chair, 'question.meeting.create', meeting, 'channel')));
    expect((await run(t, press(people.chair, 'question.open', { ...buttonWithVerb(form, 'question.open'), ...OPEN }, 'channel'))).text).toContain('Questions are open');
    const window = (await s.stores.questions.listWindows()).find((w) => w.meeting.date === '2026-05-14')!;
    const ask = (who: typeof people.jane, text: string, putTo: string, confirmSimilar: boolean) =>
      run(t, press(who, 'question.submit', { windowId: window.id, questionId: '', formId: `f-${who.name}`, agendaItem: '9', text, putTo, confirmSimilar, late: false }));
    const janes = `What is the plan for fostering? ${payload('TAGQUESTION')}`;
    expect((await ask(people.jane, janes, payload('TAGPUTTO'), false)).text).toContain('Question received');
    shown('the similar question, to another member', await ask(people.mo, janes, '', false));
    expect((await ask(people.mo, `Something else entirely about transport for children in care, ${payload('TAGMO')}`, '', true)).text).toContain('Question received');
    const [jane, mo] = await s.stores.questions.listQuestions(window.id);
    shown('the queue, to the chair', await run(t, say(people.chair, 'question queue for 14 May')));
    shown('the review, to the chair', await run(t, press(people.chair, 'question.review', { questionId: jane!.id })));
    shown('the rejection, to the chair', await run(t, press(people.chair, 'question.reject', { questionId: mo!.id, version: mo!.version, reason: payload('TAGREASON') })));
    shown("Mo's questions, to Mo", await run(t, say(people.mo, 'my questions')));
    await run(t, press(people.chair, 'question.accept', { questionId: jane!.id, version: await s.version(jane!.id) }));
    await run(t, press(people.chair, 'question.assign', { questionId: jane!.id, version: await s.version(jane!.id), officer: people.sam.aadObjectId, due: '2026-05-12' }));
    await run(t, press(people.sam, 'question.answer', { questionId: jane!.id, version: await s.version(jane!.id), answer: payload('TAGDRAFT') }));
    shown('the drafted answer, to the chair', await run(t, press(people.chair, 'question.review', { questionId: jane!.id })));
    await run(t, press(people.chair, 'question.return', { questionId: jane!.id, version: await s.version(jane!.id), note: payload('TAGNOTE') }));
    await run(t, press(people.sam, 'question.answer', { questionId: jane!.id, version: await s.version(jane!.id), answer: payload('TAGANSWER') }));
    await run(t, press(people.chair, 'question.approve', { questionId: jane!.id, version: await s.version(jane!.id) }));
    shown('the accepted questions, to a member', await run(t, say(people.mo, 'what questions are in for the 14 May meeting?')));
    shown(PACK_CARD, await run(t, say(people.chair, 'question pack for 14 May')));
    markdown = (await questionPack(s.stores.questions, window.id))!.markdown;

    // The board feed and the weekly digest, as the scheduler runs them.
    const logger = captureLogs().logger;
    const context = { stores: s.stores, directory, cards: createCardRenderer(), timeZone: 'Europe/London', logger };
    for (const at of ['2026-03-20T10:05:00Z', '2026-03-23T09:05:00Z']) {
      await new Scheduler({ jobs: proactiveJobs(context), store: s.stores.jobs, clock: () => new Date(at), timeZone: 'Europe/London', logger, intervalMs: 60_000 }).runOnce();
    }
    for (const m of await s.stores.outbox.list({ limit: 500 })) {
      if (m.card) seen.push({ where: `the outbox (${m.key})`, card: m.card });
      // Text (not card) messages: Teams renders Markdown and some HTML there, so typed text must not travel in one.
      if (m.text) expect(m.text, m.key).not.toMatch(/TAG[A-Z]+/);
    }
  });
  afterAll(async () => {
    await s?.stores.close();
  });

  const tags = ['TAGUPDATE', 'TAGNEXT', 'TAGVALUE', 'TAGVENUE', 'TAGAGENDA', 'TAGQUESTION', 'TAGPUTTO', 'TAGMO', 'TAGREASON', 'TAGDRAFT', 'TAGNOTE', 'TAGANSWER'];

  it.each(tags)('%s: everywhere it is shown in a card, it is shown literally', (tag) => {
    const places = seen.flatMap(({ where, card }) => markdownStrings(card).filter((text) => text.includes(tag)).map((text) => ({ where, text })));
    expect(places.length, `${tag} was shown nowhere: the workflow did not reach it`).toBeGreaterThan(0);
    for (const { where, text } of places) {
      expect(shownLiterally(text, payload(tag), active), `${where}: ${text}`).toBe(true);
      expect(blockStarts(text), `${where}: ${text}`).toEqual([]);
    }
  });

  it('reaches the places the board, the chair and the askers look', () => {
    const where = (tag: string) => new Set(seen.filter(({ card }) => markdownStrings(card).some((t) => t.includes(tag))).map((x) => x.where.replace(/ \(.*\)$/, '')));
    expect([...where('TAGUPDATE')]).toEqual(expect.arrayContaining(['the update result, replaced for everyone', 'history, to a councillor', 'the status report, to a councillor', 'the outbox']));
    expect([...where('TAGQUESTION')]).toEqual(expect.arrayContaining(['the queue, to the chair', 'the review, to the chair', 'the accepted questions, to a member', 'the outbox']));
    // Another member is told only that a similar question is in, never its (unpublished) text.
    expect(where('TAGQUESTION').has('the similar question, to another member')).toBe(false);
    // The pack reaches the chair as a Word file (its Markdown is checked below); its card lists the agenda items.
    expect([...where('TAGAGENDA')]).toEqual(expect.arrayContaining([PACK_CARD]));
    expect([...where('TAGANSWER')]).toEqual(expect.arrayContaining(['the outbox']));
    expect([...where('TAGREASON')]).toEqual(expect.arrayContaining(['the outbox']));
    // The feed post to the board's channel is among the outbox's cards.
    expect(seen.some(({ where, card }) => where.startsWith('the outbox (feed') && markdownStrings(card).some((t) => t.includes('TAGUPDATE')))).toBe(true);
  });

  it('never leaves a template expression from typed text anywhere in a card, inputs included', () => {
    for (const { where, card } of seen) expect(JSON.stringify(card), where).not.toContain('${secret');
  });

  it.each(['TAGQUESTION', 'TAGPUTTO', 'TAGANSWER'])("%s: the published pack's Markdown shows it literally (no link, emphasis, heading, list, quote or HTML)", (tag) => {
    // The pack escapes every character that starts CommonMark inline (links, images, emphasis, headings,
    // code, HTML, strike-through), and the start of every line (lists, quotes, setext underlines).
    const pattern = literal(payload(tag), new Set([...active, '!', '(', ')']));
    expect(markdown).toContain(tag);
    expect(markdown).toMatch(pattern);
    expect(blockStarts(markdown)).toEqual([]);
  });
});
