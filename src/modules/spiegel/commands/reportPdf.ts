/** The session report as a PDF, rendered from the same blocks as the Markdown. DejaVu Sans, embedded. */
import PDFDocument from 'pdfkit';
import { applyKringFonts, BODY_FONT, BOLD_FONT } from '../../../platform/pdf/fonts.ts';
import type { Block } from '../domain/reportDocument.ts';

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
    }
  }
  doc.end();
  return done;
}
