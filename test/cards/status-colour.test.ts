import { describe, expect, it } from 'vitest';
import { ragColour, statusColour } from '../../src/cards/status-colour';
import type { StatusScale } from '../../src/domain/model';

const level = (code: string, label: string, rank: number, complete = false) => ({ code, label, meaning: label, colour: '#000000', rank, ...(complete ? { complete } : {}) });
const bgar: StatusScale = { id: 'rag', name: 'RAG', levels: [level('R', 'Red', 0), level('A', 'Amber', 1), level('G', 'Green', 2), level('B', 'Blue', 3, true)] };
const twoLevel: StatusScale = { id: 'two', name: 'Two', levels: [level('off', 'Off track', 0), level('on', 'On track', 1)] };
const scales = { RAG: bgar, 'two-level': twoLevel };

describe('the colour a card gives a status', () => {
  it.each([
    ['RAG', 'R', 'Attention'],
    ['RAG', 'a', 'Warning'],
    ['RAG', 'G', 'Good'],
    ['RAG', 'B', 'Accent'],
    ['RAG', 'X', 'Default'],
    ['RAG', undefined, 'Default'],
    ['two-level', 'off', 'Attention'],
    ['two-level', 'on', 'Good'],
  ] as const)('%s scale, level %s: %s', (name, code, colour) => {
    expect(statusColour(scales[name], code)).toBe(colour);
  });

  it.each([
    ['green', 'Good'],
    ['amber', 'Warning'],
    ['red', 'Attention'],
    [undefined, 'Default'],
    ['toString', 'Default'],
  ] as const)('indicator status %s is %s', (status, colour) => {
    expect(ragColour(status)).toBe(colour);
  });
});
