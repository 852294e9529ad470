// Validates electron-builder.yml against electron-builder's own schema, offline. Packaging
// itself needs Electron's downloads, which CI does not have.
import { createRequire } from 'node:module'
import { existsSync } from 'node:fs'

const require = createRequire(import.meta.url)
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config')
const { DebugLogger } = require('builder-util')

const config = await getConfig(process.cwd(), 'electron-builder.yml', null)
const problems = []
try {
  await validateConfiguration(config, new DebugLogger(false))
} catch (err) {
  problems.push(err.message)
}
for (const [what, ok] of [
  ['appId', config.appId === 'org.policydesk.app'],
  ['productName 政策观察台', config.productName === '政策观察台'],
  ['Windows NSIS', config.win?.target === 'nsis'],
  ['macOS dmg', config.mac?.target === 'dmg'],
  ['Linux AppImage and deb', ['AppImage', 'deb'].every((t) => config.linux?.target?.includes(t))],
  ['icon file present', existsSync(config.linux?.icon ?? '')],
]) if (!ok) problems.push(`missing or wrong: ${what}`)
if (problems.length) {
  console.error('electron-builder config: FAILED\n' + problems.join('\n'))
  process.exit(1)
}
console.log('electron-builder config: valid')
