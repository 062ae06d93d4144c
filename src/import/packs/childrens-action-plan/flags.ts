import type { Flag, SourceRef } from '../../../domain/model';
import type { PackText } from '../types';

/** Where lines `lineStart`..`lineEnd` of the pack sit, with the printed page when it is known. */
export function sourceRef(pack: PackText, lineStart: number, lineEnd = lineStart): SourceRef {
  const ref: SourceRef = { documentId: pack.documentId, lineStart, lineEnd };
  const page = pack.pageOfLine(lineStart);
  if (page !== undefined) ref.page = page;
  return ref;
}

/** A flag; `raw` is left out when there is no raw text to keep. */
export function makeFlag(
  code: string,
  severity: Flag['severity'],
  message: string,
  source: SourceRef,
  raw?: string,
): Flag {
  return raw === undefined ? { code, severity, message, source } : { code, severity, message, raw, source };
}
