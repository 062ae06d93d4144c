import type { CardJson } from '../../cards/render';
import { plainText } from '../../cards/text';
import {
  isLive,
  meetingOutcomes,
  meetingTitle,
  outcomeLabels,
  type Question,
  type QuestionEvent,
  questionRef,
} from '../../domain/questions';
import { formatDeadline } from '../../domain/questions-deadline';
import { DUPLICATE_THRESHOLD, findSimilar, type SimilarMatch } from '../../domain/similarity';
import { addWorkingDays } from '../../domain/working-days';
import type { ReviewState } from '../../services/questions/review-state';
import type { ViewClock } from '../view-deps';
import { agendaLabel, inputValue, keptNote, longDate, names, shortStamp, statusLabel } from './format';

/** The review card's model: the question as it is now (see services/questions/review-state.ts) and what just happened. */
export interface ReviewView extends ReviewState {
  result?: string;
  problem?: string;
  /** What the chair typed with a decision that was refused: given back in its box. */
  typed?: { reason?: string; note?: string };
}

/** Most choices a drop-down offers (the most alike questions to merge into; the officers), so the card stays inside Teams' size limit. */
const MAX_MERGE_CHOICES = 30;
const MAX_OFFICERS = 100;

/** Typed reasons and notes are given back up to twice their limits (500 and 1000 characters). */
const kept = { reason: 1000, note: 2000 } as const;

const eventWords: Record<QuestionEvent['kind'], string> = {
  'window-opened': 'window opened',
  submitted: 'submitted',
  edited: 'edited',
  withdrawn: 'withdrawn',
  accepted: 'accepted',
  rejected: 'rejected',
  merged: 'merged',
  'answer-requested': 'sent for a written answer',
  'answer-drafted': 'answer written',
  'answer-approved': 'answer approved',
  'answer-returned': 'answer sent back',
  outcome: 'marked after the meeting',
  redacted: 'personal text removed',
};

/**
 * The live questions other than this one, scored against it (one model, most alike first), and of
 * those the ones it could be merged into (ties by number) and the ones very like it.
 */
function likeness(question: Question, all: Question[], known?: SimilarMatch<Question>[]) {
  const scored = known ?? findSimilar(question.text, all.filter((o) => o.id !== question.id && isLive(o)), (o) => o.text, 0);
  return {
    targets: scored.map((m) => ({ target: m.item, score: m.score })).sort((a, b) => b.score - a.score || a.target.number - b.target.number),
    alike: scored.filter((m) => m.score >= DUPLICATE_THRESHOLD),
  };
}

/** The chair's card for one question: the question, its history, and every decision open to them. */
export function reviewCard(view: ViewClock, v: ReviewView): CardJson {
  const { window, question: q } = v;
  const live = isLive(q);
  const drafted = q.answer?.status === 'drafted';
  const { targets: mergeable, alike } = likeness(q, v.all, v.scored);
  const targets = live && !drafted ? mergeable : [];
  const dayBefore = addWorkingDays(window.meeting.date, -1);
  const answerLabel = q.answer?.text
    ? `Answer by ${plainText(q.answer.officer.name)} (${q.answer.status === 'approved' ? 'approved' : q.answer.status === 'returned' ? 'sent back' : 'waiting for your approval'})`
    : '';
  return view.cards.render('question-review', {
    title: `Review ${questionRef(q)}`,
    meeting: plainText(meetingTitle(window.meeting)),
    result: plainText(v.result ?? ''),
    problem: plainText(`${v.problem ?? ''}${keptNote(v.typed?.reason, kept.reason)}${keptNote(v.typed?.note, kept.note)}`.trim()),
    typed: { reason: inputValue(v.typed?.reason, kept.reason), note: inputValue(v.typed?.note, kept.note) },
    facts: [
      { title: 'Agenda item', value: agendaLabel(window, q.agendaItem) },
      { title: 'From', value: names(q.askers) },
      ...(q.putTo ? [{ title: 'To', value: plainText(q.putTo) }] : []),
      { title: 'Received', value: formatDeadline(q.receivedAt, view.timeZone) },
      { title: 'Status', value: statusLabel(q) },
      ...(q.rejectReason ? [{ title: 'Reason', value: plainText(q.rejectReason) }] : []),
      ...(q.answer ? [{ title: 'Answer due', value: `${longDate(q.answer.due)} (${plainText(q.answer.officer.name)})` }] : []),
    ],
    text: plainText(q.text),
    flags: [
      ...(q.late ? [{ text: `Received after the deadline (${formatDeadline(window.deadline, view.timeZone)}).` }] : []),
      ...alike.map((m) => ({ text: `Very like ${questionRef(m.item)} (${Math.round(m.score * 100)}% alike): ${plainText(m.item.text)}` })),
    ],
    answer: plainText(q.answer?.text ?? ''),
    answerLabel,
    history: v.events
      .filter((e) => e.questionId === q.id)
      .map((e) => ({ line: plainText(`${shortStamp(e.at, view.timeZone)} ${eventWords[e.kind]} by ${e.by.name}`) })),
    questionId: q.id,
    version: q.version,
    windowId: window.id,
    canAccept: q.status === 'submitted',
    canReject: live && !drafted,
    // Choice titles are shown as typed (Teams renders no Markdown there; the renderer guards "${").
    mergeChoices: targets.slice(0, MAX_MERGE_CHOICES).map((t) => ({
      title: `${questionRef(t.target)}: ${t.target.text.slice(0, 80)}${t.target.text.length > 80 ? '...' : ''}`,
      value: t.target.id,
    })),
    mergeDefault: targets[0]?.target.id ?? '',
    canAssign: live && !drafted && q.answer?.status !== 'approved' && v.officers.length > 0,
    officerChoices: v.officers.slice(0, MAX_OFFICERS).map((o) => ({
      title: o.jobTitles[0] ? `${o.name} (${o.jobTitles[0]})` : o.name,
      value: o.aadObjectId ?? o.email ?? o.name,
    })),
    dueDefault: dayBefore < v.today ? v.today : dayBefore,
    answerDrafted: drafted,
    canMarkOutcome: q.status === 'accepted' && v.today >= window.meeting.date,
    outcome: q.outcome ?? '',
    outcomeChoices: meetingOutcomes.map((o) => ({ title: outcomeLabels[o], value: o })),
  });
}
