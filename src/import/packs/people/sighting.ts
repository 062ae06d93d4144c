/** One place a pack names a person, with what it says about them there. */
export interface Sighting {
  name: string;
  role?: string;
  /** ISO dates from "(from January 2020)" / "(until January 2020)". */
  from?: string;
  until?: string;
  /** "January 2020" is a month: no day is known. */
  precision?: 'day' | 'month';
  councillor?: boolean;
  phone?: string;
  email?: string;
  line: number;
  lineEnd: number;
}
