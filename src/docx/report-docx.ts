/**
 * The 审核报告 as a Word document (`docx`): title 黑体, body 仿宋 (w:eastAsia set, as the 情况说明), A4 landscape,
 * the findings as a bordered table whose header repeats on every page.
 */
import { AlignmentType, Document, PageOrientation, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { BODY_FONT, BORDER, HEAD_FONT } from './fonts';
import { xmlSafe } from './xml-text';
import type { ReviewReport } from '../core/review/report';

const border = BORDER;
const WIDTHS = [6, 8, 18, 7, 41, 20];

const para = (text: string, font = BODY_FONT, size = 28, center = false) =>
  new Paragraph({
    alignment: center ? AlignmentType.CENTER : AlignmentType.LEFT,
    spacing: { after: 80 },
    children: [new TextRun({ text: xmlSafe(text), font, size })],
  });

function findingsTable(r: ReviewReport): Table {
  const row = (cells: string[], head: boolean) =>
    new TableRow({
      tableHeader: head,
      children: cells.map(
        (c, i) =>
          new TableCell({
            width: { size: WIDTHS[i]!, type: WidthType.PERCENTAGE },
            borders: { top: border, bottom: border, left: border, right: border },
            children: [para(c, head ? HEAD_FONT : BODY_FONT, 20, head)],
          }),
      ),
    });
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [row(r.header, true), ...r.rows.map((c) => row(c, false))] });
}

export function reportDocument(r: ReviewReport): Document {
  const children: (Paragraph | Table)[] = [
    para(r.title, HEAD_FONT, 40, true),
    ...r.units.map((u) => para(`单位：${u}`)),
    para(`审核日期：${r.date}`),
    para(`报送状态：${r.readiness}`),
    para(r.counts),
    r.rows.length
      ? findingsTable(r)
      : para(
          r.unfilled.length
            ? '已填写的表未发现问题；下列表尚未填写。'
            : r.unjudged.length
              ? '未发现问题；下列勾稽关系因缺行缺栏未核对。'
              : '未发现问题：所有勾稽关系均相符。',
        ),
    ...(r.unfilled.length ? [para('尚未填写（未核对）：', HEAD_FONT), ...r.unfilled.map((p) => para(p, BODY_FONT, 22))] : []),
    ...(r.unjudged.length ? [para('缺行缺栏（未核对）：', HEAD_FONT), ...r.unjudged.map((p) => para(p, BODY_FONT, 22))] : []),
    ...(r.problems.length ? [para('未能识别（未参与检查）：', HEAD_FONT), ...r.problems.map((p) => para(p, BODY_FONT, 22))] : []),
    para('本报告由预算公开助手生成；出错说明由编制单位填写。', BODY_FONT, 20),
  ];
  return new Document({
    creator: '预算公开助手',
    title: r.title,
    sections: [{ properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } }, children }],
  });
}

export async function reportDocxBlob(r: ReviewReport): Promise<Blob> {
  return Packer.toBlob(reportDocument(r));
}

export async function reportDocxBuffer(r: ReviewReport): Promise<Buffer> {
  return Packer.toBuffer(reportDocument(r));
}
