// Escaping for the few places that build HTML strings (chart tooltips, exports).
// Everything from a record is untrusted text.
const MAP: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => MAP[c] ?? c)
}
