import type { Activity } from 'botbuilder';

/** The body of the invoke response among what the bot sent (`{ status, body }` of botbuilder's invokeResponse). */
export function invokeResponse(sent: Partial<Activity>[]): { status: number; body: Record<string, unknown> } {
  const found = sent.find((a) => a.type === 'invokeResponse');
  if (!found) throw new Error(`no invoke response among ${sent.length} activities sent: ${sent.map((a) => a.type).join(', ')}`);
  return found.value as { status: number; body: Record<string, unknown> };
}
