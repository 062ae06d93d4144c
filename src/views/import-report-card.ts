import type { CardJson, CardRenderer } from '../cards/render';
import { plainText } from '../cards/text';
import type { ImportReport } from '../domain/import-report';
import type { ChatImport } from '../services/import-from-chat';

/** Problems a card lists; the rest are counted. */
const MAX_LISTED = 15;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function listed(lines: string[], colour: string): { text: string; colour: string }[] {
  const shown = lines.slice(0, MAX_LISTED).map((text) => ({ text: plainText(text), colour }));
  if (lines.length > MAX_LISTED) shown.push({ text: `...and ${lines.length - MAX_LISTED} more.`, colour });
  return shown;
}

/** What an import from the chat read and flagged, as the CLI prints it. */
export function importedCard(cards: CardRenderer, report: ImportReport, warnings: string[]): CardJson {
  const t = report.totals;
  const parts = [
    plural(t.documents, 'document'),
    plural(t.plans, 'plan'),
    plural(t.actions, 'action'),
    plural(t.indicators, 'indicator'),
    plural(t.recommendations, 'recommendation'),
    plural(t.meetings, 'meeting'),
    plural(t.people, 'person', 'people'),
    plural(t.glossary, 'glossary term'),
    // Absent from reports made before risks and reports were read.
    ...(t.risks ? [plural(t.risks, 'risk')] : []),
    ...(t.reports ? [plural(t.reports, 'report')] : []),
  ];
  const flags = report.flags.map((f) => `${f.severity} ${f.code}: ${f.count}${f.examples[0] ? `, e.g. ${f.examples[0]}` : ''}`);
  return cards.render('import-report', {
    title: plainText(`Imported ${report.files.join(', ')}`),
    summary: plainText(`${parts.join(', ')}. Members' questions answer from it within a second.`),
    plans: report.plans.map((p) => ({
      text: plainText(`${p.name}: ${plural(p.priorities, 'priority', 'priorities')}, ${plural(p.actions, 'action')}, ${plural(p.indicators, 'indicator')}${p.flags ? ` (${p.flags} flagged)` : ''}`),
    })),
    problemsHeading: 'Kept as written (ambiguous: not guessed; repaired: fixed with certainty)',
    problems: [...listed(flags, 'Default'), ...listed(warnings.map((w) => `warning: ${w}`), 'Warning')],
    note: 'Importing the same file again replaces what it gave before; nothing is duplicated.',
  });
}

/** Why nothing was imported, with what to fix. */
export function notImportedCard(cards: CardRenderer, fileNames: string[], errors: string[]): CardJson {
  return cards.render('import-report', {
    title: plainText(fileNames.length > 0 ? `Nothing was imported from ${fileNames.join(', ')}` : 'Nothing was imported'),
    summary: 'Nothing in the catalogue changed. Fix these and send the files again:',
    plans: [],
    problemsHeading: plural(errors.length, 'problem'),
    problems: listed(errors, 'Attention'),
    note: 'Agenda packs as text (.txt, .md) or the spreadsheet template (.xlsx, or its sheets as .csv files sent together); at most 10 files of 10 MB each.',
  });
}

/** The import's answer: the report card, or the card saying what to fix. */
export function importReply(cards: CardRenderer, outcome: Exclude<ChatImport, { kind: 'refused' }>): CardJson {
  return outcome.kind === 'imported' ? importedCard(cards, outcome.report, outcome.warnings) : notImportedCard(cards, outcome.names, outcome.errors);
}
