import type { KeyedRow, SheetKind, SheetTable, SpreadsheetIssue } from './types';

/** Header as compared: case, spaces, underscores and punctuation do not matter. */
export function normaliseHeader(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9%]/g, '');
}

/** Template columns per sheet, each with the other headers officers commonly write for it. */
export const TEMPLATE_COLUMNS: Record<SheetKind, Record<string, string[]>> = {
  plan: {
    plan: ['planname', 'name'],
    aliases: ['alias', 'alsoknownas'],
    council: ['authority', 'localauthority'],
    owner: ['owningbody', 'board'],
    kind: ['plankind', 'type', 'plantype'],
    version: [],
    date: ['plandate', 'versiondate'],
    version_note: ['note', 'versionnotes'],
  },
  scale: {
    plan: ['planname'],
    scale: ['scalename'],
    code: ['status', 'rag'],
    label: ['name'],
    meaning: ['definition', 'description'],
    colour: ['color'],
    rank: ['order'],
    complete: ['completed', 'meanscomplete', 'done'],
  },
  actions: {
    plan: ['planname'],
    council: ['authority'],
    priority: ['prioritynumber', 'theme', 'themenumber'],
    priority_title: ['prioritytitle', 'themetitle', 'priorityname'],
    priority_lead: ['prioritylead', 'themelead'],
    ref: ['reference', 'actionref', 'actionreference', 'no', 'number'],
    action: ['actiontext', 'description', 'actions'],
    lead: ['leads', 'leadofficer', 'responsibleofficer'],
    partners: ['partner', 'keypartners'],
    due: ['bywhen', 'duedate', 'deadline', 'timescale'],
    success_measures: ['successmeasure', 'measuresofsuccess', 'measures'],
    resources: ['resource', 'resourcesrequired'],
    recommendations: ['recommendation', 'recommendationrefs', 'recs', 'ofstedrecommendation'],
    status: ['rag', 'ragstatus', 'rating'],
  },
  indicators: {
    indicator: ['indicatorname', 'measure', 'name'],
    aliases: ['alias', 'abbreviation'],
    area: ['place'],
    council: ['authority'],
    unit: ['units'],
    polarity: ['direction', 'goodis'],
    plan: ['planname'],
    action_ref: ['actionref', 'action', 'ref'],
    period: [],
    period_end: ['periodend', 'periodenddate', 'asat'],
    value: ['actual', 'current', 'result'],
    target: [],
    comparator_label: ['comparator', 'comparatorname'],
    comparator_kind: ['comparatortype'],
    comparator_value: ['comparatorvalue', 'benchmark'],
    target_state: ['targetstatus', 'targetagreed'],
  },
};

const SHEET_NAMES: Record<SheetKind, string[]> = {
  plan: ['plan', 'plans', 'plandetails'],
  scale: ['scale', 'statusscale', 'ragkey', 'key', 'statuses'],
  actions: ['actions', 'action', 'actionplan'],
  indicators: ['indicators', 'indicator', 'indicatorvalues', 'measures', 'performance'],
};

/** Sheets a workbook may carry for people, not for import. */
const IGNORED_SHEETS = ['instructions', 'readme', 'help', 'notes', 'guidance', 'lists'];

/** Which template sheet a worksheet is, by its name; `ignored` for instructions, undefined if unknown. */
export function sheetKindOfName(name: string): SheetKind | 'ignored' | undefined {
  const n = normaliseHeader(name);
  for (const kind of Object.keys(SHEET_NAMES) as SheetKind[]) if (SHEET_NAMES[kind].includes(n)) return kind;
  return IGNORED_SHEETS.includes(n) ? 'ignored' : undefined;
}

/**
 * Which sheet a CSV file holds: the last of the words plan / scale / actions / indicators in its
 * name ("send-plan-actions.csv" is actions), else what its header row looks like.
 */
export function sheetKindOfCsv(fileName: string, header: string[]): SheetKind | undefined {
  const words = fileName.toLowerCase().replace(/\.[a-z]+$/, '').split(/[^a-z]+/);
  for (let i = words.length - 1; i >= 0; i--) {
    const kind = sheetKindOfName(words[i] ?? '');
    if (kind && kind !== 'ignored' && words[i] !== 'key') return kind;
  }
  const keys = new Set(header.map((h) => columnKey('actions', h) ?? columnKey('indicators', h) ?? columnKey('scale', h) ?? columnKey('plan', h)));
  if (keys.has('ref') && keys.has('action')) return 'actions';
  if (keys.has('indicator')) return 'indicators';
  if (keys.has('code') && keys.has('label')) return 'scale';
  if (keys.has('plan') && keys.has('council')) return 'plan';
  return undefined;
}

/** The template column a header stands for on a sheet, if any. */
export function columnKey(kind: SheetKind, header: string): string | undefined {
  const n = normaliseHeader(header);
  if (!n) return undefined;
  for (const [key, aliases] of Object.entries(TEMPLATE_COLUMNS[kind])) {
    if (normaliseHeader(key) === n || aliases.includes(n)) return key;
  }
  return undefined;
}

/** Columns a sheet cannot do without. */
export const REQUIRED_COLUMNS: Record<SheetKind, string[]> = {
  plan: ['plan', 'council'],
  scale: ['code', 'label'],
  actions: ['ref', 'action'],
  indicators: ['indicator'],
};

/**
 * Where the header row is: the first of the first ten rows holding every required column (a title
 * row above it is allowed), else the first row.
 */
export function headerIndex(kind: SheetKind, table: SheetTable): number {
  const index = table.rows.slice(0, 10).findIndex((r) => {
    const keys = r.cells.map((c) => columnKey(kind, c.text));
    return REQUIRED_COLUMNS[kind].every((k) => keys.includes(k));
  });
  return Math.max(index, 0);
}

/**
 * Gives each data row its cells by template column, from the header row on. An unknown column is
 * reported as a warning and its values kept in `extra`.
 */
export function keyRows(kind: SheetKind, table: SheetTable, warnings: SpreadsheetIssue[]): KeyedRow[] {
  const start = headerIndex(kind, table);
  const [headerRow, ...dataRows] = table.rows.slice(start);
  if (!headerRow) return [];
  if (start > 0) warnings.push({ sheet: table.name, row: headerRow.row, column: '', message: `the header is on row ${headerRow.row}; the rows above it were not imported` });
  const keys: (string | undefined)[] = [];
  const headers: Record<string, string> = {};
  headerRow.cells.forEach((cell, index) => {
    const key = columnKey(kind, cell.text);
    if (key && headers[key] === undefined) {
      headers[key] = cell.text;
      keys[index] = key;
    } else if (cell.text) {
      const message = key
        ? `this column repeats the '${headers[key]}' column and was ignored`
        : kind === 'actions'
          ? 'this column is not in the template; its values are kept with each action as extra information'
          : 'this column is not in the template and was ignored';
      warnings.push({ sheet: table.name, row: headerRow.row, column: cell.text, message });
    }
  });
  return dataRows.map((r) => {
    const cells: KeyedRow['cells'] = {};
    const extra: Record<string, string> = {};
    r.cells.forEach((cell, index) => {
      const key = keys[index];
      if (key) cells[key] = cell;
      else {
        const header = headerRow.cells[index]?.text;
        if (header && cell.text && !columnKey(kind, header)) extra[header] = cell.text;
      }
    });
    return { sheet: table, row: r.row, cells, extra, headers };
  });
}
