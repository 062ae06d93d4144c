import { describe, expect, it } from 'vitest';
import type { Action } from '../../src/domain/model';
import { isRepeatOf } from '../../src/domain/repeated-actions';

const action = (id: string, more: Partial<Action> = {}): Action => ({
  id,
  planId: 'p',
  ref: id,
  text: 'The graduated response document will be published',
  leads: ['Principal Educational Psychologist'],
  partners: [],
  due: { raw: 'Sept 2019' },
  recommendationRefs: [],
  source: { documentId: 'd', lineStart: 1 } as Action['source'],
  flags: [],
  ...more,
});

describe('an action printed twice', () => {
  it('is the same text, leads and date in the same plan, told apart by case and spaces only', () => {
    expect(isRepeatOf(action('D.2'), action('K.1', { text: ' the graduated response document will be published' }))).toBe(true);
  });

  it.each([
    ['Mar 2020', 'March 2020'],
    ['Sept 2019', 'September 2019'],
  ])('is the same date written "%s" and "%s"', (one, other) => {
    const month = (raw: string, date: string) => ({ raw, date, precision: 'month' as const });
    const date = one.includes('2020') ? '2020-03-31' : '2019-09-30';
    expect(isRepeatOf(action('C.2', { due: month(one, date) }), action('K.2', { due: month(other, date) }))).toBe(true);
  });

  it('is not the same month read, or the same day read at another precision', () => {
    const sept = action('C.2', { due: { raw: 'Sept 2019', date: '2019-09-30', precision: 'month' } });
    expect(isRepeatOf(sept, action('K.2', { due: { raw: 'Oct 2019', date: '2019-10-31', precision: 'month' } }))).toBe(false);
    expect(isRepeatOf(sept, action('K.2', { due: { raw: '30 Sept 2019', date: '2019-09-30', precision: 'day' } }))).toBe(false);
  });

  it.each([
    ['itself', action('D.2')],
    ['another plan', action('K.1', { planId: 'q' })],
    ['another lead', action('K.1', { leads: ['SEN Manager'] })],
    ['another date', action('K.1', { due: { raw: 'Dec 2019' } })],
  ])('is not one of %s', (_, other) => {
    expect(isRepeatOf(action('D.2'), other)).toBe(false);
  });
});
