/**
 * Errors that reach the user, in Chinese with what to do. The library's or Office's own text is kept only as a
 * detail (shown after 详细信息, never as the sentence): Office error codes, zip/file errors, downloads, clipboard.
 */
const BY_CODE: Record<string, string> = {
  ItemNotFound: '找不到该工作表或单元格：工作簿已改动，结果已过期。请重新检查。',
  InvalidArgument: 'Excel 拒绝了这次操作（参数无效）。请重新检查后再试。',
  InvalidOperation: 'Excel 现在不能执行这次操作（可能正在编辑单元格）。请按 Enter 或 Esc 结束编辑后再试。',
  AccessDenied: 'Excel 拒绝访问：工作簿或工作表可能受保护。请取消保护后再试。',
  RequestPayloadSizeLimitExceeded: '一次写入的内容超过 Excel 网页版的大小限制。请在 Excel 桌面版中操作，或分部门检查。',
  ResponsePayloadSizeLimitExceeded: '一次读取的内容超过 Excel 网页版的大小限制。请在 Excel 桌面版中操作，或分部门检查。',
  GeneralException: 'Excel 内部出错。请保存工作簿后重试。',
};

/** A Chinese sentence for an error, and the raw text as a detail. */
export function userMessage(e: unknown, what: string): { text: string; detail: string } {
  const err = e as { code?: string; message?: string };
  const raw = String(err?.message ?? e ?? '');
  const known = err?.code ? BY_CODE[err.code] : undefined;
  // A message already in Chinese (ours) is shown as it is.
  if (!known && /[\u4e00-\u9fff]/.test(raw) && !/[A-Za-z]{4,}\s+[A-Za-z]{4,}\s+[A-Za-z]{4,}/.test(raw))
    return { text: `${what}：${raw}`, detail: '' };
  return { text: `${what}：${known ?? '出现意外错误，工作簿未作改动。请重试；如仍出错，请重新打开任务窗格。'}`, detail: raw };
}
