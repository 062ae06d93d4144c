/**
 * Makes text typed by a person, or read from a pack, safe to place in a card TextBlock: Teams renders
 * a subset of Markdown there, so a name like "*Smith*" or a link would otherwise be interpreted.
 */
export function plainText(text: string): string {
  return text.replace(/([\\`*_[\]()#+!<>|~-])/g, '\\$1').replace(/\$\{/g, '$\u200b{');
}
