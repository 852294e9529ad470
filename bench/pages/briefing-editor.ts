// Editor benchmark page: `benchEditor('ours' | 'plain')` opens the generated 150-page briefing in
// the real BriefingEditor.vue (autosave as the app's store does it) or in a bare StarterKit
// editor; `benchTypingStart/Stop` time each keystroke the driver (bench/briefings.mjs) types.
import { createApp, defineComponent, h, ref, shallowRef } from 'vue'
import { createPinia, defineStore } from 'pinia'
import { Editor } from '@tiptap/core'
import StarterKit from '@tiptap/starter-kit'
import BriefingEditor from '../../src/renderer/components/BriefingEditor.vue'
import { BRIEFING_AUTOSAVE_MS } from '../../src/renderer/stores/briefings'
import '../../src/renderer/styles/base.css'
import { briefingDoc, docStats, plainDoc, type BriefingDocOptions, type DocStats } from '../briefing-doc'

type Kind = 'ours' | 'plain'
interface OpenResult { openMs: number; stats: DocStats; nodes: number }
interface TypingResult { n: number; p50: number; p95: number; max: number; longTasks: number; longestTaskMs: number; found: boolean; readsDuringTyping: number; savedHasText: boolean; saveBytes: number }

declare global {
  interface Window {
    benchEditor: (kind: Kind, opts?: BriefingDocOptions) => Promise<OpenResult>
    benchTarget: () => { x: number; y: number }
    benchTypingStart: () => void
    benchTypingStop: (text: string) => Promise<TypingResult>
  }
}

/** The app's autosave (stores/briefings.ts `touch`/`flush`): debounced, reads the document only when it fires. */
const useBenchSave = defineStore('benchSave', () => {
  const saveState = ref<'idle' | 'pending' | 'saved'>('idle')
  const reads = ref(0)
  let lastJson = ''
  let pending: { read: () => unknown; timer: ReturnType<typeof setTimeout> } | null = null
  function touch(read: () => unknown): void {
    if (pending) clearTimeout(pending.timer)
    saveState.value = 'pending'
    pending = { read, timer: setTimeout(flush, BRIEFING_AUTOSAVE_MS) }
  }
  function flush(): void {
    const p = pending
    if (!p) return
    pending = null
    reads.value++
    lastJson = JSON.stringify(p.read()) // the save's serialisation, no database
    saveState.value = 'saved'
  }
  return { saveState, reads, touch, json: () => lastJson }
})

let editor: Editor | null = null
let kind: Kind = 'plain'
const pinia = createPinia()
const save = useBenchSave(pinia)

function waitFor(root: HTMLElement, selector: string): Promise<void> {
  if (root.querySelector(selector)) return Promise.resolve()
  return new Promise((ok) => {
    const mo = new MutationObserver(() => {
      if (!root.querySelector(selector)) return
      mo.disconnect()
      ok()
    })
    mo.observe(root, { childList: true, subtree: true })
  })
}
const frame = () => new Promise<void>((ok) => requestAnimationFrame(() => ok()))

