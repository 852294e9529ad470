// The JSON Schema (draft 2020-12) of the update-bundle format, derived from the zod schema.
// Refinements zod cannot express (real calendar days, base64 lengths) stay in the app's checks;
// the schema documents shape, required fields, enums and patterns for other tools.
import { z } from 'zod'
import { bundleSchema } from './schema'

export function bundleJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(bundleSchema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>
  return {
    $schema: schema.$schema,
    $id: 'https://policy-desk.invalid/bundle.schema.json',
    title: 'Policy Desk update bundle (policy-desk-bundle, version 1)',
    description: '政策观察台更新包 / Policy Desk update bundle. See docs/bundle-format.md.',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  }
}

export function bundleJsonSchemaText(): string {
  return JSON.stringify(bundleJsonSchema(), null, 2) + '\n'
}
