/** The session report as a PDF, rendered from the same blocks as the Markdown. DejaVu Sans, embedded. */
import PDFDocument from 'pdfkit';
import { applyKringFonts, BODY_FONT, BOLD_FONT } from '../../../platform/pdf/fonts.ts';
import type { Block } from '../domain/reportDocument.ts';

/** Width of a 100% bar in the speaking-time chart, in points. */
const BAR_WIDTH = 240;

export function reportPdf(blocks: readonly Block[], title: string): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: title, Creator: 'Kring' } });
  applyKringFonts(doc);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  for (const block of blocks) {
    switch (block.kind) {
      case 'title':
        doc.font(BOLD_FONT).fontSize(20).text(block.text);
        break;
      case 'heading':
        doc.moveDown().font(BOLD_FONT).fontSize(14).text(block.text);
        break;
      case 'subheading':
        doc.moveDown(0.5).font(BOLD_FONT).fontSize(12).text(block.text);
        break;
      case 'text':
        doc.moveDown(0.3).font(BODY_FONT).fontSize(11).text(block.text);
        break;
      case 'list':
        doc.font(BODY_FONT).fontSize(11);
        for (const item of block.items) doc.text(`•  ${item}`, { indent: 12 });
        break;
      case 'bars':
        doc.font(BODY_FONT).fontSize(11);
        for (const bar of block.bars) {
          doc.moveDown(0.2).text(bar.text);
          const y = doc.y + 2;
          const x = doc.page.margins.left;
          doc.save().rect(x, y, BAR_WIDTH, 8).fill('#e6e6e6');
          if (bar.percent !== null) doc.rect(x, y, (BAR_WIDTH * bar.percent) / 100, 8).fill('#1f5f8b');
          doc.restore();
          doc.y = y + 12;
        }
        break;
    }
  }
  doc.end();
  return done;
}
