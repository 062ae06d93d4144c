/**
 * Questions written for the seed meetings, to hold the duplicate detector to: pairs a chair would
 * merge (the same ask, reworded) and pairs a chair would keep apart (same item, a different ask).
 */
export interface SimilarityCase {
  meeting: string;
  a: string;
  b: string;
}

/** Medway CYP O&S, 2 March 2023 (items 8, 9, 11) and Herefordshire CYP scrutiny, 16 September 2019 (items 7, 8, 9). */
export const nearDuplicates: SimilarityCase[] = [
  {
    meeting: 'medway-2023-03-02',
    a: 'How many in-house foster carer households has Medway gained in the last twelve months?',
    b: "What is the net gain in Medway's in-house foster carer households over the last 12 months?",
  },
  {
    meeting: 'medway-2023-03-02',
    a: 'Will the Portfolio Holder say how many children in care are placed more than 20 miles from Medway?',
    b: 'How many of our children in care are currently placed over 20 miles away from Medway?',
  },
  {
    meeting: 'medway-2023-03-02',
    a: 'What is the Sufficiency Strategy doing to reduce the use of unregistered placements for children in care?',
    b: "How will the sufficiency strategy reduce Medway's reliance on unregistered placements for looked after children in care?",
  },
  {
    meeting: 'medway-2023-03-02',
    a: 'What proportion of social workers in children’s services are agency staff, and what is being done to recruit permanent staff?',
    b: "What percentage of children's services social workers are agency workers and how are we recruiting permanent social workers?",
  },
  {
    meeting: 'medway-2023-03-02',
    a: 'Can the work programme include a report on the SEND Safety Valve plan before the summer?',
    b: 'Please could the committee add a report on the SEND safety valve plan to the work programme before summer.',
  },
  {
    meeting: 'medway-2023-03-02',
    a: 'How many care leavers are now in education, employment or training, compared with April 2021?',
    b: 'What is the percentage of care leavers in employment, education or training now, and how does it compare to April 2021?',
  },
  {
    meeting: 'hereford-2019-09-16',
    a: 'How many care leavers will the new accommodation based support service house, and from when?',
    b: 'From when will the accommodation based support service for care leavers open and how many care leavers will it house?',
  },
  {
    meeting: 'hereford-2019-09-16',
    a: 'What is the annual cost of the accommodation based support service for care leavers?',
    b: 'How much will the care leavers accommodation based support service cost each year?',
  },
  {
    meeting: 'hereford-2019-09-16',
    a: 'Why has the number of first time entrants to the youth justice system risen in Herefordshire?',
    b: 'What explains the rise in first time entrants to the youth justice system in Herefordshire?',
  },
  {
    meeting: 'hereford-2019-09-16',
    a: 'What is the reoffending rate for young people supervised by the youth offending service this year?',
    b: 'Could the committee be told this year’s reoffending rate for young people the youth offending service supervises?',
  },
  {
    meeting: 'hereford-2019-09-16',
    a: 'Will the work programme include the annual report of the Local Safeguarding Children Board?',
    b: 'Can the Local Safeguarding Children Board annual report be added to the work programme?',
  },
  {
    meeting: 'medway-2023-03-02',
    a: 'What steps is the Lead Member taking to reduce social worker caseloads?',
    b: 'What is the Lead Member doing to bring down caseloads for social workers?',
  },
];

export const nonDuplicates: SimilarityCase[] = [
  {
    meeting: 'medway-2023-03-02',
    a: 'How many in-house foster carer households has Medway gained in the last twelve months?',
    b: 'How much does Medway pay independent fostering agencies per placement each week?',
  },
  {
    meeting: 'medway-2023-03-02',
    a: 'What is the Sufficiency Strategy doing to reduce the use of unregistered placements for children in care?',
    b: 'Which groups of children did the Diversity Impact Assessment for the Sufficiency Strategy find would be affected?',
  },
  {
    meeting: 'medway-2023-03-02',
    a: 'Will the Portfolio Holder say how many children in care are placed more than 20 miles from Medway?',
    b: 'Will the Portfolio Holder say when the new children’s home at the Old Vicarage will open?',
  },
  {
    meeting: 'medway-2023-03-02',
    a: 'What proportion of social workers in children’s services are agency staff?',
    b: 'How many children are waiting for an Education, Health and Care Plan assessment beyond 20 weeks?',
  },
  {
    meeting: 'medway-2023-03-02',
    a: 'Can the work programme include a report on the SEND Safety Valve plan before the summer?',
    b: 'Can the work programme include a visit to the Youth Offending Team?',
  },
  {
    meeting: 'medway-2023-03-02',
    a: 'How many care leavers are now in education, employment or training?',
    b: 'How many care leavers are living in suitable accommodation on their 19th to 21st birthday?',
  },
  {
    meeting: 'hereford-2019-09-16',
    a: 'How many care leavers will the new accommodation based support service house?',
    b: 'What did care leavers say about the accommodation based support service in the consultation?',
  },
  {
    meeting: 'hereford-2019-09-16',
    a: 'What is the annual cost of the accommodation based support service for care leavers?',
    b: 'What does the Equality Impact Assessment say about disabled care leavers?',
  },
  {
    meeting: 'hereford-2019-09-16',
    a: 'Why has the number of first time entrants to the youth justice system risen in Herefordshire?',
    b: 'How is the youth justice plan funded between the council, police and health partners?',
  },
  {
    meeting: 'hereford-2019-09-16',
    a: 'What is the reoffending rate for young people supervised by the youth offending service this year?',
    b: 'How many young people supervised by the youth offending service are in suitable education?',
  },
  {
    meeting: 'hereford-2019-09-16',
    a: 'Will the work programme include the annual report of the Local Safeguarding Children Board?',
    b: 'When will the date of the next meeting be confirmed?',
  },
  {
    meeting: 'medway-2023-03-02',
    a: 'What steps is the Lead Member taking to reduce social worker caseloads?',
    b: 'What steps is the Lead Member taking to improve school attendance of children in care?',
  },
];
