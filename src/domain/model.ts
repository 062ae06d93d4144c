/**
 * The council's data, as imported from agenda packs and spreadsheets.
 *
 * @remarks
 * Pure types: no I/O, no clock. Every record carries a {@link SourceRef} so an answer can cite the
 * document and page it came from, and {@link Flag}s where the source was ambiguous or repaired.
 * Ids are deterministic (derived from council, plan name and reference) so a re-import replaces
 * rather than duplicates.
 */


/** Where a record came from: the document, its (printed) page where known, and the text lines. */
export interface SourceRef {
  documentId: string;
  /** Page number as printed in the pack (agenda page), when it can be worked out. */
  page?: number;
  /** 1-based line numbers in the document text. */
  lineStart?: number;
  lineEnd?: number;
}

/** Something an importer repaired or could not decide; the raw text is always kept. */
export interface Flag {
  /** Stable machine code, e.g. `ocr-repaired-ref`, `stacked-measures`, `truncated-at-page-break`. */
  code: string;
  message: string;
  raw?: string;
  source?: SourceRef;
  /** `repaired`: fixed with certainty; `ambiguous`: kept raw, not guessed. */
  severity: 'repaired' | 'ambiguous' | 'info';
}

/** One level of a plan's own status scale (B/G/A/R, or "Some progress"...). */
export interface StatusLevel {
  code: string;
  label: string;
  /** The meaning as the plan defines it, verbatim. */
  meaning: string;
  /** CSS-style colour (#RRGGBB); configurable where the source lost them. */
  colour: string;
  /** 0 = worst; higher is better. */
  rank: number;
  /** The level that means the action is complete (e.g. Blue). */
  complete?: boolean;
}

export interface StatusScale {
  id: string;
  name: string;
  levels: StatusLevel[];
}

export const planKinds = ['improvement-plan', 'inspection-action-plan', 'delivery-plan', 'plan-on-a-page', 'executive-response', 'recommendation-tracker'] as const;
export type PlanKind = (typeof planKinds)[number];

export interface PlanVersion {
  version: string;
  /** ISO date yyyy-mm-dd. */
  date?: string;
  note?: string;
}

export interface Priority {
  /** As the plan numbers it: "1", "2", "A". */
  number: string;
  title: string;
  lead?: string;
  /** The plan's own framing of the priority, e.g. "What's working well?" and its answer, verbatim. */
  narrative?: { heading: string; text: string }[];
}

export interface Plan {
  id: string;
  council: string;
  kind: PlanKind;
  name: string;
  aliases: string[];
  /** Owning body, e.g. "Children's Services Improvement Board". */
  owner?: string;
  versions: PlanVersion[];
  /** ISO date of the plan (latest version or publication). */
  date?: string;
  scale: StatusScale;
  priorities: Priority[];
  source: SourceRef;
  flags: Flag[];
}

/** How precisely a source names a date: "31 January 2020", "January 2020", "Q3 2019/20", "2019/20", "2020". */
export type DatePrecision = 'day' | 'month' | 'quarter' | 'financial-year' | 'year';

/** A due date as written, and what can be parsed from it. */
export interface DueDate {
  raw: string;
  /** ISO date the action is due by (end of the named month/period), when the text allows. */
  date?: string;
  /** How precisely the text names `date` (absent: a day, as records made before this was kept). */
  precision?: DatePrecision;
  /** ISO date a recurring or ongoing action starts. */
  from?: string;
  recurrence?: 'weekly' | 'monthly' | 'quarterly' | 'termly' | 'annually' | 'ongoing';
  /** The text says it is done ("COMPLETED"). */
  completed?: boolean;
}

export interface Action {
  id: string;
  planId: string;
  /** Priority/theme number this action sits under. */
  priority?: string;
  /** Reference as the council writes it, repaired: "1.9", "2.3.1", "1A". */
  ref: string;
  /** Reference as printed, when it differs (OCR noise). */
  rawRef?: string;
  text: string;
  /** Lead roles and/or people, as written, split on "/" or ";". */
  leads: string[];
  partners: string[];
  due?: DueDate;
  successMeasures?: string;
  resources?: string;
  /** References of recommendations this action answers (e.g. Ofsted "3", HMIP "2"). */
  recommendationRefs: string[];
  /** Current status code on the plan's scale, if the source gives one. */
  status?: string;
  statusRaw?: string;
  /** Any other column the plan has (kept so nothing in the source is lost). */
  extra?: Record<string, string>;
  source: SourceRef;
  flags: Flag[];
}

