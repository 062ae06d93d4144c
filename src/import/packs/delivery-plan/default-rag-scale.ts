import type { Flag, SourceRef, StatusScale } from '../../../domain/model';

/**
 * A neutral R/A/G/B scale for plans whose source defines none, so officers can still post status
 * updates. The meanings are deliberately plain; the flag says they are not from the source.
 */
export function defaultRagScale(scaleId: string, source: SourceRef): { scale: StatusScale; flag: Flag } {
  const scale: StatusScale = {
    id: scaleId,
    name: 'RAG (default)',
    levels: [
      { code: 'R', label: 'Red', meaning: 'Not on track', colour: '#C00000', rank: 0 },
      { code: 'A', label: 'Amber', meaning: 'Some risk to delivery', colour: '#FFC000', rank: 1 },
      { code: 'G', label: 'Green', meaning: 'On track', colour: '#00B050', rank: 2 },
      { code: 'B', label: 'Blue', meaning: 'Complete', colour: '#0070C0', rank: 3, complete: true },
    ],
  };
  const flag: Flag = {
    code: 'default-status-scale',
    severity: 'info',
    message: 'The source defines no status scale; a default R/A/G/B scale is used (not from the source).',
    source,
  };
  return { scale, flag };
}
