import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { askersLine, type QuestionPack } from '../../domain/questions-pack';
import { outcomeLabels } from '../../domain/questions';
import { cleanText } from '../../domain/typed-text';

/**
 * The question pack as a Word document for the supplementary agenda: a heading per agenda item,
 * each question numbered, who asks it and to whom, then the approved written answer. What people
 * typed is cleaned again (typed-text.ts), for text stored before it was cleaned as it arrived.
 */
export async function packDocx(pack: QuestionPack): Promise<Buffer> {
  const m = pack.meeting;
  const children: Paragraph[] = [
    new Paragraph({ text: pack.title, heading: HeadingLevel.TITLE }),
    ...(m.time || m.venue ? [new Paragraph({ text: cleanText([m.time ? `at ${m.time}` : '', m.venue ?? ''].filter(Boolean).join(', ')) })] : []),
  ];
  if (pack.count === 0) children.push(new Paragraph({ text: 'No questions have been accepted for this meeting.' }));
  for (const group of pack.groups) {
    children.push(new Paragraph({ text: cleanText(`Item ${group.item.number}: ${group.item.title}`), heading: HeadingLevel.HEADING_1 }));
    for (const e of group.entries) {
      children.push(new Paragraph({ text: `Question ${e.number} (${e.ref})`, heading: HeadingLevel.HEADING_2 }));
      const from = cleanText(`From ${askersLine(e.askers)}${e.putTo ? ` to ${e.putTo}` : ''}`);
      children.push(
        new Paragraph({
          children: [
            new TextRun({ text: from, italics: true }),
            ...(e.late ? [new TextRun({ text: ' (received after the deadline, accepted by the chair)', italics: true })] : []),
          ],
        }),
      );
      children.push(new Paragraph({ text: cleanText(e.text) }));
      if (e.answer) {
        children.push(new Paragraph({ children: [new TextRun({ text: 'Answer', bold: true })] }));
        for (const line of cleanText(e.answer).split('\n')) children.push(new Paragraph({ text: line }));
      }
      if (e.outcome) children.push(new Paragraph({ children: [new TextRun({ text: outcomeLabels[e.outcome], italics: true })] }));
    }
  }
  const doc = new Document({
    creator: 'Board and scrutiny assistant',
    title: pack.title,
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}
