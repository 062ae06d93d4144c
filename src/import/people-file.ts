import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { type DirectoryPerson, directoryRoles } from '../domain/directory';

const list = (value: string) =>
  value
    .split(';')
    .map((v) => v.trim())
    .filter(Boolean);

const row = z.object({
  name: z.string().trim().min(1, 'is empty; write the person\'s name'),
  email: z
    .string()
    .trim()
    .refine((v) => v === '' || /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v), 'is not an e-mail address')
    .transform((v) => v || undefined),
  aadObjectId: z
    .string()
    .trim()
    .refine((v) => v === '' || /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v), 'is not an Entra object id (a GUID)')
    .transform((v) => v || undefined),
  roles: z
    .string()
    .transform(list)
    .superRefine((roles, ctx) => {
      for (const role of roles) {
        if (!(directoryRoles as readonly string[]).includes(role)) {
          ctx.addIssue({ code: 'custom', message: `has "${role}"; use ${directoryRoles.join(', ')} (separated by ;)` });
        }
      }
    }),
  jobTitles: z.string().transform(list),
  committees: z.string().transform(list),
});

export type PeopleFileResult = { ok: true; people: DirectoryPerson[] } | { ok: false; errors: string[] };

const header = ['name', 'email', 'aadObjectId', 'roles', 'jobTitles', 'committees'];

/**
 * Reads the PEOPLE_FILE CSV: header `name,email,aadObjectId,roles,jobTitles,committees`, several values
 * in one field separated by `;`. Every bad row is reported by row number (header = row 1) and column.
 */
export function parsePeopleFile(text: string): PeopleFileResult {
  let records: string[][];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), { skip_empty_lines: true, relax_column_count: true }) as string[][];
  } catch (error) {
    return { ok: false, errors: [`The file is not valid CSV: ${(error as Error).message}`] };
  }
  const [first, ...rows] = records;
  if (!first || first.map((h) => h.trim()).join(',') !== header.join(',')) {
    return { ok: false, errors: [`Row 1 must be the header ${header.join(',')}`] };
  }
  const errors: string[] = [];
  const people: DirectoryPerson[] = [];
  rows.forEach((cells, index) => {
    const record = Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
    const parsed = row.safeParse(record);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors.push(`Row ${index + 2}, ${issue.path.join('.')}: ${issue.message}`);
      return;
    }
    if (!parsed.data.aadObjectId && !parsed.data.email) {
      errors.push(`Row ${index + 2}: give an aadObjectId or an email, so Teams users can be matched to ${parsed.data.name}`);
      return;
    }
    people.push({ ...parsed.data, roles: parsed.data.roles as DirectoryPerson['roles'] });
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, people };
}
