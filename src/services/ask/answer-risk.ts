import { type Risk, ratingText } from '../../domain/risks';
import { riskWords } from '../../language/risk-words';
import type { Intent } from '../../nlu/intents';
import type { AskCatalogue } from './ask-catalogue';
import { type Answer, emptyAnswer, type Fact } from './answer-types';
import { cite } from './cite';

type RiskIntent = Extract<Intent, { kind: 'risk' }>;
type RisksIntent = Extract<Intent, { kind: 'risks' }>;

/** The report a risk sits in, with its meeting: "HMIP Inspection of Youth Offending Team (YOT), Cabinet 2020-06-09". */
function reportOf(risk: Risk): string | undefined {
  const r = risk.report;
  return r ? [r.title, [r.body, r.date].filter(Boolean).join(' ')].filter(Boolean).join(', ') : undefined;
}

/** The sentence answering what was asked of a risk: its rating, mitigation, owner or consequence. */
function headlineOf(risk: Risk, focus: RiskIntent['focus']): string {
  const rating = ratingText(risk);
  const parts: string[] = [];
  const asked = focus.length > 0 ? focus : (['rating', 'mitigation'] as const);
  for (const f of asked) {
    if (f === 'rating') parts.push(rating ? `${risk.rating ? 'Rated' : 'Scored:'} ${rating}.` : 'The paper gives this risk no rating or score.');
    if (f === 'mitigation') parts.push(risk.mitigation ? `Mitigation: ${risk.mitigation}` : 'The paper gives no mitigation for this risk.');
    if (f === 'owner') parts.push(risk.owner ? `Owned by ${risk.owner}.` : 'The paper names no owner for this risk.');
    if (f === 'description') parts.push(risk.description ? `Consequence: ${risk.description}` : 'The paper describes it no further.');
  }
  return parts.join(' ');
}

/** A risk's facts, as the paper prints them. */
function factsOf(risk: Risk): Fact[] {
  const facts: Fact[] = [{ title: 'Risk', value: risk.name }];
  if (risk.description) facts.push({ title: 'Description', value: risk.description });
  if (risk.rating) facts.push({ title: 'Rating', value: ratingText({ ...risk, score: undefined } as Risk)! });
  if (risk.likelihood !== undefined) facts.push({ title: 'Likelihood', value: String(risk.likelihood) });
  if (risk.impact !== undefined) facts.push({ title: 'Impact', value: String(risk.impact) });
  if (risk.score !== undefined) facts.push({ title: 'Overall score', value: String(risk.score) });
  if (risk.mitigation) facts.push({ title: 'Mitigation', value: risk.mitigation });
  if (risk.owner) facts.push({ title: 'Owner', value: risk.owner });
  const report = reportOf(risk);
  if (report) facts.push({ title: 'Report', value: report });
  return facts;
}

const lines = (risk: Risk) => (risk.source.lineStart !== undefined ? `, lines ${risk.source.lineStart}${risk.source.lineEnd && risk.source.lineEnd !== risk.source.lineStart ? `-${risk.source.lineEnd}` : ''}` : '');
const sourceOf = (catalogue: AskCatalogue, risk: Risk) => {
  const cited = cite(catalogue, risk.source);
  return cited ? `${cited}${lines(risk)}` : undefined;
};

/** One risk: what was asked of it (rating, mitigation, owner) first, then all the paper gives, with its source. */
export function answerRisk(catalogue: AskCatalogue, intent: RiskIntent): Answer {
  const { index } = catalogue;
  const risk = index.risks.get(intent.riskId)!;
  const answer = emptyAnswer('plan', `Risk: ${risk.name}`, headlineOf(risk, intent.focus));
  answer.facts = factsOf(risk);
  const all = [risk, ...intent.also.map((id) => index.risks.get(id)).filter((r): r is Risk => !!r)];
  answer.sources = [...new Set(all.map((r) => sourceOf(catalogue, r)).filter((s): s is string => !!s))];
  if (all.length > 1) answer.notes.push(`The same risk and rating are printed in ${all.length} papers.`);
  for (const flag of risk.flags) answer.notes.push(flag.message);
  // A colour asked of it: its rating as printed, then why that is no colour.
  if (intent.colour) answer.headline = `${answer.headline} ${noColour([risk], intent.colour)}`;
  answer.memory = { subject: { kind: 'risk', id: risk.id } };
  return answer;
}

