/**
 * The fonts of Kring's PDFs: DejaVu Sans, embedded, so names and texts in any European script (ş, ğ, ł, ő, …)
 * come out as written. pdfkit's built-in fonts only know Latin-1. Served from the package, never downloaded.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const regular = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const bold = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

export const BODY_FONT = 'Kring-Body';
export const BOLD_FONT = 'Kring-Bold';

/** Registers the body and bold fonts on a document, and starts it in the body font. */
export function applyKringFonts(doc: PDFKit.PDFDocument): void {
  doc.registerFont(BODY_FONT, regular);
  doc.registerFont(BOLD_FONT, bold);
  doc.font(BODY_FONT);
}
