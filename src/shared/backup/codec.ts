// Backup files to bytes and back: JSON in gzip, checked on the way in (size, gzip checksum,
// JSON, forbidden keys, envelope schema, schema version). Refusals are bilingual sentences.
import { gzipSync, gunzipSync } from 'fflate'
import { findForbiddenKey } from '../bundle/read'
import { formatIssues } from '../model/validate'
import { crc32 } from './crc32'
import { fromV1, guessPrimaryKey } from './legacy'
import { manifestEntry } from './manifest'
import {
  BACKUP_FORMAT,
  MAX_BACKUP_BYTES,
  MAX_BACKUP_JSON_BYTES,
  backupEnvelopeSchema,
  type BackupEnvelope,
} from './format'

export type DecodeResult = { ok: true; backup: BackupEnvelope; formatVersion: number } | { ok: false; error: string }

const mb = (n: number) => `${(n / 1048576).toFixed(1)} MB`

export function encodeBackup(envelope: BackupEnvelope): Uint8Array<ArrayBuffer> {
  const json = new TextEncoder().encode(JSON.stringify(envelope))
  if (json.byteLength > MAX_BACKUP_JSON_BYTES) {
    throw new Error(`备份过大 / backup too large: ${mb(json.byteLength)} > ${mb(MAX_BACKUP_JSON_BYTES)}`)
  }
  return gzipSync(json, { level: 6 })
}

/** Unpacks gzip with its own checks: the size it declares, then CRC-32 and length of what came out. */
function gunzipChecked(bytes: Uint8Array): Uint8Array | string {
  if (bytes.byteLength < 18) return '文件被截断 / file is truncated'
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const declared = view.getUint32(bytes.byteLength - 4, true)
  const crc = view.getUint32(bytes.byteLength - 8, true)
  if (declared > MAX_BACKUP_JSON_BYTES) return `文件被截断或已损坏，或解压后超过 ${mb(MAX_BACKUP_JSON_BYTES)} / truncated or corrupt, or unpacks to more than ${mb(MAX_BACKUP_JSON_BYTES)}`
  let out: Uint8Array
  try {
    out = gunzipSync(bytes, { out: new Uint8Array(declared) })
  } catch (err) {
    return `压缩数据已损坏或被截断 / corrupt or truncated gzip data: ${(err as Error).message}`
  }
  if (out.byteLength !== declared || crc32(out) !== crc) return '校验和不符，文件已损坏或被截断 / checksum mismatch: the file is corrupt or truncated'
  return out
}

export async function decodeBackup(bytes: Uint8Array, currentSchemaVersion: number): Promise<DecodeResult> {
  if (bytes.byteLength > MAX_BACKUP_BYTES) return { ok: false, error: `文件过大 / file too large: ${mb(bytes.byteLength)} > ${mb(MAX_BACKUP_BYTES)}` }
  if (bytes.byteLength === 0) return { ok: false, error: '文件为空 / the file is empty' }
  let json: Uint8Array = bytes
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    const unpacked = gunzipChecked(bytes)
    if (typeof unpacked === 'string') return { ok: false, error: unpacked }
    json = unpacked
  } else if (bytes.byteLength > MAX_BACKUP_JSON_BYTES) {
    return { ok: false, error: `文件过大 / file too large: ${mb(bytes.byteLength)}` }
  }
  let raw: unknown
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(json)
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  } catch (err) {
    return { ok: false, error: `不是有效的备份文件（JSON 无法解析，可能被截断）/ not a valid backup (JSON: ${(err as Error).message})` }
  }
  const forbidden = findForbiddenKey(raw)
  if (forbidden) return { ok: false, error: `${forbidden}: 不允许的键名 / forbidden key` }
  if (!raw || typeof raw !== 'object' || (raw as { format?: unknown }).format !== BACKUP_FORMAT) {
    return { ok: false, error: `不是政策观察台备份文件 / not a ${BACKUP_FORMAT} file` }
  }
  const formatVersion = (raw as { formatVersion?: unknown }).formatVersion
  const candidate = formatVersion === 1 ? fromV1(raw) : raw
  if (typeof candidate === 'string') return { ok: false, error: candidate }
  const parsed = backupEnvelopeSchema.safeParse(candidate)
  if (!parsed.success) return { ok: false, error: `备份文件结构无效 / invalid backup: ${formatIssues(parsed.error.issues)}` }
  const backup = parsed.data
  if (backup.schemaVersion > currentSchemaVersion) {
    return {
      ok: false,
      error: `备份来自更新版本的应用（数据库版本 ${backup.schemaVersion}，本应用 ${currentSchemaVersion}），请先升级应用 / the backup is from a newer app (schema ${backup.schemaVersion} > ${currentSchemaVersion}); update the app first`,
    }
  }
  if (formatVersion === 1) {
    for (const [name, rows] of Object.entries(backup.tables)) backup.manifest[name] = await manifestEntry(rows, guessPrimaryKey(rows))
  }
  return { ok: true, backup, formatVersion: formatVersion === 1 ? 1 : 2 }
}