export type Polarity = 'higher-is-better' | 'lower-is-better' | 'none' | 'unknown';

/** One part of a figure as the source prints it: a cell of its table row, or a row a total adds up. */
export interface FigurePart {
  label: string;
  value: number | null;
  raw: string;
}

/** A target is a figure (set), is still "to be agreed" or "to be set" in the source, or there is none. */
export type TargetState = 'set' | 'to-be-agreed' | 'to-be-set' | 'none';

/** Why an indicator's direction is what it is: the plan's words, its target against the baseline, or an administrator. */
export interface DirectionReason {
  source: 'plan' | 'baseline' | 'administrator';
  /** The words or figures it rests on: "'minimise delays'", "the target (16 weeks) is below the starting figure (38 weeks)". */
  detail: string;
  /** Who set it and when (a date, yyyy-mm-dd), for an administrator's. */
  by?: string;
  at?: string;
}

export interface Measurement {
  /** The figure's make-up as printed (a row's cells, a total's rows), when it comes from a table. */
  parts?: FigurePart[];
  /** Period as written: "Year to date October 2019", "Oct 2017 - Sep 2018", "2018". */
  period?: string;
  /** ISO date the period ends, when it can be parsed. */
  periodEnd?: string;
  /** null when the cell holds no certain figure; `raw` is then the only truth. */
  value: number | null;
  raw: string;
  source?: SourceRef;
  flags?: Flag[];
}

export type ComparatorKind =
  | 'england'
  | 'national'
  | 'statistical-neighbours'
  | 'region'
  | 'family-group'
  | 'area'
  | 'previous'
  | 'other';

export interface Comparator extends Measurement {
  kind: ComparatorKind;
  /** As written: "England", "Stat Neighbour", "West Mercia". */
  label: string;
}

/** The money or count table a figure was read from, and whether it is a row or a total of it. */
export interface TableOrigin {
  title: string;
  role: 'row' | 'subtotal' | 'total';
  /** The sentence that introduces the table ("The table below outlines the current funding..."). */
  intro?: string;
}

export interface Indicator {
  id: string;
  name: string;
  aliases: string[];
  /** What the indicator measures, as a source defines it ("The number of custodial sentences per 1,000 youth population"). */
  definition?: { text: string; source: SourceRef };
  /** The sentence a figure stated in prose was read from: words for matching questions to it. */
  context?: string;
  /** Set when the figure is a row or total of a money or count table. */
  table?: TableOrigin;
  /** "%", "per 100,000 (10-17)", "weeks", "days", "count". */
  unit?: string;
  polarity: Polarity;
  /** Where the direction comes from; absent when it is unknown or the importer gave no reason. */
  polarityReason?: DirectionReason;
  /** Whether the target is a figure, still to be agreed or set, or absent (worked out at import). */
  targetState?: TargetState;
  /** The place measured: "Medway", "Herefordshire", "West Mercia". */
  area?: string;
  council?: string;
  /** Plan and action this measures, when it sits in a plan. */
  planId?: string;
  actionRef?: string;
  values: Measurement[];
  targets: Measurement[];
  comparators: Comparator[];
  source: SourceRef;
  flags: Flag[];
}

export type RecommendationKind = 'ofsted' | 'hmip' | 'scrutiny' | 'task-and-finish' | 'commissioner' | 'other';

export type ExecutiveResponse = 'accepted' | 'accepted-in-part' | 'rejected' | 'noted';

export interface Recommendation {
  id: string;
  council: string;
  kind: RecommendationKind;
  /** Who made it: "Ofsted ILACS 2019", "HMIP", "Child poverty task and finish group". */
  body: string;
  number: string;
  text: string;
  response?: ExecutiveResponse;
  responseRaw?: string;
  owner?: string;
  byWhen?: DueDate;
  target?: string;
  progress?: string;
  /** Plan whose actions answer it, and those actions' refs. */
  planId?: string;
  actionRefs: string[];
  source: SourceRef;
  flags: Flag[];
}

