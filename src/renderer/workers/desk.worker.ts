// The desk worker: rows, search index and their cache, off the UI thread (see desk/desk.ts).
import { PolicyDeskDb } from '../data/db'
import { Desk } from './desk/desk'
import type { FromDesk, ToDesk } from './desk/protocol'

const scope = self as unknown as { postMessage(m: FromDesk): void; onmessage: ((e: MessageEvent<ToDesk>) => void) | null }
const desk = new Desk(new PolicyDeskDb(), (m) => scope.postMessage(m))

scope.onmessage = (e) => {
  const m = e.data
  if (m.type === 'init') void desk.init(m.journal)
  else if (m.type === 'changed') void desk.onChanged(m.entries, m.batch)
  else if (m.type === 'rebuild') void desk.rebuild()
  else if (m.type === 'search') {
    desk.search(m.query, m.limit, m.kinds).then(
      ({ hits, ms }) => scope.postMessage({ type: 'results', id: m.id, hits, ms }),
      (err: unknown) => scope.postMessage({ type: 'results', id: m.id, hits: [], ms: 0, ...{ error: String(err) } }),
    )
  }
}