/** One line of a risk list: its rating or score and what is done about it (and its report, when the list spans several). */
function itemOf(risk: Risk, withReport = false): { title: string; detail: string } {
  const rating = ratingText(risk);
  const detail = [
    rating ? `Rating: ${rating}` : 'No rating given',
    withReport ? reportOf(risk) : undefined,
    risk.owner ? `Owner: ${risk.owner}` : undefined,
    risk.mitigation ? `Mitigation: ${risk.mitigation}` : undefined,
  ];
  return { title: risk.name, detail: detail.filter(Boolean).join(' · ') };
}

const fill = (sentence: string, values: Record<string, string>) => sentence.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');

/** How these risks are rated, in the data's words: "a letter and a number (...) or a score (...)". */
function waysOf(risks: readonly Risk[]): string | undefined {
  const { ways } = riskWords.colours;
  const found = [
    risks.some((r) => r.rating?.code) ? ways.code : undefined,
    risks.some((r) => r.score !== undefined && !r.rating) ? ways.score : undefined,
    risks.some((r) => r.rating && !r.rating.code) ? ways.printed : undefined,
  ].filter((w): w is string => !!w);
  return found.length > 0 ? found.join(' or ') : undefined;
}

/** The papers give ratings, not RAG colours: said so, never a colour guessed from a rating. */
function noColour(risks: readonly Risk[], colour: { named?: string }): string {
  const ways = waysOf(risks);
  if (!ways) return riskWords.colours.noRating;
  return colour.named ? fill(riskWords.colours.noColourNamed, { ways, colour: colour.named }) : fill(riskWords.colours.noColour, { ways });
}

/** The highest-rated risks of the registers asked about (a colour asked is answered this way, saying why). */
function answerHighest(catalogue: AskCatalogue, intent: RisksIntent, risks: Risk[]): Answer {
  const rows = intent.registers.flatMap((key) => catalogue.index.registers.get(key) ?? []);
  const said = [intent.colour ? noColour(rows, intent.colour) : undefined, risks.length > 0 ? riskWords.colours.highest : intent.colour ? undefined : riskWords.colours.noRating];
  const answer = emptyAnswer('list', 'Highest-rated risks', said.filter(Boolean).join(' '));
  answer.items = risks.map((r) => itemOf(r, intent.registers.length > 1));
  return answer;
}

/** The risks of the registers asked about, those rated or scored as asked when that was asked. */
export function answerRisks(catalogue: AskCatalogue, intent: RisksIntent): Answer {
  const { index } = catalogue;
  const risks = intent.riskIds.map((id) => index.risks.get(id)).filter((r): r is Risk => !!r);
  const registers = intent.registers.map((key) => index.registers.get(key)?.[0]).filter((r): r is Risk => !!r);
  if (intent.highest) {
    const answer = answerHighest(catalogue, intent, risks);
    answer.sources = [...new Set(registers.map((r) => cite(catalogue, r.source)).filter((s): s is string => !!s))];
    return answer;
  }
  const asked = [intent.rating ? `rated ${intent.rating}` : undefined, intent.score !== undefined ? `with an overall score of ${intent.score}` : undefined].filter(Boolean).join(' and ');
  const where = registers.length === 1 ? ` in ${reportOf(registers[0]!) ?? 'the register'}` : registers.length > 1 ? ` in ${registers.length} risk tables` : '';
  const none = [intent.rating ? `is rated ${intent.rating}` : undefined, intent.score !== undefined ? `has an overall score of ${intent.score}` : undefined].filter(Boolean).join(' and ');
  const headline =
    risks.length === 0
      ? `No risk${where} ${none || 'is recorded'}.`
      : `${risks.length} risk${risks.length === 1 ? '' : 's'}${asked ? ` ${asked}` : ''}${where}.`;
  const answer = emptyAnswer('list', `Risks${asked ? ` ${asked}` : ''}`, headline);
  answer.items = risks.map((r) => itemOf(r));
  answer.sources = [...new Set(registers.map((r) => cite(catalogue, r.source)).filter((s): s is string => !!s))];
  return answer;
}
