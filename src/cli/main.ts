// The `policy-desk` command-line tool for data maintainers: validate, diff, build, sign and
// verify update bundles, and make signing keys, on the same domain code as the app.
// Run it as `npx policy-desk bundle <command> …` (bin/policy-desk.mjs) or `npm run cli -- …`.
import { parseArgs } from 'node:util'
import { CliError } from './files'
import { diff, validate, verify } from './inspect'
import { build, keygen, sign } from './make'

const USAGE = `用法 / usage: policy-desk bundle <command> …

  validate <file>                      check a bundle (.json, .gz or .zip): every error as "path: reason"
  diff <a> <b>                         records added, changed (field by field) and removed from a to b
  build <records.json> -o <out>        make a sealed bundle from records
        --publisher-id <id> --publisher-name <name> --sequence <n>
        [--title <t>] [--created-at <iso>] [--sign <private.key>] [--gzip]
  sign <file> --key <private.key> -o <out> [--gzip]
  verify <file> --pubkey <file|base64> [--publisher-id <id>]
  keygen -o <prefix> [--force]         write <prefix>.key (private, 0600) and <prefix>.pub

Exit codes: 0 ok, 1 the bundle or key has problems, 2 wrong usage.`

const OPTIONS = {
  out: { type: 'string', short: 'o' },
  'publisher-id': { type: 'string' },
  'publisher-name': { type: 'string' },
  sequence: { type: 'string' },
  title: { type: 'string' },
  'created-at': { type: 'string' },
  sign: { type: 'string' },
  key: { type: 'string' },
  pubkey: { type: 'string' },
  gzip: { type: 'boolean' },
  force: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const

const usage = (message: string): CliError => new CliError(`${message}\n\n${USAGE}`, 2)

function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw usage(`缺少 / missing ${what}`)
  return value
}

export async function run(argv: string[]): Promise<number> {
  const [group, command, ...rest] = argv
  if (group === undefined || group === '--help' || group === '-h' || group === 'help') {
    console.log(USAGE)
    return 0
  }
  if (group !== 'bundle') throw usage(`未知命令 / unknown command: ${group}`)
  let parsed
  try {
    parsed = parseArgs({ args: rest, options: OPTIONS, allowPositionals: true, strict: true })
  } catch (err) {
    throw usage((err as Error).message)
  }
  const { values: v, positionals: p } = parsed
  if (v.help) {
    console.log(USAGE)
    return 0
  }
  const positional = (n: number, names: string): string[] => {
    if (p.length !== n) throw usage(`${command} 需要 / needs ${names}`)
    return p
  }
  switch (command) {
    case 'validate':
      return validate(positional(1, '<file>')[0]!)
    case 'diff': {
      const [a, b] = positional(2, '<a> <b>')
      return diff(a!, b!)
    }
    case 'build':
      return build({
        input: positional(1, '<records.json>')[0]!,
        out: need(v.out, '-o <out>'),
        publisherId: need(v['publisher-id'], '--publisher-id'),
        publisherName: need(v['publisher-name'], '--publisher-name'),
        sequence: need(v.sequence, '--sequence'),
        title: v.title,
        createdAt: v['created-at'],
        key: v.sign,
        gzip: v.gzip,
      })
    case 'sign':
      return sign(positional(1, '<file>')[0]!, need(v.key, '--key <private.key>'), need(v.out, '-o <out>'), v.gzip)
    case 'verify':
      return verify(positional(1, '<file>')[0]!, need(v.pubkey, '--pubkey <file|base64>'), v['publisher-id'])
    case 'keygen':
      positional(0, 'no file arguments')
      return keygen(need(v.out, '-o <prefix>'), v.force)
    default:
      throw usage(`未知的 bundle 命令 / unknown bundle command: ${command ?? '(none)'}`)
  }
}

run(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (err: unknown) => {
    if (err instanceof CliError) {
      console.error(err.message)
      process.exitCode = err.exitCode
    } else {
      console.error(err instanceof Error ? (err.stack ?? err.message) : String(err))
      process.exitCode = 1
    }
  },
)
