import type { CardJson } from '../../cards/render';
import { plainText } from '../../cards/text';
import { isLive, meetingTitle, type Question, type QuestionWindow, questionRef } from '../../domain/questions';
import type { QuestionPack } from '../../domain/questions-pack';
import { isPastDeadline } from '../../domain/questions-rules';
import { SimilarityModel, similarIn } from '../../domain/similarity';
import type { ViewClock } from '../view-deps';
import { action, type CardAction, deadlineSentence, names, statusLabel } from './format';

interface Entry {
  heading: string;
  meta: string;
  text: string;
  flag: string;
  actions: CardAction[];
}

const clip = (text: string, n = 300) => (text.length > n ? `${text.slice(0, n - 3)}...` : text);

/** Questions one list card shows at most (with their texts clipped), so it stays well inside Teams' size limit. */
export const MAX_LISTED = 25;

function groupsOf(window: QuestionWindow, questions: Question[], entry: (q: Question) => Entry): { heading: string; entries: Entry[] }[] {
  return window.meeting.agenda
    .map((item) => ({
      heading: plainText(`Item ${item.number}: ${item.title}`),
      entries: questions.filter((q) => q.agendaItem === item.number).map(entry),
    }))
    .filter((g) => g.entries.length > 0);
}

function meta(q: Question): string {
  return `From ${names(q.askers)}${q.putTo ? `, to ${plainText(q.putTo)}` : ''}`;
}

/** The chair's queue: every question by agenda item, with likenesses flagged and a Review button each. */
export function queueCard(view: ViewClock & { now: Date }, window: QuestionWindow, questions: Question[]): CardJson {
  const live = questions.filter(isLive);
  const waiting = questions.filter((q) => q.status === 'submitted').length;
  // Those waiting for a decision first, then in order of receipt; the rest after a Refresh.
  const shown = new Set(
    [...questions]
      .sort((a, b) => Number(b.status === 'submitted') - Number(a.status === 'submitted') || a.number - b.number)
      .slice(0, MAX_LISTED)
      .map((q) => q.id),
  );
  // NOTE: one model for every entry: each live question is scored against the others, and its
  // weights come from the live questions' texts, the same set whichever question is scored.
  const model = new SimilarityModel(live.map((q) => q.text));
  const entry = (q: Question): Entry => {
    const alike = isLive(q) ? similarIn(model, q.text, live.filter((o) => o.id !== q.id), (o) => o.text) : [];
    return {
      heading: `${questionRef(q)} · ${statusLabel(q)}`,
      meta: meta(q),
      text: plainText(clip(q.text)),
      flag: alike.map((m) => `Very like ${questionRef(m.item)} (${Math.round(m.score * 100)}% alike)`).join('; '),
      actions: [action(`Review ${questionRef(q)}`, 'question.review', { questionId: q.id })],
    };
  };
  return view.cards.render('question-list', {
    title: 'Questions for review',
    intro: `${plainText(meetingTitle(window.meeting))}. ${deadlineSentence(window, view.timeZone, isPastDeadline(window, view.now))} ${questions.length} in, ${waiting} waiting for review.`,
    emptyText: 'No questions have been submitted yet.',
    groups: groupsOf(window, questions.filter((q) => shown.has(q.id)), entry),
    note:
      questions.length > MAX_LISTED
        ? `Showing ${MAX_LISTED} of ${questions.length} questions, those waiting for review first. Decide on some, then press Refresh for the rest.`
        : '',
    actions: [action('Question pack', 'question.pack', { windowId: window.id }), action('Refresh', 'question.queue', { windowId: window.id })],
  });
}

/** The accepted questions for a meeting, numbered as the pack numbers them. */
export function acceptedCard(view: ViewClock, window: QuestionWindow, pack: QuestionPack): CardJson {
  return view.cards.render('question-list', {
    title: `Questions in for ${plainText(meetingTitle(window.meeting))}`,
    intro: pack.count === 0 ? '' : `${pack.count} accepted question${pack.count === 1 ? '' : 's'}, by agenda item, numbered in order of receipt.`,
    emptyText: 'No questions have been accepted for this meeting yet.',
    groups: pack.groups
      .map((g) => ({
        heading: plainText(`Item ${g.item.number}: ${g.item.title}`),
        entries: g.entries
          .filter((e) => e.number <= MAX_LISTED)
          .map((e) => ({
            heading: `Question ${e.number} (${e.ref})${e.late ? ' · late' : ''}`,
            meta: plainText(`From ${e.askers.join(', ')}${e.putTo ? `, to ${e.putTo}` : ''}`),
            text: plainText(clip(e.text, 600)),
            flag: e.answer ? 'Answered in writing' : '',
            actions: [],
          })),
      }))
      .filter((g) => g.entries.length > 0),
    note: pack.count > MAX_LISTED ? `The first ${MAX_LISTED} of ${pack.count}; the chair's question pack has them all.` : '',
    actions: [],
  });
}

/** A member's own questions across meetings, with Edit and Withdraw while their window is open. */
export function mineCard(view: ViewClock & { now: Date }, items: { window: QuestionWindow; question: Question }[]): CardJson {
  const byWindow = new Map<string, { window: QuestionWindow; questions: Question[] }>();
  // Newest meetings first (as `items` come): the most recent questions fill the card.
  for (const { window, question } of items.slice(0, MAX_LISTED)) {
    const group = byWindow.get(window.id) ?? { window, questions: [] };
    group.questions.push(question);
    byWindow.set(window.id, group);
  }
  return view.cards.render('question-list', {
    title: 'My questions',
    intro: '',
    emptyText: 'You have not submitted any questions.',
    groups: [...byWindow.values()].map(({ window, questions }) => ({
      heading: plainText(meetingTitle(window.meeting)),
      entries: questions.map((q) => {
        const open = isLive(q) && !isPastDeadline(window, view.now);
        return {
          heading: `${questionRef(q)} · ${statusLabel(q)}`,
          meta: plainText(`Item ${q.agendaItem}${q.rejectReason ? `. Reason: ${q.rejectReason}` : ''}`),
          text: plainText(clip(q.text, 600)),
          flag: q.answer?.status === 'approved' ? plainText(`Answer: ${clip(q.answer.text ?? '', 600)}`) : '',
          actions: open ? [action('Edit', 'question.edit', { questionId: q.id }), action('Withdraw', 'question.withdraw', { questionId: q.id, version: q.version })] : [],
        };
      }),
    })),
    note: items.length > MAX_LISTED ? `Your ${MAX_LISTED} most recent questions of ${items.length}.` : '',
    actions: [],
  });
}
