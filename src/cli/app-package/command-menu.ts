/**
 * The manifest's command lists (the menu Teams shows above the compose box), generated from the
 * help registry (`deps.commands`) when the package is built, so the menu never offers a command the
 * bot does not answer, and a command it cannot fit is reported rather than silently dropped.
 */
export interface HelpSection {
  heading: string;
  commands: { usage: string; summary: string }[];
}

export interface MenuCommand {
  title: string;
  description: string;
}

export interface CommandMenu {
  commandLists: { scopes: ('personal' | 'team' | 'groupChat')[]; commands: MenuCommand[] }[];
  /** Registered commands left off the menu, with why (they stay on the help card). */
  left: { usage: string; reason: string }[];
}

// Teams shows at most 10 commands per scope; its docs cap titles at 32 and descriptions at 128.
export const menuLimits = { commands: 10, title: 32, description: 128 } as const;
// Operators' commands (ping and the like) are typed by the few who need them, not offered to all.
const offMenuAudiences = new Set(['Administrators']);
const scopes = ['personal', 'team', 'groupChat'] as const;

/**
 * What Teams types into the compose box when the command is picked: the usage's leading words, up to
 * the first argument ("update 1.9" gives "update", "history <ref>" gives "history"). A usage that
 * starts with a capital letter describes free text ("Ask in your own words"), not a command: no title.
 */
export function menuTitle(usage: string): string {
  const words: string[] = [];
  for (const token of usage.trim().split(/\s+/)) {
    if (!/^[a-z][a-z'’-]*$/.test(token)) break;
    words.push(token);
  }
  return words.join(' ');
}

function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).trimEnd()}…`;
}

/**
 * The same menu for each scope. When there are more than 10 commands, each audience gets its share of
 * the places in turn (so chairs' commands are not crowded out by everyone's); the menu keeps help-card
 * order.
 */
export function buildCommandMenu(sections: HelpSection[]): CommandMenu {
  const left: CommandMenu['left'] = [];
  const titles = new Set<string>();
  const queues: { order: number; usage: string; command: MenuCommand }[][] = [];
  let order = 0;
  for (const section of sections) {
    const queue: (typeof queues)[number] = [];
    for (const { usage, summary } of section.commands) {
      const title = menuTitle(usage);
      order++;
      if (offMenuAudiences.has(section.heading)) left.push({ usage, reason: `for ${section.heading.toLowerCase()} only` });
      else if (!title) left.push({ usage, reason: 'it describes free text rather than naming a command to type' });
      else if (title.length > menuLimits.title) left.push({ usage, reason: `"${title}" is longer than ${menuLimits.title} characters` });
      else if (!titles.has(title)) {
        // "update 1.9" and "update <indicator>" share one entry.
        titles.add(title);
        const description = usage.trim() === title ? summary : `${usage.trim()}: ${summary}`;
        queue.push({ order, usage, command: { title, description: shorten(description, menuLimits.description) } });
      }
    }
    queues.push(queue);
  }
  const chosen: (typeof queues)[number] = [];
  for (let round = 0; chosen.length < menuLimits.commands && queues.some((q) => q.length > round); round++) {
    for (const queue of queues) if (queue[round] && chosen.length < menuLimits.commands) chosen.push(queue[round]!);
  }
  for (const entry of queues.flat()) {
    if (!chosen.includes(entry)) left.push({ usage: entry.usage, reason: `Teams shows at most ${menuLimits.commands} commands` });
  }
  const commands = chosen.sort((a, b) => a.order - b.order).map((entry) => entry.command);
  return { commandLists: scopes.map((scope) => ({ scopes: [scope], commands })), left };
}
