import { describe, expect, it } from 'vitest';
import type { Action, StatusScale } from '../../src/domain/model';
import { statusNowText } from '../../src/services/status-now';
import type { ActionUpdate } from '../../src/domain/updates';

const level = (code: string, label: string, rank: number) => ({ code, label, meaning: label, colour: '#000000', rank });
const progress: StatusScale = {
  id: 'yot',
  name: 'Progress',
  levels: [level('no-improvement', 'No improvement', 0), level('some-progress', 'Some progress', 1), level('good-progress', 'Good progress', 2)],
};
const action = (status?: string): Action => ({
  id: 'yjp-2.3',
  planId: 'yjp',
  ref: '2.3',
  text: 'Review the out-of-court disposal panel',
  leads: ['YOT Manager'],
  partners: [],
  recommendationRefs: [],
  ...(status ? { status } : {}),
  source: { documentId: 'pack:001' },
  flags: [],
});
const update: ActionUpdate = {
  id: 'u1',
  actionId: 'yjp-2.3',
  planId: 'yjp',
  status: 'good-progress',
  previousStatus: 'some-progress',
  commentary: 'Panel reviewed in March.',
  author: { name: 'Sam Officer' },
  at: '2023-03-14T09:30:00Z',
  version: 1,
};

describe("an action's status now, in words", () => {
  it("gives the latest update on the plan's own scale, with who gave it and when", () => {
    const text = statusNowText(progress, action('some-progress'), update, 'Europe/London');
    expect(text).toMatch(/^Good progress \(Sam Officer, .*14.*Mar.*2023.*\)$/);
  });

  it('falls back to the status the plan was imported with, and says so', () => {
    expect(statusNowText(progress, action('some-progress'), undefined, 'Europe/London')).toBe('Some progress (as imported from the plan)');
  });

  it('gives nothing when there is neither, for each card to say in its own words', () => {
    expect(statusNowText(progress, action(), undefined, 'Europe/London')).toBeUndefined();
  });
});
