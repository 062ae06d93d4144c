import { foundation } from './001-foundation';
import { updates } from './002-updates';
import { outbox } from './003-outbox';
import { questions } from './004-questions';
import { pageRanges } from './005-page-ranges';
import { personalChatIndex } from './006-personal-chat-index';
import { indicatorDirection } from './007-indicator-direction';
import { risks } from './008-risks';
import { reports } from './009-reports';

/** Versioned migrations, applied in order, the same SQL for the embedded database and PostgreSQL. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: Migration[] = [
  { version: 1, name: 'foundation', sql: foundation },
  { version: 2, name: 'updates', sql: updates },
  { version: 3, name: 'outbox', sql: outbox },
  { version: 4, name: 'questions', sql: questions },
  { version: 5, name: 'page ranges', sql: pageRanges },
  { version: 6, name: 'personal chat index', sql: personalChatIndex },
  { version: 7, name: 'indicator direction', sql: indicatorDirection },
  { version: 8, name: 'risks', sql: risks },
  { version: 9, name: 'reports', sql: reports },
];
