// The browser's stand-ins for the OS file dialogs: a hidden file input to open, a download to save.
export function pickFile(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = accept
    input.style.display = 'none'
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true })
    input.addEventListener('cancel', () => resolve(null), { once: true })
    document.body.appendChild(input)
    input.click()
    input.remove()
  })
}

export function download(name: string, content: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }))
  const a = document.createElement('a')
  a.href = url
  a.download = name
  a.click()
  // Large files need the URL a while after the click.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
