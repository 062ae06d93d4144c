import { isLive, type MeetingOutcome, type Question, type QuestionPerson, questionRef } from './questions';

/**
 * The steps a question goes through after it is submitted, each a pure function from the question
 * (and what the person gave) to the changed question, or a sentence saying why not.
 */
export type Step = { ok: true; question: Question } | { ok: false; problem: string };

const fail = (problem: string): Step => ({ ok: false, problem });
const done = (question: Question, now: string): Step => ({ ok: true, question: { ...question, updatedAt: now } });

const statusWords: Record<Question['status'], string> = {
  submitted: 'waiting for review',
  accepted: 'accepted',
  rejected: 'rejected',
  withdrawn: 'withdrawn',
  merged: 'merged into another question',
};

function notLive(q: Question): Step {
  return fail(`${questionRef(q)} is ${statusWords[q.status]}, so that cannot be done now.`);
}

export function accept(q: Question, now: string): Step {
  if (q.status === 'accepted') return fail(`${questionRef(q)} is already accepted.`);
  if (q.status !== 'submitted') return notLive(q);
  return done({ ...q, status: 'accepted' }, now);
}

export function reject(q: Question, reason: string, now: string): Step {
  const why = reason.trim();
  if (!isLive(q)) return notLive(q);
  if (why.length < 3) return fail('Give the reason the member will see (for example: "the same as a question answered in the last six months").');
  if (why.length > 500) return fail('Keep the reason under 500 characters.');
  return done({ ...q, status: 'rejected', rejectReason: why }, now);
}

/** Same person, by Entra id when both have one, else by name. */
function samePerson(a: QuestionPerson, b: QuestionPerson): boolean {
  if (a.aadObjectId && b.aadObjectId) return a.aadObjectId === b.aadObjectId;
  return a.name.trim().toLowerCase() === b.name.trim().toLowerCase();
}

/** Merges `duplicate` into `kept`: the duplicate is marked, its askers join the kept question's. */
export function merge(duplicate: Question, kept: Question, now: string): { ok: true; duplicate: Question; kept: Question } | { ok: false; problem: string } {
  if (duplicate.id === kept.id) return { ok: false, problem: 'Choose a different question to merge into.' };
  if (duplicate.windowId !== kept.windowId) return { ok: false, problem: 'Both questions must be for the same meeting.' };
  if (!isLive(duplicate)) return { ok: false, problem: notLiveText(duplicate) };
  if (!isLive(kept)) return { ok: false, problem: notLiveText(kept) };
  const askers = [...kept.askers];
  for (const asker of duplicate.askers) if (!askers.some((a) => samePerson(a, asker))) askers.push(asker);
  return {
    ok: true,
    duplicate: { ...duplicate, status: 'merged', mergedInto: kept.id, updatedAt: now },
    kept: { ...kept, askers, updatedAt: now },
  };
}

function notLiveText(q: Question): string {
  return `${questionRef(q)} is ${statusWords[q.status]}, so it cannot be merged.`;
}

/** Sends a question to an officer for a written answer by `due` (accepting it if it was not yet). */
export function assign(q: Question, officer: QuestionPerson, due: string, today: string, now: string): Step {
  if (!isLive(q)) return notLive(q);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(due)) return fail('Give the date the answer is due.');
  if (due < today) return fail(`The answer cannot be due in the past (${due}).`);
  if (q.answer?.status === 'approved') return fail(`${questionRef(q)} already has an approved answer.`);
  return done({ ...q, status: 'accepted', answer: { officer, due, status: 'requested' } }, now);
}

export function draftAnswer(q: Question, text: string, now: string): Step {
  const answer = q.answer;
  if (!answer) return fail(`${questionRef(q)} has not been sent to an officer for an answer.`);
  if (answer.status === 'approved') return fail(`The answer to ${questionRef(q)} is already approved.`);
  if (!isLive(q)) return notLive(q);
  const body = text.trim();
  if (body.length < 2) return fail('Write the answer.');
  if (body.length > 8000) return fail(`Answers can be up to 8000 characters; this one is ${body.length}.`);
  const { note: _note, ...rest } = answer;
  return done({ ...q, answer: { ...rest, status: 'drafted', text: body } }, now);
}

export function approveAnswer(q: Question, now: string): Step {
  if (q.answer?.status !== 'drafted') return fail(`There is no answer to ${questionRef(q)} waiting for approval.`);
  return done({ ...q, answer: { ...q.answer, status: 'approved' } }, now);
}

export function returnAnswer(q: Question, note: string, now: string): Step {
  if (q.answer?.status !== 'drafted') return fail(`There is no answer to ${questionRef(q)} waiting for approval.`);
  const why = note.trim();
  if (why.length < 3) return fail('Say what the officer should change.');
  return done({ ...q, answer: { ...q.answer, status: 'returned', note: why } }, now);
}

export function withdraw(q: Question, now: string): Step {
  if (!isLive(q)) return notLive(q);
  return done({ ...q, status: 'withdrawn' }, now);
}

/** After the meeting: what happened to an accepted question. */
export function markOutcome(q: Question, outcome: MeetingOutcome, meetingDate: string, today: string, now: string): Step {
  if (q.status !== 'accepted') return fail(`Only accepted questions are marked after the meeting; ${questionRef(q)} is ${statusWords[q.status]}.`);
  if (today < meetingDate) return fail(`The meeting is on ${meetingDate}; mark questions after it.`);
  return done({ ...q, outcome }, now);
}
