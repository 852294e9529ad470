// User templates: a briefing saved as a template and applied again later. Citations are kept
// (they are the point of many templates); heading anchors are made anew so two briefings from
// one template never share them; the cover takes the day's date.
import { newId, type UserTemplate } from '../../model/user-data'
import type { DocNode, PrintSettings } from '../doc-model'
import type { TemplateContext } from './built-in'
import { headingId } from './nodes'

const clone = <T>(v: T): T => structuredClone(v)

/** A template from a briefing's document and print settings (both copied, never shared). */
export function userTemplateFromBriefing(doc: DocNode, print: PrintSettings, name = '', now = Date.now()): UserTemplate {
  return {
    id: newId('tpl'),
    name: name.trim() || coverTitle(doc) || '未命名模板',
    doc: clone(doc) as unknown as Record<string, unknown>,
    print: { ...print },
    createdAt: now,
  }
}

function coverTitle(doc: DocNode): string {
  const c = (doc.content ?? []).find((n) => n.type === 'cover')
  const title = c?.attrs?.['title']
  return typeof title === 'string' ? title.trim() : ''
}

/** The document and print settings for a new briefing made from a user template. */
export function briefingFromUserTemplate(t: UserTemplate, ctx: Pick<TemplateContext, 'date'>): { doc: DocNode; print: PrintSettings } {
  const fresh = (n: DocNode): DocNode => {
    const out: DocNode = { ...n }
    if (n.type === 'heading') out.attrs = { ...n.attrs, id: headingId() }
    if (n.type === 'cover') out.attrs = { ...n.attrs, date: ctx.date }
    if (n.content) out.content = n.content.map(fresh)
    return out
  }
  return { doc: fresh(clone(t.doc) as unknown as DocNode), print: { ...t.print } }
}
