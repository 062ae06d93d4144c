/**
 * `Intl.DateTimeFormat`s, made once per set of options and reused: building one costs far more than
 * formatting with it, and dates are formatted on every list and deadline. Pure: no clock, no state
 * a caller can see.
 */
const made = new Map<string, Intl.DateTimeFormat>();

export function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify(options);
  let format = made.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', options);
    made.set(key, format);
  }
  return format;
}
