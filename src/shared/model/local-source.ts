// The source id of records an analyst entered by hand on this machine. Apart from common.ts
// (schemas) so that screens which only show where a record came from do not load zod.
export const LOCAL_SOURCE_ID = 'local-entry'
