import { describe, expect, it } from 'vitest';
import { periodInTitle } from '../../src/domain/plan-period';

describe('the years a plan\'s title says it covers', () => {
  it.each([
    ['Medway DToC Plan 2017 - 2019', '2017 - 2019'],
    ['West Mercia Youth Justice Service Delivery Plan 2019/20', '2019/20'],
    ['Children and Young People Plan 2019-21', '2019-21'],
    ['Sufficiency Strategy 2023 to 2025', '2023 to 2025'],
    ['Medium Term Plan 2019/20 - 2021/22', '2019/20 - 2021/22'],
    ['Youth Justice Plan 2019-2020 to 2022', '2019-2020 to 2022'],
    ['Corporate Plan 2020', '2020'],
    ['Workforce Strategy (2021-2024)', '2021-2024'],
  ])('"%s" covers %s, as written', (title, period) => {
    expect(periodInTitle(title)).toBe(period);
  });

  it.each([
    "Medway Children's Services Action Plan",
    'Plan for 150 new homes',
    'Plan for 2000 new homes',
    'Action plan following the 2019 Ofsted inspection',
    'Improvement Plan - updated March 2020',
    'Response to recommendations 2019 - 20 December meeting',
  ])('"%s" gives none', (title) => {
    expect(periodInTitle(title)).toBeUndefined();
  });
});
