/**
 * Buttons on a phone show their first twenty or so characters. When every choice starts with the
 * same words ("1.1: ..." four times), those words move to the end so that each label leads with what
 * tells it apart: "AGREE METRICS FOR PLAN (Medway DToC Plan) · 1.1".
 */
export function leadWithDifference(labels: string[]): string[] {
  if (labels.length < 2) return labels;
  const words = labels.map((label) => label.split(/\s+/).filter(Boolean));
  let common = 0;
  const shortest = Math.min(...words.map((w) => w.length));
  // Keep at least one word of each label in front.
  while (common < shortest - 1 && words.every((w) => w[common] === words[0]![common])) common++;
  if (common === 0) return labels;
  const shared = words[0]!.slice(0, common).join(' ').replace(/[\s:;,.–-]+$/, '');
  return words.map((w) => {
    const rest = w.slice(common).join(' ');
    return shared ? `${rest} · ${shared}` : rest;
  });
}
