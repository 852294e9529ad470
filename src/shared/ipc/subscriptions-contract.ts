// The subscriptions methods of the desktop API (argument schemas and results), spread into
// contract.ts. Main picks the inbox folder (dialog) and every path; the renderer sends ids.
import { z } from 'zod'
import { parseFeedAddress } from '../subscriptions/feed-address'
import type { SubscriptionsState } from '../subscriptions/offers'
import type { OpenedFile } from './contract'

const offerId = z.string().min(1, '不能为空 / must not be empty').max(80, '过长 / too long (max 80)').regex(/^[a-z]+-[0-9a-f]{16}$/, '不是有效的编号 / not a valid offer id')
const feedAddress = z.string().superRefine((s, ctx) => {
  const r = parseFeedAddress(s)
  if (!r.ok) ctx.addIssue({ code: 'custom', message: r.message })
})

export const SUBSCRIPTION_ARGS = {
  /** The config (inbox, feeds with last check) and the current offers. */
  'subscriptions:get': z.undefined(),
  /** The digests in the import history: bundles already imported are not offered. */
  'subscriptions:setKnown': z.strictObject({
    digests: z.array(z.string().regex(/^[0-9a-f]{64}$/, '须为 64 位十六进制 / must be 64 hex digits')).max(100_000),
  }),
  /** Main shows a folder dialog; the chosen folder becomes the inbox. */
  'subscriptions:chooseInbox': z.undefined(),
  'subscriptions:clearInbox': z.undefined(),
  'subscriptions:addFeed': z.strictObject({ address: feedAddress }),
  'subscriptions:removeFeed': z.strictObject({ id: z.string().min(1).max(80) }),
  'subscriptions:checkNow': z.undefined(),
  /** Reads / downloads the offered bundle for the normal import preview; nothing is applied. */
  'subscriptions:open': z.strictObject({ offerId }),
  'subscriptions:dismiss': z.strictObject({ offerId }),
} as const

export interface SubscriptionResults {
  'subscriptions:get': SubscriptionsState
  'subscriptions:setKnown': SubscriptionsState
  'subscriptions:chooseInbox': SubscriptionsState
  'subscriptions:clearInbox': SubscriptionsState
  'subscriptions:addFeed': SubscriptionsState
  'subscriptions:removeFeed': SubscriptionsState
  'subscriptions:checkNow': SubscriptionsState
  'subscriptions:open': OpenedFile
  'subscriptions:dismiss': SubscriptionsState
}
