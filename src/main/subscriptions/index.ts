// The app's one subscriptions service: created on first use with userData/subscriptions.json,
// started after the window exists, stopped on quit. New offers show a system notification.
import { app, Notification } from 'electron'
import type { SubscriptionsState } from '@shared/subscriptions'
import { SubscriptionsService, configPathIn } from './service'
import { trustedKeys } from '../ipc/handlers-keys'

let service: SubscriptionsService | null = null
let pushTo: (state: SubscriptionsState) => void = () => undefined
let onClick: () => void = () => undefined

function notify(title: string, body: string): void {
  if (!Notification.isSupported()) return
  const n = new Notification({ title, body })
  n.on('click', () => onClick())
  n.show()
}

export function getSubscriptions(): SubscriptionsService {
  service ??= new SubscriptionsService({ configPath: configPathIn(app.getPath('userData')), notify, push: (s) => pushTo(s), trustedKeys: () => trustedKeys() })
  return service
}

/** Starts the inbox watcher and the feed checks; `push` reaches the renderer, `click` opens Imports. */
export function startSubscriptions(push: (state: SubscriptionsState) => void, click: () => void): void {
  pushTo = push
  onClick = click
  void getSubscriptions().start()
}

export function stopSubscriptions(): void {
  service?.stop()
}
