// A filled template as a Word document (npm docx): the court's name, the title, the paragraphs, the seal if uploaded.
import { AlignmentType, Document, ImageRun, Packer, Paragraph, TextRun } from 'docx';

export interface RenderedDocument {
  courtName: string;
  title: string;
  paragraphs: string[];
  /** The court's seal image, placed under the text (PNG or JPEG). */
  seal?: { data: Buffer; type: 'png' | 'jpg' } | undefined;
}

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: 'SimSun' };

export async function renderDocx(d: RenderedDocument): Promise<Buffer> {
  const centred = (text: string, size: number, bold = false) =>
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 200 }, children: [new TextRun({ text, size, bold, font: FONT })] });
  // A paragraph's own line breaks (the court's name and the date at the end) stay line breaks.
  const body = d.paragraphs.map(
    (p) =>
      new Paragraph({
        spacing: { after: 160, line: 360 },
        children: p.split('\n').map((line, i) => new TextRun({ text: line, size: 28, font: FONT, ...(i > 0 ? { break: 1 } : {}) })),
      }),
  );
  const seal = d.seal
    ? [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new ImageRun({ type: d.seal.type, data: d.seal.data, transformation: { width: 120, height: 120 } })] })]
    : [];
  const doc = new Document({
    creator: d.courtName,
    title: d.title,
    sections: [{ children: [centred(d.courtName, 36, true), centred(d.title, 44, true), ...body, ...seal] }],
  });
  return Packer.toBuffer(doc);
}
