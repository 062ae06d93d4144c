/**
 * Deterministic ids, so importing the same source twice replaces records instead of adding copies.
 */

/** Lower-case, ASCII, hyphen-separated: "Medway Children's Services" -> "medway-childrens-services". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function planId(council: string, name: string): string {
  return `${slugify(council)}/${slugify(name)}`;
}

export function actionId(planIdValue: string, ref: string): string {
  return `${planIdValue}#${ref}`;
}

export function indicatorId(council: string, area: string | undefined, name: string, discriminator = ''): string {
  const base = `${slugify(council)}/${slugify(area ?? council)}/${slugify(name)}`;
  return discriminator ? `${base}/${slugify(discriminator)}` : base;
}

export function meetingId(council: string, body: string, isoDate: string): string {
  return `${slugify(council)}/${slugify(body)}/${isoDate}`;
}

export function recommendationId(council: string, body: string, number: string): string {
  return `${slugify(council)}/${slugify(body)}/${slugify(number)}`;
}

export function personId(name: string): string {
  return slugify(name);
}
