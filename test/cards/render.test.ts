import { describe, expect, it } from 'vitest';
import { createCardRenderer } from '../../src/cards/render';

describe('createCardRenderer', () => {
  const cards = createCardRenderer();

  it('shows text containing "${...}" as text instead of evaluating it or failing', () => {
    const card = cards.render('apology', { message: 'Cllr typed ${toUpper("x")} and ${missing}', reference: 'ABC' });
    const text = JSON.stringify(card);
    expect(text).toContain('toUpper');
    expect(text).not.toContain('"X"');
    expect(text).not.toMatch(/\$\{/);
  });

  it('fails loudly when the view model lacks a field the template uses', () => {
    expect(() => cards.render('apology', { message: 'hi' })).toThrow(/unexpanded expression: \$\{reference\}/);
  });
});