/**
 * One row of a risk register or a report's risk-management table, as the paper prints it.
 *
 * @remarks
 * Pure types and rules: a rating keeps what was printed (`raw`, even in look-alike letters) beside
 * the Latin code it is matched on (`code`).
 */
export interface RiskRating {
  /** As printed: "D2", "СЗ" (Cyrillic look-alikes of C3). */
  raw: string;
  /** Latin, upper case, when it reads as a likelihood letter and an impact digit: "C3". */
  code?: string;
}

export interface Risk {
  id: string;
  council?: string;
  /** The risk as its first column names it. */
  name: string;
  /** What would follow: the description or consequence column. */
  description?: string;
  mitigation?: string;
  rating?: RiskRating;
  /** Scores as printed (likelihood x impact = overall), where the register gives them. */
  likelihood?: number;
  impact?: number;
  score?: number;
  /** Who owns it, as printed ("APC JCMG"). */
  owner?: string;
  /** The report the table sits in and its meeting, when the pack heads the report. */
  report?: { title: string; body?: string; date?: string };
  /** Words introducing the table ("The Risk Register detailed below for the Medway Better Care Fund..."). */
  context?: string;
  source: SourceRef;
  flags: Flag[];
}

export type MemberRole = 'chair' | 'vice-chair' | 'member' | 'co-optee' | 'substitute' | 'other';

export interface MembershipEntry {
  name: string;
  role: MemberRole;
  /** Party, or the body a co-optee represents. */
  note?: string;
  /** At this meeting, as its minutes record it: there, or sent apologies. */
  attendance?: 'present' | 'apologies';
}

export interface AgendaItem {
  number: string;
  title: string;
  pageFrom?: number;
  pageTo?: number;
}

/** An item a committee's work programme plans for a meeting: planned, not yet on an agenda. */
export interface PlannedItem {
  title: string;
  /** Report author(s), as the programme names them. */
  author?: string;
  /** Form of scrutiny, as written ("Performance review", "Pre-decision call-in"). */
  form?: string;
  source: SourceRef;
}

export interface ContactDetails {
  name: string;
  role?: string;
  phone?: string;
  email?: string;
}

/** How the committee takes questions, as the pack states it. Nothing is invented. */
export interface QuestionRules {
  /** The rule as written, e.g. "by 5pm, three clear working days before the meeting". */
  raw: string;
  /** Clear working days before the meeting, when the text says so. */
  clearWorkingDays?: number;
  /** Time of day (HH:MM) the deadline falls at. */
  deadlineTime?: string;
  /** ISO date-time of the deadline when the pack gives one outright. */
  deadline?: string;
  sendTo?: string;
  answersPublished?: boolean;
}

export interface Meeting {
  id: string;
  council: string;
  /** Committee or board: "Children and Young People Overview and Scrutiny Committee". */
  body: string;
  /** ISO date yyyy-mm-dd. */
  date: string;
  /** 24-hour HH:MM. */
  time?: string;
  venue?: string;
  contact?: ContactDetails;
  membership: MembershipEntry[];
  agenda: AgendaItem[];
  /** What a work programme plans for this meeting, where one does. */
  planned?: PlannedItem[];
  /**
   * When its papers go out, where a work programme says ("Despatch: 5 July"): ISO yyyy-mm-dd, the year
   * the meeting's (the year before for a January meeting's December despatch).
   */
  despatch?: string;
  questionRules?: QuestionRules;
  source: SourceRef;
  flags: Flag[];
}

export interface RoleHeld {
  title: string;
  /** ISO dates, where the pack says "until" / "from" (a month's first or last day when it names a month). */
  from?: string;
  until?: string;
  /** How precisely the pack names those dates; absent: a day. "until January 2020" is a month, no day. */
  precision?: DatePrecision;
}

export interface Person {
  id: string;
  name: string;
  council?: string;
  roles: RoleHeld[];
  email?: string;
  phone?: string;
  source: SourceRef;
}