/** `opts` varies the generated document (to find what a cost comes from); the figures use the defaults. */
window.benchEditor = async (k, opts) => {
  kind = k
  const doc = briefingDoc(opts)
  const content = k === 'ours' ? doc : plainDoc(doc)
  const stats = docStats(content)
  const root = document.getElementById('app')!
  const t0 = performance.now()
  if (k === 'ours') {
    // As BriefingView: a status line that follows the save state, the editor in an article.
    const exposed = shallowRef<{ editor?: Editor } | null>(null)
    const Host = defineComponent({
      setup: () => () =>
        h('section', { class: 'briefing' }, [
          h('span', { class: 'muted small' }, save.saveState),
          h('article', { class: 'print-doc' }, [
            h(BriefingEditor, { ref: exposed, doc: content, onChanged: (read: () => Record<string, unknown>) => save.touch(() => ({ title: 'bench', doc: read() })) }),
          ]),
        ]),
    })
    createApp(Host).use(pinia).mount(root)
    await waitFor(root, '.ProseMirror')
    editor = exposed.value?.editor ?? null
  } else {
    // The same containers (and so the same CSS and text width) around a bare StarterKit editor.
    root.innerHTML = '<section class="briefing"><article class="print-doc"><div class="editor-wrap"><div class="editor-grid"><nav class="outline"></nav><div class="doc-body"></div></div></div></article></section>'
    const element = root.querySelector<HTMLElement>('.doc-body')!
    editor = new Editor({ element, extensions: [StarterKit], content, injectCSS: false, editorProps: { attributes: { spellcheck: 'false', lang: 'zh-CN' } } })
  }
  await frame()
  await frame()
  const openMs = performance.now() - t0
  if (!editor) throw new Error('no editor')
  return { openMs, stats, nodes: editor.state.doc.content.childCount }
}

/** A point in the first text of the body paragraph nearest the middle of the document, scrolled into view. */
window.benchTarget = () => {
  const pm = document.querySelector<HTMLElement>('.ProseMirror')!
  const paras = [...pm.querySelectorAll<HTMLElement>(':scope > p')]
  const mid = pm.offsetHeight / 2
  const p = paras.reduce((a, b) => (Math.abs(b.offsetTop - mid) < Math.abs(a.offsetTop - mid) ? b : a))
  p.scrollIntoView({ block: 'center' })
  const r = p.getBoundingClientRect()
  return { x: r.left + 4, y: r.top + 8 }
}

let samples: number[] = []
let longTasks: PerformanceEntry[] = []
let observer: PerformanceObserver | null = null
let readsAtStart = 0

window.benchTypingStart = () => {
  samples = []
  longTasks = []
  readsAtStart = save.reads
  observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries()))
  observer.observe({ type: 'longtask' })
  // t0: the keydown's timestamp (insertText has no keydown: its beforeinput's). After the
  // `input` event, a message runs once the editor's synchronous and microtask work is done;
  // forcing layout there adds the cost of laying out the change.
  let t0: number | null = null
  const channel = new MessageChannel()
  channel.port1.onmessage = (e: MessageEvent<number>) => {
    void document.body.offsetHeight
    samples.push(performance.now() - e.data)
  }
  window.addEventListener('keydown', (e) => (t0 = e.timeStamp), true)
  window.addEventListener('beforeinput', (e) => (t0 ??= e.timeStamp), true)
  window.addEventListener('input', () => {
    if (t0 !== null) channel.port2.postMessage(t0)
    t0 = null
  }, true)
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.max(0, Math.ceil(s.length * q) - 1)] ?? NaN
}

window.benchTypingStop = async (text) => {
  await new Promise((ok) => setTimeout(ok, 100))
  observer?.disconnect()
  const readsDuringTyping = save.reads - readsAtStart
  // a space typed before another space or at a line end is a no-break space in contenteditable
  const found = !!editor && editor.state.doc.textContent.replace(/\u00a0/g, ' ').includes(text)
  let savedHasText = false
  if (kind === 'ours') {
    // the autosave fires after the pause and must carry what was typed
    const until = performance.now() + 5000
    while (save.reads === readsAtStart + readsDuringTyping && performance.now() < until) await new Promise((ok) => setTimeout(ok, 50))
    savedHasText = save.json().replace(/\u00a0/g, ' ').includes(JSON.stringify(text).slice(1, -1))
  }
  return {
    n: samples.length,
    p50: quantile(samples, 0.5),
    p95: quantile(samples, 0.95),
    max: Math.max(...samples),
    longTasks: longTasks.length,
    longestTaskMs: Math.max(0, ...longTasks.map((e) => e.duration)),
    found,
    readsDuringTyping,
    savedHasText,
    saveBytes: save.json().length,
  }
}
