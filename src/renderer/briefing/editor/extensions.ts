// The briefing editor's extensions, in one list shared by the screen and the benchmarks:
// StarterKit, tables, images (embedded data only), and Policy Desk's citations, footnotes and
// block atoms, with numbering, find and replace and the slash menu.
import type { AnyExtension } from '@tiptap/core'
import StarterKit from '@tiptap/starter-kit'
import { TableKit } from '@tiptap/extension-table'
import Image from '@tiptap/extension-image'
import { Placeholder } from '@tiptap/extensions'
import { Extension } from '@tiptap/core'
import { safeHref } from '../../notes/markdown'
import { DerivedViews } from './block-view'
import { Chart, contentsBlocks, Cover, InsertBlock, PageBreak, QuoteBlock } from './blocks'
import { Citation, Footnote, numberingPlugin } from './citation'
import { FindReplace } from './find-replace'
import type { InsertRequest } from './insert-items'
import { SlashMenu } from './slash-menu'
import { LazyLayout } from './lazy-layout'

/** Images are embedded in the briefing: only data URLs of raster formats, never a network fetch. */
export const DATA_IMAGE = /^data:image\/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/=\s]+$/
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024

const EmbeddedImage = Image.extend({
  parseHTML() {
    return [{ tag: 'img[src]', getAttrs: (el) => (DATA_IMAGE.test((el as HTMLElement).getAttribute('src') ?? '') ? null : false) }]
  },
}).configure({ allowBase64: true, inline: false })

/** Headings keep the anchor templates give them (the outline and contents link to it). */
const HeadingId = Extension.create({
  name: 'headingId',
  addGlobalAttributes: () => [
    { types: ['heading'], attributes: { id: { default: null, parseHTML: (el) => el.getAttribute('data-id'), renderHTML: (a) => (a['id'] ? { 'data-id': String(a['id']) } : {}) } } },
  ],
})

const Numbering = Extension.create({ name: 'briefingNumbering', addProseMirrorPlugins: () => [numberingPlugin()] })

export interface EditorSetup {
  extensions: AnyExtension[]
  derived: DerivedViews
}

export function briefingExtensions(opts: { request?: (kind: InsertRequest) => void; placeholder?: string } = {}): EditorSetup {
  const derived = new DerivedViews()
  const extensions: AnyExtension[] = [
    StarterKit.configure({
      heading: { levels: [1, 2, 3, 4] },
      link: { openOnClick: false, autolink: true, isAllowedUri: (url) => url.startsWith('#/') || safeHref(url) !== null },
    }),
    TableKit.configure({ table: { resizable: false } }),
    EmbeddedImage,
    Placeholder.configure({ placeholder: opts.placeholder ?? '' }),
    HeadingId,
    Citation,
    Footnote,
    Numbering,
    PageBreak,
    ...contentsBlocks(derived),
    Cover,
    Chart,
    QuoteBlock,
    InsertBlock,
    FindReplace,
    LazyLayout,
    SlashMenu.configure({ request: opts.request ?? (() => {}) }),
  ]
  return { extensions, derived }
}
