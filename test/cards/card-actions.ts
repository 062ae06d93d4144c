/**
 * What a card asks the bot to do when someone presses, types or picks on it, found by walking the
 * expanded card: Action.Execute verbs, Action.Submit data (its `verb`, or the words `say` sends as
 * if typed, or the text an msteams imBack or messageBack sends), and Data.Query datasets (dynamic typeahead).
 */
export type CardAction =
  | { kind: 'execute'; verb: string; data: Record<string, unknown>; path: string }
  | { kind: 'submit'; verb: string; data: Record<string, unknown>; path: string }
  | { kind: 'text'; text: string; path: string }
  | { kind: 'search'; dataset: string; path: string }
  | { kind: 'unroutable'; why: string; path: string };

const asObject = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

function actionOf(node: Record<string, unknown>, path: string): CardAction | undefined {
  const data = asObject(node.data);
  switch (node.type) {
    case 'Action.Execute':
      return typeof node.verb === 'string' && node.verb
        ? { kind: 'execute', verb: node.verb, data, path }
        : { kind: 'unroutable', why: 'Action.Execute without a verb', path };
    case 'Action.Submit': {
      if (typeof data.verb === 'string' && data.verb) return { kind: 'submit', verb: data.verb, data, path };
      if (typeof data.say === 'string' && data.say.trim()) return { kind: 'text', text: data.say, path };
      const msteams = asObject(data.msteams);
      const text = msteams.type === 'imBack' ? msteams.value : msteams.type === 'messageBack' ? msteams.text : undefined;
      if (typeof text === 'string' && text.trim()) return { kind: 'text', text, path };
      return { kind: 'unroutable', why: 'Action.Submit with neither a data.verb, a data.say nor an msteams imBack/messageBack text', path };
    }
    case 'Data.Query':
      return typeof node.dataset === 'string' && node.dataset
        ? { kind: 'search', dataset: node.dataset, path }
        : { kind: 'unroutable', why: 'Data.Query without a dataset', path };
    default:
      return undefined;
  }
}

/** Every action in a card, with the JSON path where it sits (for messages). */
export function cardActions(card: unknown): CardAction[] {
  const found: CardAction[] = [];
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${path}/${i}`));
    else if (value && typeof value === 'object') {
      const node = value as Record<string, unknown>;
      const action = actionOf(node, path);
      if (action) found.push(action);
      for (const [key, child] of Object.entries(node)) walk(child, `${path}/${key}`);
    }
  };
  walk(card, '');
  return found;
}
