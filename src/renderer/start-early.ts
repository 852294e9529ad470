// Imported first by main.ts, for its effect: the database starts opening and the first rows are
// read (data/first-rows.ts) before Vue, the stores and the shell are evaluated and mounted.
// (An import's body runs before the body of the module that imports it, so this cannot be a
// call in main.ts: that would run only after every import.)
import { startFirstRows } from './data/first-rows'

void startFirstRows().catch(() => {}) // the records store reads again and reports the error
