import { Type, type Static } from '@sinclair/typebox';

const DateTime = Type.String({ format: 'date-time' });
const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);

export const ImportStatusSchema = Type.Union([Type.Literal('queued'), Type.Literal('running'), Type.Literal('completed'), Type.Literal('failed')]);

export const ImportRowError = Type.Object({
  row: Type.Integer({ description: 'Row number in the file; the header is row 1.' }),
  field: Type.Union([Type.String(), Type.Null()]),
  code: Type.String(),
  message: Type.String(),
});

const summaryFields = {
  id: Type.String(),
  org: Type.Object({ id: Type.String(), code: Type.String(), nameEn: Type.String(), nameHi: Type.String() }),
  fileName: Type.String(),
  status: ImportStatusSchema,
  totalRows: Type.Integer({ description: 'Data rows in the file, known once processing starts.' }),
  processedRows: Type.Integer(),
  importedRows: Type.Integer(),
  failedRows: Type.Integer(),
  failure: Type.Union([Type.Object({ code: Type.String(), message: Type.String() }), Type.Null()]),
  createdAt: DateTime,
  startedAt: Nullable(DateTime),
  finishedAt: Nullable(DateTime),
};

/** An import as a list shows it. */
export const ImportSummary = Type.Object(summaryFields, { $id: 'ImportSummary' });
export type ImportSummaryT = Static<typeof ImportSummary>;

/** One import with its first problems, in the caller's language. */
export const ImportDetail = Type.Object(
  {
    ...summaryFields,
    errorCount: Type.Integer({ description: 'Problems recorded; a bad row may have several.' }),
    errors: Type.Array(ImportRowError, { description: 'The first 50 problems in file order.' }),
    errorReportUrl: Type.Union([Type.String(), Type.Null()]),
  },
  { $id: 'ImportDetail' },
);
export type ImportDetailT = Static<typeof ImportDetail>;

export const ImportParams = Type.Object({ id: Type.String({ format: 'uuid' }) }, { additionalProperties: false });
export const ImportListQuery = Type.Object({ orgId: Type.Optional(Type.String({ format: 'uuid' })) }, { additionalProperties: false });
