import type { PaperRequest } from '../services/papers/build-paper';

/** The button a report or pack card carries: one tap gets the Word file (see teams/routes/papers.ts). */
export function paperAction(request: PaperRequest): { title: string; data: Record<string, unknown> } {
  return { title: 'Word file', data: { verb: 'paper.send', paper: request } };
}
