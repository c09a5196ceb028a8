/**
 * The fonts of every Word document the product writes: conventional government-document faces — body 仿宋
 * (仿宋_GB2312), title and headings 黑体 — with w:eastAsia set explicitly (dolanmiu/docx #98: without it Word falls
 * back to another CJK font), Latin text in Times New Roman; and the one table border.
 */
import { BorderStyle } from 'docx';

const latin = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', cs: 'Times New Roman' };
export const BODY_FONT = { ...latin, eastAsia: '仿宋_GB2312' };
export const HEAD_FONT = { ...latin, eastAsia: '黑体' };
export const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
