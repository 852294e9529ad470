// The editor's dialogs: which one is open and what happens with its answer (insert a citation,
// a footnote, a chart, a cover, a quote or an image; edit a block; refresh or freeze a chart).
import { shallowRef, type ShallowRef } from 'vue'
import type { Editor } from '@tiptap/core'
import { EMPTY_COVER, type ChartAttrs, type CitationAttrs, type CoverAttrs, type QuoteBlockAttrs } from '@shared/briefing/doc-model'
import { safeHref } from '../notes/markdown'
import { t } from '../i18n'
import type { InsertRequest } from '../briefing/editor/insert-items'
import type { BlockEventDetail } from '../briefing/editor/block-view'
import { DATA_IMAGE, MAX_IMAGE_BYTES } from '../briefing/editor/extensions'
import { useRecordsStore } from '../stores/records'
import { useToastStore } from '../stores/toast'

export type OpenDialog =
  | { kind: 'citation' }
  | { kind: 'footnote'; initial: string; pos: number | null }
  | { kind: 'link'; initial: string }
  | { kind: 'cover'; initial: CoverAttrs; pos: number | null }
  | { kind: 'chart'; initial?: ChartAttrs; pos: number | null }
  | { kind: 'quote' }
  | null

export function useBriefingDialogs(editor: ShallowRef<Editor | undefined>, pickImage: () => void) {
  const open = shallowRef<OpenDialog>(null)
  const records = useRecordsStore()
  const toast = useToastStore()
  const ed = () => editor.value

  function request(kind: InsertRequest): void {
    if (kind === 'image') return pickImage()
    if (kind === 'footnote') open.value = { kind: 'footnote', initial: '', pos: null }
    else if (kind === 'cover') open.value = { kind: 'cover', initial: { ...EMPTY_COVER }, pos: null }
    else if (kind === 'chart') open.value = { kind: 'chart', pos: null }
    else if (kind === 'citation') open.value = { kind: 'citation' }
    else open.value = { kind: 'quote' }
  }

  function setAttrsAt(pos: number, attrs: Record<string, unknown>): void {
    const e = ed()
    if (!e) return
    const node = e.state.doc.nodeAt(pos)
    if (!node) return
    e.view.dispatch(e.state.tr.setNodeMarkup(pos, undefined, { ...node.attrs, ...attrs }))
  }

  function onBlock(d: BlockEventDetail): void {
    const node = ed()?.state.doc.nodeAt(d.pos)
    if (!node) return
    if (d.type === 'cover') open.value = { kind: 'cover', initial: { ...(node.attrs as CoverAttrs) }, pos: d.pos }
    else if (d.type === 'footnote') open.value = { kind: 'footnote', initial: String(node.attrs['text'] ?? ''), pos: d.pos }
    else if (d.type === 'chart') {
      const a = node.attrs as ChartAttrs
      if (d.action === 'edit') open.value = { kind: 'chart', initial: a, pos: d.pos }
      else if (d.action === 'freeze') setAttrsAt(d.pos, { frozen: !a.frozen })
      else if (d.action === 'refresh') void refreshChart(d.pos, a)
    }
  }

  // ECharts loads only when a chart is drawn, not with the editor.
  async function refreshChart(pos: number, a: ChartAttrs): Promise<void> {
    const { drawChart } = await import('../briefing/charts/chart-svg')
    setAttrsAt(pos, { ...drawChart(a.chartKind, a.params, a.caption, records.policies, a.frozen) })
  }

  const chain = () => ed()?.chain().focus()
  const done = {
    citation(a: CitationAttrs | null) {
      if (a) chain()?.insertCitation(a).run()
      open.value = null
    },
    footnote(text: string | null) {
      const o = open.value
      if (text && o?.kind === 'footnote') {
        if (o.pos !== null) setAttrsAt(o.pos, { text })
        else chain()?.insertFootnote(text).run()
      }
      open.value = null
    },
    link(href: string | null) {
      if (href !== null) {
        if (href === '') chain()?.extendMarkRange('link').unsetLink().run()
        else chain()?.extendMarkRange('link').setLink({ href: safeHref(href) ?? href }).run()
      }
      open.value = null
    },
    cover(a: CoverAttrs | null) {
      const o = open.value
      if (a && o?.kind === 'cover') {
        if (o.pos !== null) setAttrsAt(o.pos, { ...a })
        else ed()?.chain().focus().insertContentAt(0, { type: 'cover', attrs: { ...a } }).run()
      }
      open.value = null
    },
    chart(a: ChartAttrs | null) {
      const o = open.value
      if (a && o?.kind === 'chart') {
        if (o.pos !== null) setAttrsAt(o.pos, { ...a })
        else chain()?.insertBlock('chart', { ...a }).run()
      }
      open.value = null
    },
    quote(a: QuoteBlockAttrs | null) {
      if (a) chain()?.insertBlock('quoteBlock', { ...a }).run()
      open.value = null
    },
  }

  const validateLink = (v: string) => (v === '' || v.startsWith('#/') || safeHref(v) ? null : t('briefingEditor.badLink'))
  const validateFootnote = (v: string) => (v ? null : t('briefingEditor.footnoteRequired'))

  function openLink(): void {
    open.value = { kind: 'link', initial: String(ed()?.getAttributes('link')['href'] ?? '') }
  }

  async function insertImageFile(file: File): Promise<void> {
    if (!/^image\/(png|jpeg|gif|webp)$/.test(file.type)) return toast.show({ message: t('briefingEditor.imageType') })
    if (file.size > MAX_IMAGE_BYTES) return toast.show({ message: t('briefingEditor.imageTooLarge', { size: `${(file.size / 1048576).toFixed(1)} MB` }) })
    const url = await new Promise<string>((ok, fail) => {
      const r = new FileReader()
      r.onload = () => ok(String(r.result))
      r.onerror = () => fail(r.error ?? new Error('read failed'))
      r.readAsDataURL(file)
    })
    if (!DATA_IMAGE.test(url)) return toast.show({ message: t('briefingEditor.imageType') })
    chain()?.setImage({ src: url, alt: file.name.replace(/\.[^.]+$/, '') }).run()
  }

  return { open, request, onBlock, done, validateLink, validateFootnote, openLink, insertImageFile }
}
