// Templates for new briefings: the built-in ones (shared/briefing/templates) and the user's own,
// kept in the database. Applying one gives a document and print settings for a new briefing.
import { defineStore } from 'pinia'
import { shallowRef } from 'vue'
import { BUILT_IN_TEMPLATES, briefingFromUserTemplate, builtInTemplate, userTemplateFromBriefing, type TemplateContext } from '@shared/briefing/templates'
import type { DocNode, PrintSettings } from '@shared/briefing/doc-model'
import type { UserTemplate } from '@shared/model/user-data'
import { getDb } from '../data/db'
import { deleteTemplate, listTemplates, saveTemplate } from '../data/repositories/briefing-templates'

export interface TemplateChoice {
  id: string
  kind: 'blank' | 'builtIn' | 'user'
  name: string
  description: string
}

export const useBriefingTemplatesStore = defineStore('briefingTemplates', () => {
  const userTemplates = shallowRef<UserTemplate[]>([])

  async function load(): Promise<void> {
    userTemplates.value = await listTemplates(getDb())
  }

  function choices(lang: 'zh' | 'en'): TemplateChoice[] {
    return [
      ...BUILT_IN_TEMPLATES.map((t) => ({ id: t.id, kind: 'builtIn' as const, name: t.name[lang], description: t.description[lang] })),
      ...userTemplates.value.map((t) => ({ id: t.id, kind: 'user' as const, name: t.name, description: '' })),
    ]
  }

  /** The document and print settings a template gives for `ctx`; null for a blank briefing. */
  function apply(id: string, ctx: TemplateContext): { doc: Record<string, unknown>; print: PrintSettings } | null {
    const builtIn = builtInTemplate(id)
    if (builtIn) return { doc: builtIn.build(ctx) as unknown as Record<string, unknown>, print: { ...builtIn.print } }
    const user = userTemplates.value.find((t) => t.id === id)
    if (!user) return null
    const made = briefingFromUserTemplate(user, ctx)
    return { doc: made.doc as unknown as Record<string, unknown>, print: made.print }
  }

  async function saveFrom(doc: Record<string, unknown>, print: PrintSettings, name: string): Promise<UserTemplate> {
    const t = userTemplateFromBriefing(doc as unknown as DocNode, print, name)
    await saveTemplate(getDb(), t)
    await load()
    return t
  }

  async function remove(id: string): Promise<void> {
    await deleteTemplate(getDb(), id)
    await load()
  }

  return { userTemplates, load, choices, apply, saveFrom, remove }
})
