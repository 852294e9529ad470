// The spreadsheet importer's fixed names and limits.

/** The source every record from a spreadsheet cites (the file and sheet go in `chapter`). */
export const LOCAL_SHEET_SOURCE_ID = 'local-spreadsheet'
export const LOCAL_SHEET_PUBLISHER = { id: 'local-spreadsheet', name: '本地表格 / local spreadsheet' } as const
/** Rows read from one sheet; the bundle format allows far more, the preview does not. */
export const SHEET_ROW_LIMIT = 100_000
