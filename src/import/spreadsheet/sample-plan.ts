import type { SheetKind } from './types';

/** A cell of the sample: text, a number, a date, or a percentage (written 51% in CSV, 0.51 as 0% in Excel). */
export type SampleCell = string | number | Date | { percent: number } | undefined;

const day = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));
const pc = (percent: number) => ({ percent });

const PLAN = 'Sample Council SEND Improvement Plan';
const COUNCIL = 'Sample Council';

/**
 * An invented plan, clearly a sample, showing every column of the template. Rows follow the
 * column order of TEMPLATE_COLUMNS; undefined is a blank cell.
 */
export const SAMPLE_ROWS: Record<SheetKind, SampleCell[][]> = {
  plan: [
    [PLAN, 'SEND Improvement Plan; Written Statement of Action', COUNCIL, 'SEND Improvement Board', 'improvement-plan', '1.2', day(2024, 3, 18), 'SAMPLE ONLY: an invented plan showing how to fill in the template'],
  ],
  scale: [
    [PLAN, 'SEND plan delivery', 'B', 'Complete', 'Action completed and signed off by the Board', 'blue', 3, 'yes'],
    [PLAN, 'SEND plan delivery', 'G', 'On track', 'On track to be delivered by the due date', 'green', 2, 'no'],
    [PLAN, 'SEND plan delivery', 'A', 'Some slippage', 'Some slippage; the lead has a plan to recover by the due date', 'amber', 1, 'no'],
    [PLAN, 'SEND plan delivery', 'R', 'Off track', 'Off track or overdue; the Board needs to act', 'red', 0, 'no'],
  ],
  actions: [
    [PLAN, COUNCIL, '1', 'Identifying needs early', 'Assistant Director, Education', '1.1', 'Publish a refreshed Local Offer website co-produced with parents and carers', 'Head of SEND', 'Parent Carer Forum', 'January 2025', 'Local Offer visits up by a quarter; parent survey satisfaction above 60%', 'Within existing resources', '1', 'G'],
    [PLAN, COUNCIL, '1', 'Identifying needs early', 'Assistant Director, Education', '1.2', 'Train every early years setting in the graduated approach', 'SEND Early Years Lead / Educational Psychology Service', 'Early years providers', 'Quarterly from September 2024', '90% of settings trained', '£20,000 training budget', '1; 2', 'A'],
    [PLAN, COUNCIL, '1', 'Identifying needs early', 'Assistant Director, Education', '1.3', 'Agree a joint SEND needs assessment with health partners', "Director of Children's Services", 'Integrated Care Board', day(2025, 3, 31), 'Joint needs assessment published', 'Officer time', '2', undefined],
    [PLAN, COUNCIL, '2', 'Timely, good quality EHC plans', 'Head of SEND', '2.1', 'Recruit two more EHC plan coordinators', 'Head of SEND', 'HR Business Partner', 'End of September 2024 COMPLETED', 'Both posts filled', '£90,000 a year', '3', 'B'],
    [PLAN, COUNCIL, '2', 'Timely, good quality EHC plans', 'Head of SEND', '2.2', 'Run a weekly EHC needs assessment panel with health and social care', 'Head of SEND', 'Health; Social care', 'Ongoing from October 2024', 'Decisions to assess within 6 weeks', 'Within existing resources', '3', 'G'],
    [PLAN, COUNCIL, '2', 'Timely, good quality EHC plans', 'Head of SEND', '2.3', 'Audit twenty EHC plans a term for quality and share the findings', 'Principal Educational Psychologist', 'Parent Carer Forum', 'By April 2025', 'Four in five audited plans rated good or better', 'Officer time', '3 and 4', 'A'],
    [PLAN, COUNCIL, '3', 'Preparing for adulthood', 'Head of 14-25 Services', '3.1', 'Publish a preparing for adulthood pathway from age 14', 'Head of 14-25 Services', 'Further education colleges / Adult social care', 'June 2025', 'Pathway published; every young person in Year 9 with an EHC plan has a preparing for adulthood review', 'Officer time', '4', 'R'],
    [PLAN, COUNCIL, '3', 'Preparing for adulthood', 'Head of 14-25 Services', '3.2', 'Extend supported internships to 30 places', 'Skills and Employment Manager', 'Local employers', '2025/26', '30 supported interns a year', 'DfE grant', '4', undefined],
  ],
  indicators: [
    ['EHC plans issued within 20 weeks', 'EHCP timeliness; 20-week rate', COUNCIL, COUNCIL, '%', 'higher', PLAN, '2.2', 'Calendar year 2023', day(2023, 12, 31), pc(38), pc(50), 'England', 'england', pc(50.3)],
    ['EHC plans issued within 20 weeks', undefined, COUNCIL, COUNCIL, '%', 'higher', PLAN, '2.2', 'Year to date June 2024', day(2024, 6, 30), pc(51), pc(60), 'Statistical neighbours', 'statistical-neighbours', pc(47.5)],
    ['Average weeks to issue an EHC plan', undefined, COUNCIL, COUNCIL, 'weeks', 'lower', PLAN, '2.2', 'Calendar year 2023', day(2023, 12, 31), 27.5, 20, 'England', 'england', 23.4],
    ['Requests for an EHC needs assessment', 'EHCNA requests', COUNCIL, COUNCIL, 'count', 'none', undefined, undefined, 'Calendar year 2023', day(2023, 12, 31), 1184, undefined, 'Previous year', 'previous', 1032],
    ['Young people aged 16-17 with an EHC plan in education or training', 'EET with EHCP', 'North Locality', COUNCIL, '%', 'higher', PLAN, '3.2', 'March 2024', day(2024, 3, 31), pc(88), pc(92), undefined, undefined, undefined],
  ],
};
