// What is wrong with a desktop call's arguments, by the contract's schemas (those the main
// process checks them with), as one line naming the fields; null when nothing is.
import { API_ARGS } from './contract'
import { formatIssues } from '../model/validate'

export function argsProblemOf(channel: string, args: unknown): string | null {
  // own keys only: a name such as __proto__ must not reach Object.prototype
  if (!Object.hasOwn(API_ARGS, channel)) return `unknown call ${channel}`
  const schema = API_ARGS[channel as keyof typeof API_ARGS]
  const parsed = schema.safeParse(args)
  return parsed.success ? null : formatIssues(parsed.error.issues)
}
