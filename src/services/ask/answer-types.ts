import type { AskMemory, Choice } from '../../nlu/intents';

/** The kinds of answer card; the card's first element carries `answer-kind-<kind>`. */
export type AnswerKind = 'indicator' | 'action' | 'list' | 'plan' | 'meeting' | 'passage' | 'ask-back' | 'not-found';

export interface Fact {
  title: string;
  value: string;
}

/** A headed block of facts or lines (comparators, agenda, status key...). */
export interface Section {
  heading: string;
  facts?: Fact[];
  lines?: string[];
}

/** A list entry: a title line and a detail line. */
export interface ListItem {
  title: string;
  detail: string;
}

/**
 * An answer, as plain text pieces a card or a text message can carry. Every figure in it was read
 * from the store; every statement of fact comes with its source.
 */
export interface Answer {
  kind: AnswerKind;
  title: string;
  /** The direct answer in one or two sentences. */
  headline: string;
  facts: Fact[];
  sections: Section[];
  items?: ListItem[];
  /** A passage quoted from the papers. */
  quote?: string;
  /** Caveats: conflicting figures, uncertain cells, missing statuses. */
  notes: string[];
  /** "Document title, pages 23-98 (item 6: ...)". */
  sources: string[];
  /** Buttons: each sends its text back as the next message. */
  choices: Choice[];
  /** What the conversation should remember; absent keeps nothing. */
  memory?: AskMemory;
  /**
   * Offered as the nearest the papers come, not as their answer (a passage standing out without
   * holding the whole question): a message's parts are answered as if it had found nothing.
   */
  tentative?: boolean;
}

/** An answer with no parts yet. */
export function emptyAnswer(kind: AnswerKind, title: string, headline: string): Answer {
  return { kind, title, headline, facts: [], sections: [], notes: [], sources: [], choices: [] };
}

/** A list's rows: how many in all, and one page of them at a time. */
export interface ListRows {
  total: number;
  page(from: number, to: number): Promise<ListItem[]>;
}
