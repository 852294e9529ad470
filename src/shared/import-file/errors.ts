// The one error type of reading an import file; its message is shown to the user as is
// (bilingual), its code maps onto the IPC error codes.

export class ImportFileError extends Error {
  constructor(
    readonly code: 'failed' | 'too_large',
    message: string,
  ) {
    super(message)
  }
}
