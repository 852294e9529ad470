// The subscriptions methods of the desktop API in main: the inbox folder is chosen in a dialog
// here, feeds and offers are handled by the subscriptions service. The renderer sends ids only.
import { BrowserWindow, dialog } from 'electron'
import { getSubscriptions } from '../subscriptions'
import type { SubscriptionsService } from '../subscriptions/service'
import type { Handlers } from './register'

type SubscriptionChannel = Extract<keyof Handlers, `subscriptions:${string}`>

export function createSubscriptionHandlers(service: () => SubscriptionsService = getSubscriptions): Pick<Handlers, SubscriptionChannel> {
  return {
    'subscriptions:get': async () => {
      await service().ready()
      return service().state()
    },
    'subscriptions:setKnown': async (args) => service().setKnown(args!.digests),
    'subscriptions:chooseInbox': async (_args, { event }) => {
      const win = BrowserWindow.fromWebContents(event.sender)
      const options = { properties: ['openDirectory' as const, 'createDirectory' as const] }
      const res = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options)
      const folder = res.filePaths[0]
      if (res.canceled || !folder) return service().state()
      return service().setInbox(folder)
    },
    'subscriptions:clearInbox': async () => service().setInbox(null),
    'subscriptions:addFeed': async (args) => service().addFeed(args!.address),
    'subscriptions:removeFeed': async (args) => service().removeFeed(args!.id),
    'subscriptions:checkNow': async () => service().checkNow(),
    'subscriptions:open': async (args) => service().open(args!.offerId),
    'subscriptions:dismiss': async (args) => service().dismiss(args!.offerId),
  }
}
