// The briefing's block atoms: page break, contents, reference list, cover, chart and quoted
// passage. Their attributes carry what is printed (see shared/briefing/doc-model.ts).
import { Extension, Node, mergeAttributes, type Editor } from '@tiptap/core'
import type { Node as PmNode } from '@tiptap/pm/model'
import { NodeSelection } from '@tiptap/pm/state'
import DOMPurify from 'dompurify'
import { formatReference } from '@shared/briefing/citations'
import { EMPTY_COVER, type ChartAttrs, type CoverAttrs, type QuoteBlockAttrs } from '@shared/briefing/doc-model'
import { policyHref } from '@shared/briefing/policy-list'
import { t } from '../../i18n'
import { actionButton, el, type DerivedView, type DerivedViews } from './block-view'
import { headingsOf, referencesOf } from './derived'

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    briefingBlocks: {
      insertBlock: (type: string, attrs?: Record<string, unknown>) => ReturnType
    }
  }
}

/** Attributes stored as JSON in one data attribute, so copy and paste keep them. */
function jsonAttrs(defaults: Record<string, unknown>) {
  const out: Record<string, { default: unknown; parseHTML: (el: HTMLElement) => unknown; renderHTML: () => Record<string, string> }> = {}
  for (const [k, v] of Object.entries(defaults)) {
    out[k] = {
      default: v,
      parseHTML: (e: HTMLElement) => {
        try {
          const all = JSON.parse(e.getAttribute('data-attrs') ?? '{}') as Record<string, unknown>
          return k in all ? all[k] : v
        } catch {
          return v
        }
      },
      renderHTML: () => ({}),
    }
  }
  return out
}

function atomBlock(name: string, defaults: Record<string, unknown>, view: (node: PmNode, editor: Editor, getPos: () => number | undefined) => { dom: HTMLElement; update?: (n: PmNode) => boolean; destroy?: () => void }) {
  return Node.create({
    name,
    group: 'block',
    atom: true,
    selectable: true,
    draggable: true,
    addAttributes: () => jsonAttrs(defaults),
    parseHTML: () => [{ tag: `div[data-block="${name}"]` }],
    renderHTML: ({ node, HTMLAttributes }) => ['div', mergeAttributes(HTMLAttributes, { 'data-block': name, 'data-attrs': JSON.stringify(node.attrs) })],
    addNodeView: () => ({ node, editor, getPos }) => {
      const v = view(node, editor, getPos)
      v.dom.contentEditable = 'false'
      v.dom.dataset['block'] = name
      return {
        dom: v.dom,
        update: (n: PmNode) => n.type.name === name && (v.update ? v.update(n) : true),
        destroy: v.destroy,
        ignoreMutation: () => true,
        stopEvent: (e: Event) => (e.target as HTMLElement).closest('button') !== null,
      }
    },
  })
}

export const PageBreak = atomBlock('pageBreak', {}, () => {
  const dom = el('div', 'block page-break-block')
  dom.append(el('span', 'label', t('briefingEditor.pageBreak')))
  return { dom }
})

function derived(views: DerivedViews, editor: Editor, dom: HTMLElement, draw: (doc: PmNode) => void) {
  const v: DerivedView = { refresh: draw }
  draw(editor.state.doc)
  views.add(v)
  return { dom, destroy: () => views.remove(v) }
}

export function contentsBlocks(views: DerivedViews) {
  const Toc = atomBlock('toc', {}, (_n, editor) => {
    const dom = el('div', 'block toc-block')
    const list = el('ol', 'toc-list')
    dom.append(el('div', 'block-title', t('briefingEditor.toc')), list)
    return derived(views, editor, dom, (doc) => {
      const items = headingsOf(doc, 3).map((h) => el('li', `toc-l${h.level}`, h.text || '—'))
      list.replaceChildren(...items)
      if (!items.length) list.append(el('li', 'muted', t('briefingEditor.tocEmpty')))
    })
  })
  const ReferenceList = atomBlock('referenceList', {}, (_n, editor) => {
    const dom = el('div', 'block references-block')
    const list = el('ol', 'ref-list')
    dom.append(el('div', 'block-title', t('briefingEditor.references')), list)
    return derived(views, editor, dom, (doc) => {
      const items = referencesOf(doc).map((r) => {
        const li = el('li', r.broken ? 'broken' : undefined, formatReference(r))
        li.value = r.n
        if (r.broken) li.append(el('span', 'broken-tag', ` ${t('briefingEditor.brokenRef')}`))
        return li
      })
      list.replaceChildren(...items)
      if (!items.length) list.append(el('li', 'muted', t('briefingEditor.refsEmpty')))
    })
  })
  return [Toc, ReferenceList]
}

