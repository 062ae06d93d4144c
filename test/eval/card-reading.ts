import { replyKinds, type ReplyKind } from './question-types';

/** What the bot sent back for one question, as the scorer needs it. */
export interface ReadReply {
  /** The kind stamped on the first card's first body element, or 'none' (plain text, help card...). */
  kind: ReplyKind | 'none';
  /** Everything a person would read: card text, fact titles and values, button titles, plain text. */
  text: string;
}

/** Anything with the fields of a sent Bot Framework activity that matter here. */
export interface SentActivity {
  type?: string;
  text?: string;
  attachments?: { contentType?: string; content?: unknown }[];
}

const adaptiveCard = 'application/vnd.microsoft.card.adaptive';
const visibleKeys = new Set(['text', 'title', 'value', 'label', 'placeholder', 'altText', 'fallbackText', 'errorMessage']);
// NOTE: submit `data` and `msteams` hold what the card posts back, not what a person reads.
const hiddenSubtrees = new Set(['data', 'msteams', '$data', 'id', 'type', 'version', '$schema', 'style', 'url', 'verb']);

/** The strings of a card a person would read, in document order. */
export function visibleCardText(card: unknown): string[] {
  const out: string[] = [];
  const walk = (value: unknown, key?: string) => {
    if (key && hiddenSubtrees.has(key)) return;
    if (typeof value === 'string') {
      if (key && visibleKeys.has(key)) out.push(value);
    } else if (Array.isArray(value)) {
      for (const item of value) walk(item, key);
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, k);
    }
  };
  walk(card);
  return out;
}

/** The answer kind a card carries: its first body element's id, `answer-kind-<kind>`. */
export function cardKind(card: unknown): ReplyKind | 'none' {
  const body = (card as { body?: unknown[] } | undefined)?.body;
  const first = Array.isArray(body) ? (body[0] as { id?: unknown } | undefined) : undefined;
  const match = typeof first?.id === 'string' ? /^answer-kind-(.+)$/.exec(first.id) : null;
  const kind = match?.[1];
  return kind && (replyKinds as readonly string[]).includes(kind) ? (kind as ReplyKind) : 'none';
}

/** Reads the bot's reply to one question: the first Adaptive Card decides the kind; all text counts. */
export function readReply(sent: SentActivity[]): ReadReply {
  const messages = sent.filter((a) => (a.type ?? 'message') === 'message');
  const cards = messages.flatMap((a) => (a.attachments ?? []).filter((x) => x.contentType === adaptiveCard).map((x) => x.content));
  const texts = [...messages.map((a) => a.text ?? '').filter(Boolean), ...cards.flatMap(visibleCardText)];
  return { kind: cards.length > 0 ? cardKind(cards[0]) : 'none', text: texts.join(' | ') };
}
