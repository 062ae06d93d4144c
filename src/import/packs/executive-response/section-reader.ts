import type { Flag, SourceRef } from '../../../domain/model';
import { cleanCell } from '../../text/ocr';
import { plainLine } from '../../text/plain';
import type { PackText } from '../types';
import { actionColumns, addActionRow, type ActionColumns, type ActionRow } from './action-rows';
import { recommendationLabel, responseLabel, stripSubLabel, type RecommendationLabel } from './labels';
import type { ResponseSection } from './response-sections';

/** A recommendation as read from the section, before it becomes a model record. */
export interface RawRecommendation {
  label: RecommendationLabel;
  topic?: string;
  text: string;
  line: number;
  lastLine: number;
  responder?: string;
  response: string;
  responseLine?: number;
}

/** An action table and the recommendations (same main number) it answers. */
export interface ActionTable {
  main: string;
  line: number;
  recommendations: string[];
  rows: ActionRow[];
}

export interface SectionContent {
  intro: string;
  recommendations: RawRecommendation[];
  tables: ActionTable[];
  flags: Flag[];
}

type State = 'intro' | 'recommendation' | 'response' | 'actions';

/** The underlined topic heading of a cell, and the cell's other text. */
function splitTopic(raw: string): { topic?: string; text: string } {
  const m = /<u>([\s\S]*?)<\/u>/i.exec(raw);
  if (!m) return { text: cleanCell(raw) };
  const topic = cleanCell(m[1] ?? '');
  const text = cleanCell(`${raw.slice(0, m.index)} ${raw.slice(m.index + m[0].length)}`);
  return { ...(topic ? { topic } : {}), text };
}

const join = (a: string, b: string): string => (a === '' ? b : b === '' ? a : `${a} ${b}`);
const isRule = (cells: string[]): boolean => cells.every((c) => /^-*$/.test(c));

/**
 * Walks one response section line by line: recommendation rows (with a topic row before them or an
 * underlined topic inside), their text continued on rows with an empty first cell, the response
 * row and its continuation (table rows or plain lines), then the action table under them.
 */
export function readSection(pack: PackText, section: ResponseSection): SectionContent {
  const out: SectionContent = { intro: '', recommendations: [], tables: [], flags: [] };
  let state: State = 'intro';
  let pendingTopic: string | undefined;
  let columns: ActionColumns | undefined;
  let table: ActionTable | undefined;
  const src = (line: number): SourceRef => ({ documentId: pack.documentId, page: pack.pageOfLine(line), lineStart: line, lineEnd: line });
  for (let n = section.line + 1; n <= section.lastLine; n++) {
    const raw = pack.lines[n - 1] ?? '';
    const current = out.recommendations[out.recommendations.length - 1];
    if (!raw.includes('\t')) {
      const text = plainLine(raw);
      if (text === '' || /^-+$/.test(text)) continue;
      if (state === 'intro') out.intro = join(out.intro, text);
      else if (state === 'recommendation' && current) current.text = join(current.text, text);
      else if (state === 'response' && current) current.response = join(current.response, text);
      else out.flags.push({ code: 'text-outside-table', severity: 'info', message: 'Text between action rows, not read as an action.', raw: text, source: src(n) });
      continue;
    }
    const rawCells = raw.split('\t');
    const cells = rawCells.map(cleanCell);
    if (isRule(cells)) continue;
    const label = recommendationLabel(cells[0] ?? '');
    if (label) {
      const { topic, text } = splitTopic(rawCells.slice(1).join(' '));
      out.recommendations.push({ label, ...((topic ?? pendingTopic) ? { topic: topic ?? pendingTopic } : {}), text: stripSubLabel(text), line: n, lastLine: n, response: '' });
      pendingTopic = undefined;
      state = 'recommendation';
      continue;
    }
    const responder = responseLabel(cells[0] ?? '');
    if (responder && current) {
      current.responder = responder;
      current.response = join(current.response, cleanCell(rawCells.slice(1).join(' ')));
      current.responseLine = n;
      state = 'response';
      continue;
    }
    const header = actionColumns(cells);
    if (header) {
      columns = header;
      const main = current?.label.main ?? '';
      const answered = out.recommendations.filter((r) => r.label.main === main && !out.tables.some((t) => t.recommendations.includes(r.label.number)));
      table = out.tables.find((t) => t.main === main);
      if (table) table.recommendations.push(...answered.map((r) => r.label.number));
      else {
        table = { main, line: n, recommendations: answered.map((r) => r.label.number), rows: [] };
        out.tables.push(table);
      }
      state = 'actions';
      continue;
    }
    const rest = rawCells.slice(1).join(' ');
    if (cells[0] === '' && /<u>/i.test(rest) && splitTopic(rest).text === '') {
      pendingTopic = splitTopic(rest).topic;
      continue;
    }
    if (state === 'recommendation' && current) {
      const { topic, text } = splitTopic(rawCells.join(' '));
      if (topic && !current.topic) current.topic = topic;
      current.text = join(current.text, stripSubLabel(text));
      current.lastLine = n;
    } else if (state === 'response' && current) {
      current.response = join(current.response, cleanCell(rawCells.join(' ')));
    } else if (state === 'actions' && columns && table) {
      addActionRow(table.rows, rawCells, columns, n, src(n));
    } else if (state === 'intro') {
      out.intro = join(out.intro, cleanCell(rawCells.join(' ')));
    }
  }
  return out;
}