export const Cover = atomBlock('cover', { ...EMPTY_COVER }, (node, editor, getPos) => {
  const dom = el('div', 'block cover-block')
  const draw = (n: PmNode) => {
    const a = n.attrs as CoverAttrs
    const lines = [el('div', 'cover-label', a.label), el('div', 'cover-serial', a.serial), el('div', 'cover-title', a.title || t('briefingEditor.coverUntitled')), el('div', 'cover-subtitle', a.subtitle), el('div', 'cover-unit', [a.unit, a.author].filter(Boolean).join('　')), el('div', 'cover-date', a.date)]
    dom.replaceChildren(...lines.filter((l) => l.textContent), actionButton(editor, t('briefingEditor.editCover'), { action: 'edit', type: 'cover' }, getPos))
  }
  draw(node)
  return { dom, update: (n) => (draw(n), true) }
})

const sanitizeSvg = (svg: string) => DOMPurify.sanitize(svg, { USE_PROFILES: { svg: true, svgFilters: true } })

export const Chart = atomBlock('chart', { chartKind: 'policiesPerYear', params: {}, caption: '', svg: '', frozen: false, drawnAt: 0 }, (node, editor, getPos) => {
  const dom = el('figure', 'block chart-block')
  let lastSvg = ''
  const art = el('div', 'chart-svg')
  const cap = el('figcaption')
  const bar = el('div', 'block-actions')
  dom.append(art, cap, bar)
  const draw = (n: PmNode) => {
    const a = n.attrs as ChartAttrs
    if (a.svg !== lastSvg) {
      lastSvg = a.svg
      art.innerHTML = sanitizeSvg(a.svg) // sanitized SVG from our own renderer or a bundle
    }
    cap.textContent = a.caption
    const state = el('span', 'muted small', a.frozen ? t('briefingEditor.chartFrozen') : t('briefingEditor.chartLive'))
    bar.replaceChildren(
      state,
      actionButton(editor, t('briefingEditor.chartRefresh'), { action: 'refresh', type: 'chart' }, getPos),
      actionButton(editor, a.frozen ? t('briefingEditor.chartUnfreeze') : t('briefingEditor.chartFreeze'), { action: 'freeze', type: 'chart' }, getPos),
      actionButton(editor, t('briefingEditor.editCaption'), { action: 'edit', type: 'chart' }, getPos),
    )
  }
  draw(node)
  return { dom, update: (n) => (draw(n), true) }
})

export const QuoteBlock = atomBlock('quoteBlock', { source: 'policy', policyId: null, noteId: null, policyTitle: '', text: '' }, (node) => {
  const dom = el('blockquote', 'block quote-block')
  const draw = (n: PmNode) => {
    const a = n.attrs as QuoteBlockAttrs
    const src = el('div', 'quote-source')
    src.append('——')
    if (a.policyId) {
      const link = el('a', undefined, `《${a.policyTitle}》`)
      link.href = policyHref(a.policyId)
      src.append(link)
    } else src.append(`《${a.policyTitle}》`)
    dom.replaceChildren(el('p', undefined, a.text), src)
  }
  draw(node)
  return { dom, update: (n) => (draw(n), true) }
})

export const InsertBlock = Extension.create({
  name: 'insertBlockCommands',
  addCommands() {
    return {
      // After a selected block (a chart just inserted), never in its place.
      insertBlock:
        (type, attrs) =>
        ({ commands, state }) => {
          const content = attrs ? { type, attrs } : { type }
          return state.selection instanceof NodeSelection ? commands.insertContentAt(state.selection.to, content) : commands.insertContent(content)
        },
    }
  },
})
