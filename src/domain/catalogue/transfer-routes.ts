import type { FastifyInstance, FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError } from '../../platform/errors/app-error.ts';
import { registerErrorHandling } from '../../platform/http/error-handler.ts';
import { withProblems } from '../../platform/http/problem-schema.ts';
import { sendDownload } from '../../platform/http/file-reply.ts';
import { SIGNED_IN } from '../../platform/http/request-context-hook.ts';
import { CATALOGUE_COLUMNS } from './catalogue-columns.ts';
import { exportRowsOf, listItemsForExport } from './export-items.ts';
import { canImportItems, findImportProblems, importItems } from './import-items.ts';
import { createImportQueue, type ImportQueue, type ImportQueueOptions } from './import-queue.ts';
import { writeImportReport } from './import-report.ts';
import { MEDIA_TYPES, readSheet, writeSheet, type FileFormat, type Sheet } from './transfer-files.ts';
import { ExportQuery, ImportQuery, ImportResult } from './transfer-schema.ts';

/** The benchmark's 10,000-row workbook is under 1 MB; the limit leaves room for long descriptions in six languages. */
export const IMPORT_BODY_LIMIT_BYTES = 20 * 1024 * 1024;

const FILE_BODY = `The file itself as the request body, with Content-Type ${MEDIA_TYPES.csv} (UTF-8) or ${MEDIA_TYPES.xlsx}; header row: ${CATALOGUE_COLUMNS.join(', ')}.`;

export type TransferOptions = Pick<ImportQueueOptions, 'concurrency' | 'maxWaitSeconds'>;

/** One import reads at a time on an instance, a few wait up to ten seconds for their turn. */
const DEFAULT_TRANSFER_OPTIONS: TransferOptions = { concurrency: 1, maxWaitSeconds: 10 };
const MAX_WAITING_IMPORTS = 4;

/**
 * Export and import of the catalogue as CSV or XLSX. They live in their own scope because only
 * these routes take a raw file as the body (and a larger one) instead of JSON.
 */
export function transferRoutes(app: FastifyInstance, options: TransferOptions = DEFAULT_TRANSFER_OPTIONS): void {
  const queue = createImportQueue({ ...options, maxWaiting: MAX_WAITING_IMPORTS });
  void app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser(
      [MEDIA_TYPES.csv, MEDIA_TYPES.xlsx],
      { parseAs: 'buffer', bodyLimit: IMPORT_BODY_LIMIT_BYTES },
      (_request, body, done) => done(null, body),
    );
    registerErrorHandling(scope, IMPORT_BODY_LIMIT_BYTES);
    scope.addHook('onError', async (_request, reply, error) => {
      if (error instanceof AppError && error.code === 'import_busy')
        reply.header('retry-after', String(error.members.retryAfterSeconds));
    });
    registerTransferRoutes(scope, queue);
  });
}

/**
 * Who may not import at all, or arrives when every turn is taken, is answered before a byte of the
 * file is read: nobody makes the server read and unpack 20 MB to be told no.
 */
const admitImport =
  (queue: ImportQueue): onRequestAsyncHookHandler =>
  async (request) => {
    if (!request.actor) throw new AppError('not_authenticated');
    if (!canImportItems(request.actor)) throw new AppError('forbidden');
    if (!queue.hasRoom()) throw queue.busy();
  };

function registerTransferRoutes(scope: FastifyInstance, queue: ImportQueue): void {
  const api = scope.withTypeProvider<ZodTypeProvider>();
  const tags = ['catalogue'];

  api.get(
    '/api/items/export',
    {
      schema: {
        tags,
        description: 'The filtered catalogue as a file, one row per item',
        querystring: ExportQuery,
        response: withProblems({}, 400),
      },
    },
    async (request, reply) => {
      const { format, ...filters } = request.query;
      const items = await listItemsForExport(request.context, filters);
      const file = await writeSheet(format, CATALOGUE_COLUMNS, exportRowsOf(items));
      const day = request.context.now.toISOString().slice(0, 10);
      return sendDownload(
        reply,
        `catalogue-${day}.${format}`,
        format === 'csv' ? `${MEDIA_TYPES.csv}; charset=utf-8` : MEDIA_TYPES.xlsx,
        file,
      );
    },
  );

  api.post(
    '/api/items/import',
    {
      bodyLimit: IMPORT_BODY_LIMIT_BYTES,
      schema: {
        tags,
        description: `Stores every row of the file or none. ${FILE_BODY}`,
        querystring: ImportQuery,
        response: withProblems({ 201: ImportResult }, 400, 401, 403, 413, 415, 422, 503),
      },
      config: SIGNED_IN,
      onRequest: admitImport(queue),
    },
    async (request, reply) => {
      // The use case opens its own transaction, after the file is read and its cells checked.
      const outcome = await queue.run(async () =>
        importItems(request.context, await sheetOf(request), request.query.status),
      );
      return reply.status(201).send(outcome);
    },
  );

  api.post(
    '/api/items/import/report',
    {
      bodyLimit: IMPORT_BODY_LIMIT_BYTES,
      schema: {
        tags,
        description: `The problems an import of the file would meet, as an XLSX file in the request language. ${FILE_BODY}`,
        response: withProblems({}, 400, 401, 403, 413, 415, 503),
      },
      config: SIGNED_IN,
      onRequest: admitImport(queue),
    },
    async (request, reply) => {
      const file = await queue.run(async () => {
        const problems = await findImportProblems(request.context, await sheetOf(request));
        return writeImportReport(request.t, request.locale, problems);
      });
      return sendDownload(reply, 'import-report.xlsx', MEDIA_TYPES.xlsx, file);
    },
  );
}

function sheetOf(request: FastifyRequest): Promise<Sheet> {
  if (!Buffer.isBuffer(request.body)) throw new AppError('unsupported_media_type');
  return readSheet(request.body, formatOf(request));
}

function formatOf(request: FastifyRequest): FileFormat {
  const mediaType = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  return mediaType === MEDIA_TYPES.xlsx ? 'xlsx' : 'csv';
}
