/**
 * The commands the bot answers, as shown on the help card. Each route file registers its own entry
 * beside its handler, so the help card lists exactly what is wired up.
 */
export interface CommandHelp {
  /** Who it is for: a help-card section heading. */
  audience: 'Anyone' | 'Action leads' | 'Chairs and democratic services' | 'Administrators';
  usage: string;
  summary: string;
}

export class CommandCatalogue {
  private readonly entries: CommandHelp[] = [];

  add(entry: CommandHelp): void {
    this.entries.push(entry);
  }

  sections(): { heading: string; commands: { usage: string; summary: string }[] }[] {
    const order: CommandHelp['audience'][] = ['Anyone', 'Action leads', 'Chairs and democratic services', 'Administrators'];
    return order
      .map((audience) => ({
        heading: audience,
        commands: this.entries.filter((e) => e.audience === audience).map(({ usage, summary }) => ({ usage, summary })),
      }))
      .filter((section) => section.commands.length > 0);
  }
}
