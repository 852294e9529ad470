// The record a note hangs on, as a title and the route of its page; null when the record is gone.
// Shared by the notes screen and search so both lead to the same place.
import type { NoteTarget } from '@shared/model/user-data'
import type { useRecordsStore } from '../stores/records'

type Records = Pick<ReturnType<typeof useRecordsStore>, 'policyById' | 'vendorById' | 'modelById' | 'chips' | 'datasets'>

export function noteTarget(r: Records, kind: NoteTarget, id: string): { title: string; route: string } | null {
  switch (kind) {
    case 'policies': {
      const p = r.policyById.get(id)
      return p ? { title: p.title, route: `/policies/${id}` } : null
    }
    case 'vendors': {
      const v = r.vendorById.get(id)
      return v ? { title: v.name, route: `/vendors/${id}` } : null
    }
    case 'models': {
      const m = r.modelById.get(id)
      return m ? { title: m.name, route: m.vendorId ? `/vendors/${m.vendorId}` : '/vendors' } : null
    }
    case 'chips': {
      const c = r.chips.find((x) => x.id === id)
      return c ? { title: c.name, route: `/chips/${id}` } : null
    }
    case 'datasets': {
      const d = r.datasets.find((x) => x.id === id)
      return d ? { title: d.name, route: `/datasets/${id}` } : null
    }
  }
}
