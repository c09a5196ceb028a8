/**
 * Saving a file from the pane: Office hosts block some download paths (office-js #1511, #1006, #3385), so try an
 * <a download> with a blob URL, and also hand back a data URL the pane shows as a link; the caller shows a message
 * either way. Copying text: the Clipboard API, else a hidden textarea + execCommand.
 */
import type { PanelStatus } from './pane-kit';
export async function offerDownload(blob: Blob, fileName: string): Promise<{ started: boolean; dataUrl: string }> {
  const dataUrl = await new Promise<string>((ok, fail) => {
    const r = new FileReader();
    r.onload = () => ok(String(r.result));
    r.onerror = () => fail(r.error);
    r.readAsDataURL(blob);
  });
  let started = false;
  try {
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 30000);
    started = true;
  } catch {
    started = false;
  }
  return { started, dataUrl };
}

export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const ta = document.createElement('textarea');
    ta.value = text;
    ta.style.position = 'fixed';
    ta.style.opacity = '0';
    document.body.appendChild(ta);
    ta.select();
    const ok = document.execCommand('copy');
    ta.remove();
    return ok;
  }
}

/** What a download did, said honestly: generated and handed to the browser (or not), with the 点此保存 link either way. */
export function downloadStatus(name: string, r: { started: boolean; dataUrl: string }, extra = ''): PanelStatus {
  const text = r.started ? `已生成“${name}”并交给浏览器下载。` : `浏览器未能直接下载“${name}”，请点右侧链接保存。`;
  return { kind: 'info', text: text + extra, link: r.dataUrl };
}
