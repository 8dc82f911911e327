/**
 * The document renderers, loaded on first use. docx and pdfkit (with its fonts) take about a second to import and
 * tens of megabytes that a server answering bookings never needs; the first DOCX/PDF download pays it once.
 * Modules render documents through these two functions, never by importing docx.renderer.ts or pdf.renderer.ts.
 */
import type { AdministrativeDocument } from './domain/document.model.js';

export async function renderDocx(doc: AdministrativeDocument): Promise<Buffer> {
  const { renderDocx: render } = await import('./docx.renderer.js');
  return render(doc);
}

export async function renderPdf(doc: AdministrativeDocument): Promise<Buffer> {
  const { renderPdf: render } = await import('./pdf.renderer.js');
  return render(doc);
}