export interface GlossaryEntry {
  term: string;
  expansion: string;
  source: SourceRef;
}

export interface DocumentPage {
  /** Printed page number where known; otherwise a running index. */
  number: number;
  /** Last printed page, when this entry spans pages the text cannot tell apart (an agenda item's range). */
  numberTo?: number;
  lineStart: number;
  lineEnd: number;
  text: string;
}

export interface SourceDocument {
  id: string;
  council: string;
  title: string;
  fileName: string;
  /** Meeting the pack was published for, when it is an agenda pack. */
  meetingId?: string;
  /** ISO date. */
  date?: string;
  pages: DocumentPage[];
}

/**
 * One report (paper) in an agenda pack, as its own first page and headings give it: its title, the
 * committee or board and the meeting it goes to, the people named in its header, its purpose or
 * summary, the recommendations put to the meeting, and the pages it sits on.
 */
export interface Report {
  id: string;
  council: string;
  title: string;
  /** The committee or board the report goes to, as the header names it. */
  body: string;
  /** ISO date of that meeting. */
  date: string;
  meetingId?: string;
  /** Who the header names, in order: the portfolio holder, who it is from, its authors. */
  people: ReportPerson[];
  /** The report's purpose or summary paragraph(s), verbatim. */
  purpose?: ReportText;
  /** What the meeting is asked to do, one entry per recommendation, verbatim. */
  recommendations: ReportText[];
  /** First and last printed page of the report, where the pack shows page numbers. */
  pages?: { from: number; to: number };
  /** Headings a contents table gives with their page numbers (the report's own or an appendix's). */
  sections: ReportSection[];
  /** Who to contact about it ("Lead officer contact"), with the phone and e-mail the report gives. */
  contacts?: ReportContact[];
  /**
   * Whose decision it is and on what footing, verbatim: the items of its "Budget and policy framework"
   * section ("this is a matter for Cabinet", why it is taken as urgent), or its "Classification" and
   * "Decision type" ("Open", "This is not an executive decision").
   */
  framework?: ReportText[];
  source: SourceRef;
}

/** A report's contact, as its contact block gives it, with the line that names them. */
export interface ReportContact extends ContactDetails {
  line: number;
}

export type ReportPersonRole = 'portfolio-holder' | 'report-from' | 'author';

export interface ReportPerson {
  /** A name ("Jackie Brown"), or a job title alone when the header gives only that ("Senior Commissioning Officer"). */
  name: string;
  role?: string;
  as: ReportPersonRole;
  line: number;
}

/** A passage of the report as written, and the lines it stands on. */
export interface ReportText {
  text: string;
  lineStart: number;
  lineEnd: number;
  page?: number;
}

export interface ReportSection {
  /** The heading as the contents table gives it ("2.3. Implementation and delivery"). */
  heading: string;
  /** The heading it sits under ("2. Court disposals"), when the contents table numbers them. */
  parent?: string;
  page: number;
  line: number;
}

/** Everything one import produces. Parsers return parts of it; the import service merges them. */
export interface Dataset {
  documents: SourceDocument[];
  plans: Plan[];
  actions: Action[];
  indicators: Indicator[];
  recommendations: Recommendation[];
  /** Rows of risk registers and reports' risk tables. */
  risks: Risk[];
  meetings: Meeting[];
  people: Person[];
  glossary: GlossaryEntry[];
  /** The reports (papers) in the packs, each with its header, summary, recommendations and pages. */
  reports: Report[];
  /** Flags not tied to one record. */
  flags: Flag[];
}

export function emptyDataset(): Dataset {
  return {
    documents: [],
    plans: [],
    actions: [],
    indicators: [],
    recommendations: [],
    risks: [],
    meetings: [],
    people: [],
    glossary: [],
    reports: [],
    flags: [],
  };
}

/** Concatenates datasets; the import service de-duplicates by id, last one wins. */
export function mergeDatasets(...parts: Partial<Dataset>[]): Dataset {
  const out = emptyDataset();
  for (const part of parts) {
    for (const key of Object.keys(out) as (keyof Dataset)[]) {
      const items = part[key];
      if (items) (out[key] as unknown[]).push(...(items as unknown[]));
    }
  }
  return out;
}
