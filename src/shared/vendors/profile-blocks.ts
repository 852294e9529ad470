// A vendor's whole case file as a vendor-profile section of a briefing: a heading with its name,
// its summary with a live citation of the vendor, then its models, applications, figures (value,
// unit, date) and linked policies, each policy cited. Sections the records leave empty are left out.
import { policyCitation, vendorCitation, type CitablePolicy } from '../briefing/citation-attrs'
import type { DocNode } from '../briefing/doc-model'
import { heading } from '../briefing/templates/nodes'
import type { Model, Vendor } from '../model/records'
import { figureText } from './compare'
import { applicationGiver } from './gather'
import { bullets, cite, paragraph, text, type BlockWording } from './block-wording'

export { comparisonBlocks } from './compare-blocks'

export function vendorProfileBlocks(v: Vendor, models: readonly Model[], policies: ReadonlyMap<string, CitablePolicy>, w: BlockWording): DocNode[] {
  const own = models.filter((m) => m.vendorId === v.id)
  const modelById = new Map(models.map((m) => [m.id, m]))
  const profile = [w.item({ text: v.kind, group: 'vendorKind' }), w.item({ text: v.origin, group: 'origin' }), v.region].filter((s): s is string => !!s).join(' · ')
  const blocks: DocNode[] = [heading(1, v.name), paragraph([text(`${profile}。${v.summary}`.replace(/。$/, '') + '。'), cite(vendorCitation(v))])]

  const section = (title: string, items: DocNode[][]) => {
    if (items.length) blocks.push(heading(2, title), bullets(items))
  }
  section(w.labels.models, own.map((m) => [text(modelLine(m, w))]))
  section(w.labels.applications, v.applications.map((a) => {
    const who = [a.customer, a.date ? w.date(a.date) : null, a.modelId ? applicationGiver(a, modelById) : null].filter((s): s is string => !!s)
    const outcome = a.outcome ? `：${a.outcome}` : ''
    return [text(`${w.item({ text: a.scenario, group: 'scenario' })} · ${a.title}${who.length ? `（${who.join('，')}）` : ''}${outcome}`)]
  }))
  section(w.labels.figures, v.figures.map((f) => [text(`${figureText(f)}${f.date ? `（${w.date(f.date)}）` : ''}`)]))
  section(w.labels.policies, v.policyLinks.map((l) => {
    const p = policies.get(l.policyId)
    const note = l.note ? `：${l.note}` : ''
    return p ? [text(`《${p.title}》`), cite(policyCitation(p)), ...(note ? [text(note)] : [])] : [text(`${l.policyId}${note}`)]
  }))
  return blocks
}

/** "Qwen-72B（其他；参数规模 720亿；开源；2023年12月）": what the records give, nothing more. */
function modelLine(m: Model, w: BlockWording): string {
  const parts = [
    w.item({ text: m.category, group: 'category' }),
    m.parameters ? `${w.labels.parameters} ${m.parameters}` : null,
    m.openSource === true ? w.labels.openSource : null,
    m.licence,
    m.released ? w.date(m.released) : null,
  ].filter((s): s is string => !!s)
  return `${m.name}（${parts.join('；')}）`
}
