import { foundation } from './001-foundation';

/** Versioned migrations, applied in order, the same SQL for the embedded database and PostgreSQL. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: Migration[] = [{ version: 1, name: 'foundation', sql: foundation }];
