import type { SourceRef } from '../../domain/model';
import type { AskCatalogue } from './ask-catalogue';

/**
 * Where a record came from, said for people: "Medway Cabinet – Supplementary agenda No.2, pages 9–102
 * (item 6: Report from the Minister...)". The page is the printed agenda page where the pack gives
 * page numbers; where an agenda item spans pages the text cannot tell apart, the item's range is given.
 */
export function cite(catalogue: AskCatalogue, source: SourceRef | undefined): string | undefined {
  if (!source) return undefined;
  const document = catalogue.documents.get(source.documentId);
  if (!document) return undefined;
  const page =
    source.page !== undefined
      ? document.pages.find((p) => p.number === source.page || (p.numberTo !== undefined && p.number <= source.page! && source.page! <= p.numberTo))
      : source.lineStart !== undefined
        ? document.pages.find((p) => p.lineStart <= source.lineStart! && source.lineStart! <= p.lineEnd)
        : undefined;
  const pages =
    source.page !== undefined
      ? `page ${source.page}`
      : page
        ? page.numberTo !== undefined && page.numberTo !== page.number
          ? `pages ${page.number}–${page.numberTo}`
          : `page ${page.number}`
        : undefined;
  const item = page ? agendaItemAt(catalogue, document.meetingId, page.number) : undefined;
  return [document.title, pages, item].filter(Boolean).join(', ');
}

function agendaItemAt(catalogue: AskCatalogue, meetingId: string | undefined, page: number): string | undefined {
  if (!meetingId) return undefined;
  const meeting = catalogue.index.meetings.get(meetingId);
  const item = meeting?.agenda.find((a) => a.pageFrom !== undefined && a.pageFrom <= page && page <= (a.pageTo ?? a.pageFrom));
  return item ? `item ${item.number ? `${item.number}: ` : ''}${item.title}` : undefined;
}
