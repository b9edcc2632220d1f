import {
  type ClientPathsWithMethod,
  createFinalURL,
  createQuerySerializer,
  defaultPathSerializer,
  type MethodResponse,
} from 'openapi-fetch';
import type { paths } from '../../generated/api-types.ts';
import { type api, problemFrom, requestHeaders } from '../api/client.ts';

/** The endpoints a file is sent to (as the raw request body, not as JSON). */
type UploadPath = ClientPathsWithMethod<typeof api, 'post'>;
/** What the server answers a file sent to the path with, as its schema says. */
export type UploadAnswer<P extends UploadPath> = MethodResponse<typeof api, 'post', P>;
/** The path's parameters (an item id) and query (a file name, a status), as the server's schema names them. */
type UploadParams<P extends UploadPath> = Pick<paths[P]['post']['parameters'], 'path' | 'query'>;

/** Sends a file as the body with the same headers as the API client, plus the file's own type; a refusal is thrown as ApiProblem. */
async function post<P extends UploadPath>(
  path: P,
  params: UploadParams<P>,
  file: Blob,
  contentType: string,
): Promise<Response> {
  const url = createFinalURL(path, {
    baseUrl: '',
    params,
    querySerializer: createQuerySerializer(),
    pathSerializer: defaultPathSerializer,
  });
  const response = await fetch(url, {
    method: 'POST',
    headers: { ...requestHeaders('POST'), 'content-type': contentType || 'application/octet-stream' },
    body: file,
    credentials: 'same-origin',
  });
  if (!response.ok) throw await problemFrom(response);
  return response;
}

/** Sends a file as the body and reads the JSON answer. */
export async function sendFile<P extends UploadPath>(
  path: P,
  params: UploadParams<P>,
  file: Blob,
  contentType = file.type,
): Promise<UploadAnswer<P>> {
  const response = await post(path, params, file, contentType);
  return (await response.json()) as UploadAnswer<P>;
}

/** Sends a file and saves the file the server answers with (a report) under the given name. */
export async function sendFileForDownload<P extends UploadPath>(
  path: P,
  params: UploadParams<P>,
  file: Blob,
  contentType: string,
  downloadName: string,
): Promise<void> {
  const response = await post(path, params, file, contentType);
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
