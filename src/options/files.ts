/** Saving and opening files from the options page, without any permission. */

export function download(filename: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: `${type};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  // Let the download start before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The text of a chosen file; the size check comes first so a huge file is never read whole. */
export async function readTextFile(file: File, maxBytes = 1_000_000): Promise<string | { error: 'too-large' }> {
  if (file.size > maxBytes) return { error: 'too-large' };
  return file.text();
}
