import { problemFrom, requestHeaders } from '../api/client.ts';

/** Files go to the API as the raw request body, not as JSON, with the same headers as api(). */
const fileHeaders = (contentType: string) => requestHeaders('POST', contentType || 'application/octet-stream');

/** Sends a file as the body and reads the JSON answer; a problem is thrown as ApiProblem like api() does. */
export async function sendFile<T>(path: string, file: Blob, contentType = file.type): Promise<T> {
  const response = await fetch(path, {
    method: 'POST',
    headers: fileHeaders(contentType),
    body: file,
    credentials: 'same-origin',
  });
  if (!response.ok) throw await problemFrom(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** Sends a file and saves the file the server answers with (a report) under the given name. */
export async function sendFileForDownload(
  path: string,
  file: Blob,
  contentType: string,
  downloadName: string,
): Promise<void> {
  const response = await fetch(path, {
    method: 'POST',
    headers: fileHeaders(contentType),
    body: file,
    credentials: 'same-origin',
  });
  if (!response.ok) throw await problemFrom(response);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = downloadName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const SPREADSHEET_TYPES = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** Browsers often leave a file's type empty (CSV on Windows); the name's ending decides then. */
export function spreadsheetTypeOf(file: File): string | null {
  const ending = file.name.toLowerCase().split('.').pop();
  if (ending === 'csv') return SPREADSHEET_TYPES.csv;
  if (ending === 'xlsx') return SPREADSHEET_TYPES.xlsx;
  return null;
}
