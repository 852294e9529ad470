// Seals an update bundle: adds the SHA-256 digest to a bundle source (a bundle without `digest`),
// validates the result against bundleSchema and writes it out.
//
//   npx tsx scripts/seal-bundle.ts <in.source.json> <out.json>
//
// The digest is computed over the source object exactly as written to the output (before any
// zod defaults are applied), so the output is the source plus `digest`, never the parsed object.
import { readFileSync, writeFileSync } from 'node:fs'
import { bundleSchema } from '../src/shared/bundle/schema'
import { bundleDigest, canonicalOrder } from '../src/shared/bundle/digest'

function fail(message: string): never {
  console.error(message)
  process.exit(1)
}

async function main(): Promise<void> {
  const [inPath, outPath] = process.argv.slice(2)
  if (!inPath || !outPath) fail('usage: npx tsx scripts/seal-bundle.ts <in.source.json> <out.json>')

  let source: unknown
  try {
    source = JSON.parse(readFileSync(inPath, 'utf8'))
  } catch (err) {
    fail(`cannot read ${inPath}: ${err instanceof Error ? err.message : String(err)}`)
  }
  if (source === null || typeof source !== 'object' || Array.isArray(source)) {
    fail(`${inPath}: a bundle source must be a JSON object`)
  }

  // Drop any stale digest/signature from the source; bundleDigest ignores both anyway.
  const rest: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(source as Record<string, unknown>)) {
    if (k !== 'digest' && k !== 'signature') rest[k] = v
  }
  const value = await bundleDigest(rest)
  const sealed: Record<string, unknown> = { ...rest, digest: { algorithm: 'sha-256', value } }

  const result = bundleSchema.safeParse(sealed)
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path.map((p) => String(p)).join('.') || '(root)'
      console.error(`${path}: ${issue.message}`)
    }
    fail(`${inPath}: ${result.error.issues.length} issue(s); nothing written`)
  }

  writeFileSync(outPath, JSON.stringify(canonicalOrder(sealed), null, 2) + '\n')
  console.log(`sealed ${outPath} (sha-256 ${value}), unsigned`)
  console.log(`to sign it: npx policy-desk bundle sign ${outPath} --key <private.key> -o ${outPath}`)
}

main().catch((err: unknown) => fail(err instanceof Error ? (err.stack ?? err.message) : String(err)))
