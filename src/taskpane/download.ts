/**
 * Saves bytes as a file from the page: a Blob and a temporary link, nothing leaves the machine.
 * Where the webview ignores `<a download>` (Excel on Mac, office-js #2700 and #3385) the pane installs
 * a saver that goes through an Office API instead (src/excel/mac-download.ts).
 */
export type Saver = (bytes: Uint8Array, fileName: string, type: string) => Promise<void>;

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
let saver: Saver | undefined;

export function useSaver(next: Saver | undefined): void {
  saver = next;
}

/** Returns once the file is handed over; rejects when the installed saver cannot deliver it. */
export function downloadBytes(bytes: Uint8Array, fileName: string, type = XLSX_TYPE): Promise<void> {
  if (saver) return saver(bytes, fileName, type);
  const url = URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  return Promise.resolve();
}

export async function readFileBytes(file: File): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}
