import type { StatusScale } from '../domain/model';
import type { IndicatorRag } from '../domain/rag-rules';
import { levelOf, levelsNeedingExplanation } from '../domain/update-scale';

/**
 * The colour a card gives a status: the one place that says which plan level or indicator RAG is
 * drawn as what. Adaptive Card TextBlock `color` names; lower-cased they are the container `style`s.
 */
export type CardColour = 'Default' | 'Accent' | 'Good' | 'Warning' | 'Attention';

/** A plan level's colour: complete is accent, the bottom level attention, the one above warning, the rest good. */
export function statusColour(scale: StatusScale, code: string | undefined): CardColour {
  const level = levelOf(scale, code);
  if (!level) return 'Default';
  if (level.complete) return 'Accent';
  const bottom = levelsNeedingExplanation(scale);
  if (bottom[0]?.code === level.code) return 'Attention';
  return bottom.some((l) => l.code === level.code) ? 'Warning' : 'Good';
}

const ragColours: Record<IndicatorRag, CardColour> = { green: 'Good', amber: 'Warning', red: 'Attention' };

/** An indicator status's colour; none (or one not recognised) is the default. */
export function ragColour(status: string | undefined): CardColour {
  return status && Object.hasOwn(ragColours, status) ? ragColours[status as IndicatorRag] : 'Default';
}
