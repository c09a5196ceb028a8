/** Loading and saving .xlsx files for the CLI and tests, with Chinese messages for unreadable input. */
import ExcelJS from 'exceljs';
import { existsSync } from 'node:fs';

export class FileError extends Error {}

export async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  if (!existsSync(path)) throw new FileError(`找不到文件：${path}`);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(path);
  } catch (e) {
    throw new FileError(`无法读取 ${path}：不是有效的 .xlsx 文件（${(e as Error).message}）`);
  }
  return wb;
}

export async function saveWorkbook(wb: ExcelJS.Workbook, path: string): Promise<void> {
  await wb.xlsx.writeFile(path);
}
