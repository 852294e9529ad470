// What a citation prints, taken from a policy or a vendor record. Pure, so blocks built in
// src/shared (vendor profiles, comparisons) cite records exactly as the editor's picker does.
import type { Policy, Vendor } from '../model/records'
import type { PolicyLite } from '../policy/lite'
import type { CitationAttrs } from './doc-model'

export type PrintedCitation = Omit<CitationAttrs, 'refKind' | 'refId' | 'broken'>
export type CitablePolicy = Pick<Policy | PolicyLite, 'id' | 'title' | 'docNumber' | 'issued' | 'issuers'>
export type CitableVendor = Pick<Vendor, 'id' | 'name' | 'aliases'>

export function policyCitation(p: CitablePolicy): CitationAttrs {
  return { refKind: 'policy', refId: p.id, ...policyPrinted(p), broken: false }
}
export function policyPrinted(p: Omit<CitablePolicy, 'id'>): PrintedCitation {
  return { title: p.title, docNumber: p.docNumber ?? null, date: p.issued ?? null, detail: p.issuers.length ? p.issuers.join('、') : null }
}

export function vendorCitation(v: CitableVendor): CitationAttrs {
  return { refKind: 'vendor', refId: v.id, ...vendorPrinted(v), broken: false }
}
export function vendorPrinted(v: Omit<CitableVendor, 'id'>): PrintedCitation {
  return { title: v.name, docNumber: null, date: null, detail: v.aliases.length ? v.aliases.join(' / ') : null }
}
