/**
 * The 情况说明 as a Word document, built with the `docx` library: conventional government-document fonts —
 * title and headings 黑体, body 仿宋 (仿宋_GB2312 first) — set as w:eastAsia explicitly (dolanmiu/docx #98: without
 * it Word falls back to another CJK font), A4, numbered sections as printed, tables with borders.
 */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { BODY_FONT, BORDER, HEAD_FONT } from './fonts';
import type { NarrativeDoc } from '../core/narrative/generate';

const SIZE_BODY = 32; // 三号 16 pt, in half-points
const SIZE_TITLE = 44; // 二号 22 pt

const border = BORDER;

function table(rows: string[][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (r, i) =>
        new TableRow({
          tableHeader: i === 0,
          children: r.map(
            (c) =>
              new TableCell({
                borders: { top: border, bottom: border, left: border, right: border },
                children: [
                  new Paragraph({
                    alignment: AlignmentType.CENTER,
                    children: [new TextRun({ text: c, font: i === 0 ? HEAD_FONT : BODY_FONT, size: 24 })],
                  }),
                ],
              }),
          ),
        }),
    ),
  });
}

export function narrativeDocument(doc: NarrativeDoc): Document {
  const children: (Paragraph | Table)[] = doc.title.map(
    (t) =>
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { after: 120 },
        children: [new TextRun({ text: t, font: HEAD_FONT, size: SIZE_TITLE })],
      }),
  );
  for (const b of doc.blocks) {
    if (b.kind === 'heading')
      children.push(
        new Paragraph({
          heading: HeadingLevel.HEADING_1,
          spacing: { before: 240, after: 120 },
          children: [new TextRun({ text: b.text, font: HEAD_FONT, size: SIZE_BODY })],
        }),
      );
    else if (b.kind === 'p')
      children.push(
        new Paragraph({
          indent: { firstLine: 640 },
          spacing: { line: 560, lineRule: 'exact' },
          children: [new TextRun({ text: b.text, font: BODY_FONT, size: SIZE_BODY })],
        }),
      );
    else {
      children.push(
        new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: b.title, font: HEAD_FONT, size: 28 })] }),
      );
      children.push(table(b.rows));
    }
  }
  return new Document({
    creator: '预算公开助手',
    title: doc.title.join(''),
    styles: {
      default: { document: { run: { font: BODY_FONT, size: SIZE_BODY } } },
      paragraphStyles: [
        { id: 'Heading1', name: 'Heading 1', basedOn: 'Normal', next: 'Normal', run: { font: HEAD_FONT, size: SIZE_BODY, bold: false } },
      ],
    },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 2098, bottom: 1984, left: 1588, right: 1474 } } },
        children,
      },
    ],
  });
}

/** .docx bytes (Node) — the CLI writes them to a file. */
export function narrativeDocxBuffer(doc: NarrativeDoc): Promise<Buffer> {
  return Packer.toBuffer(narrativeDocument(doc));
}

/** .docx as a Blob (browser) — the pane downloads it. */
export function narrativeDocxBlob(doc: NarrativeDoc): Promise<Blob> {
  return Packer.toBlob(narrativeDocument(doc));
}
