// Plain text of a ProseMirror JSON document, for indexing briefings.
export function docPlainText(node: unknown, out: string[] = []): string {
  if (node && typeof node === 'object') {
    const n = node as { text?: unknown; content?: unknown; type?: unknown }
    if (typeof n.text === 'string') out.push(n.text)
    if (Array.isArray(n.content)) {
      for (const child of n.content) docPlainText(child, out)
      if (n.type === 'paragraph' || n.type === 'heading' || n.type === 'listItem') out.push('\n')
    }
  }
  return out.join('')
}
