/**
 * Kring's documents as blocks (a title, headings, text, lists, bar charts), written once and rendered as a PDF
 * here or as Markdown by a module. DejaVu Sans is embedded, so every name comes out as written.
 *
 * @example const pdf = await blocksPdf([{ kind: 'title', text: 'Verslag' }], 'Verslag');
 */
import PDFDocument from 'pdfkit';
import { applyKringFonts, BODY_FONT, BOLD_FONT } from './fonts.ts';

/** One bar of a chart: a label and a percentage (null: not shown), with what it stands for in words. */
export interface Bar {
  label: string;
  percent: number | null;
  text: string;
}

export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'subheading'; text: string }
  | { kind: 'text'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'bars'; bars: Bar[] };

/** Width of a 100% bar, in points. */
const BAR_WIDTH = 240;

export function blocksPdf(blocks: readonly Block[], title: string): Promise<Buffer> {
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
