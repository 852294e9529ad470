// Writes resources/bundle.schema.json, the JSON Schema of the update-bundle format, generated
// from the zod schema the app validates with (so the two cannot drift; a unit test checks).
//
//   npx tsx scripts/gen-bundle-schema.ts          write the file
//   npx tsx scripts/gen-bundle-schema.ts --check  exit 1 if the committed file is stale
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { bundleJsonSchemaText } from '../src/shared/bundle/json-schema'

const path = resolve(__dirname, '../resources/bundle.schema.json')
const text = bundleJsonSchemaText()
if (process.argv.includes('--check')) {
  let current = ''
  try {
    current = readFileSync(path, 'utf8')
  } catch {
    // missing counts as stale
  }
  if (current !== text) {
    console.error(`${path} is stale: run npx tsx scripts/gen-bundle-schema.ts`)
    process.exit(1)
  }
  console.log(`${path} is up to date`)
} else {
  writeFileSync(path, text)
  console.log(`wrote ${path}`)
}
