/**
 * The student briefing (S3) as a PDF: what the conversation is about, what happens in each round, the
 * questions the students will be asked, and the conversation rules. DejaVu Sans, embedded: nothing external.
 */
import PDFDocument from 'pdfkit';
import type { Locale } from '../../../platform/i18n/index.ts';
import { translate } from '../../../platform/i18n/index.ts';
import { applyKringFonts, BODY_FONT, BOLD_FONT } from '../../../platform/pdf/fonts.ts';
import { type MirrorTemplate, textIn } from '../domain/template.ts';

export interface BriefingFacts {
  title: string;
  scheduledAt: string;
  place: string;
  template: MirrorTemplate;
  rules: string[];
}

/** Renders the briefing and resolves with the PDF's bytes. */
export function briefingPdf(facts: BriefingFacts, locale: Locale): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: facts.title, Creator: 'Kring' } });
  applyKringFonts(doc);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const t = facts.template;
  const when = new Date(`${facts.scheduledAt}:00`).toLocaleString(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    dateStyle: 'full',
    timeStyle: 'short',
  });

  doc.font(BOLD_FONT).fontSize(20).text(facts.title);
  doc.moveDown(0.3).font(BODY_FONT).fontSize(11).fillColor('#333').text(`${when} · ${facts.place}`);
  doc.moveDown().fillColor('#000').fontSize(12).text(textIn(t.briefing, locale));

  doc.moveDown().font(BOLD_FONT).fontSize(14).text(translate(locale, 'document.briefing.howItGoes'));
  for (const phase of t.phases) {
    doc
      .moveDown(0.5)
      .font(BOLD_FONT)
      .fontSize(12)
      .text(`${textIn(phase.title, locale)} (${phase.minutes} min)`);
    doc.font(BODY_FONT).text(textIn(phase.instructions, locale));
    if (phase.speakers === 'voices') {
      for (const q of phase.questions) {
        doc.text(`•  ${textIn(q.text, locale)}`, { indent: 12 });
        for (const d of q.deeper)
          doc
            .fillColor('#444')
            .text(`–  ${textIn(d, locale)}`, { indent: 28 })
            .fillColor('#000');
      }
    }
  }

  doc.moveDown().font(BOLD_FONT).fontSize(14).text(translate(locale, 'document.briefing.rules'));
  doc.font(BODY_FONT).fontSize(12);
  for (const rule of facts.rules) doc.text(`•  ${rule}`, { indent: 12 });
  doc.end();
  return done;
}
