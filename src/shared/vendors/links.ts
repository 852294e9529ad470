// The two sides of a vendor–policy link: stored on the vendor (so bundles can carry it and the
// merge rules apply), read from the policy side by looking through the vendors.
import type { Vendor } from '../model/records'

export interface LinkedVendor {
  vendor: Pick<Vendor, 'id' | 'name' | 'aliases' | 'origin'>
  note: string
}

/** The vendors that link a policy, by name (Chinese collation). */
export function vendorsLinkedTo(policyId: string, vendors: readonly Vendor[]): LinkedVendor[] {
  const out: LinkedVendor[] = []
  for (const v of vendors) {
    const link = v.policyLinks.find((l) => l.policyId === policyId)
    if (link) out.push({ vendor: v, note: link.note })
  }
  return out.sort((a, b) => a.vendor.name.localeCompare(b.vendor.name, 'zh-CN'))
}
