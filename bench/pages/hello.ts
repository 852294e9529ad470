// The start-up baseline: a bare Vue + Pinia + Dexie page on the app's database that lists the
// 50 latest policies by the 'issued' index; sets window.__ready (ms since navigation start).
import Dexie from 'dexie'
import { createPinia, defineStore } from 'pinia'
import { createApp, defineComponent, h, nextTick, onMounted, shallowRef } from 'vue'

declare global {
  interface Window { __ready?: number; __readAll?: { policiesMs: number; notesMs: number } }
}
interface Row { id: string; title: string; issued: string | null; regionName: string }

// Without Dexie's localhost debug mode, as the app's production build runs (src/renderer/data/db.ts).
Dexie.debug = false
const db = new Dexie('policy-desk') // dynamic mode: opens whatever schema the app created
const useHello = defineStore('hello', () => {
  const rows = shallowRef<Row[]>([])
  async function load(): Promise<void> {
    if (!db.isOpen()) await db.open() // dynamic mode learns the tables on open
    rows.value = (await db.table('policies').orderBy('issued').reverse().limit(50).toArray()) as Row[]
  }
  return { rows, load }
})

const App = defineComponent({
  setup() {
    const store = useHello()
    onMounted(async () => {
      await store.load()
      await nextTick()
      requestAnimationFrame(() => (window.__ready = performance.now()))
      // ?readall=1: afterwards, time reading whole tables as the app's records store does.
      if (new URLSearchParams(location.search).has('readall')) {
        let t0 = performance.now()
        await db.table('policies').toArray()
        const policiesMs = performance.now() - t0
        t0 = performance.now()
        await db.table('notes').toArray()
        window.__readAll = { policiesMs, notesMs: performance.now() - t0 }
      }
    })
    return () =>
      h('ul', store.rows.map((p) => h('li', { key: p.id, 'data-testid': `policy-row-${p.id}` }, `${p.issued ?? '—'} · ${p.regionName} · ${p.title}`)))
  },
})

createApp(App).use(createPinia()).mount('#app')
