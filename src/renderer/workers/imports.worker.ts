// The import worker: reading, planning, applying and undoing imports off the UI thread.
import { PolicyDeskDb } from '../data/db'
import { ImportSession } from './imports/session'
import type { FromImports, ImportsResult, ToImports } from './imports/protocol'

const scope = self as unknown as { postMessage(m: FromImports): void; onmessage: ((e: MessageEvent<ToImports>) => void) | null }
const session = new ImportSession(new PolicyDeskDb(), (m) => scope.postMessage(m))

function run(id: number, work: () => Promise<ImportsResult>): void {
  work().then(
    (result) => scope.postMessage({ id, type: 'result', result }),
    (err: unknown) => scope.postMessage({ id, type: 'error', message: err instanceof Error ? err.message : String(err) }),
  )
}

scope.onmessage = (e) => {
  const m = e.data
  if (m.type === 'journaled') session.journaled(m.req, m.entries)
  else if (m.type === 'prepare') run(m.id, () => session.prepareText(m.text, m.source))
  else if (m.type === 'prepareBundle') run(m.id, () => session.prepareBundle(m.bundle, m.source))
  else if (m.type === 'apply') run(m.id, () => session.apply(m.id, m.signature))
  else run(m.id, () => session.undo(m.importId))
}
