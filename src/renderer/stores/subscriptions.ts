// Subscriptions on screen: the inbox folder and feeds (config in main or localStorage), the
// offers they found (pushed as they appear), and opening one into the normal import preview.
// The import history's digests are sent to the platform so imported bundles are not offered.
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { IpcResult } from '@shared/ipc/contract'
import type { Offer, SubscriptionsState } from '@shared/subscriptions'
import { watchQuery } from '../data/db-lazy'
import { listImports } from '../data/repositories/import-history'
import { desktop } from '../platform'
import { useImportsStore } from './imports'

export const useSubscriptionsStore = defineStore('subscriptions', () => {
  const state = shallowRef<SubscriptionsState | null>(null)
  const busy = ref(false)
  /** the last failure of an action, with its message (bilingual from main / the browser side) */
  const failure = ref<string | null>(null)
  const addError = ref<string | null>(null)
  const offers = computed<Offer[]>(() => state.value?.offers ?? [])
  let started = false
  let knownKey = ''

  async function act<T>(work: () => Promise<IpcResult<T>>): Promise<T | null> {
    busy.value = true
    failure.value = null
    try {
      const res = await work()
      if (!res.ok) {
        failure.value = res.error.message
        return null
      }
      return res.data
    } finally {
      busy.value = false
    }
  }
  const take = async (work: () => Promise<IpcResult<SubscriptionsState>>) => {
    const s = await act(work)
    if (s) state.value = s
  }

  /** Once per app: listen for pushed offers, load the state, keep the known digests in step. */
  function init(): void {
    if (started) return
    started = true
    desktop.onSubscriptionOffers((s) => (state.value = s))
    void desktop.subscriptions.get().then((res) => res.ok && (state.value = res.data))
    void watchQuery(listImports, (rows) => {
      const digests = [...new Set(rows.map((r) => r.digest).filter((d) => /^[0-9a-f]{64}$/.test(d)))].sort()
      const key = digests.join()
      if (key === knownKey && state.value) return
      knownKey = key
      void desktop.subscriptions.setKnown({ digests }).then((res) => res.ok && (state.value = res.data))
    })
  }

  const chooseInbox = () => take(() => desktop.subscriptions.chooseInbox())
  const clearInbox = () => take(() => desktop.subscriptions.clearInbox())
  const checkNow = () => take(() => desktop.subscriptions.checkNow())
  const removeFeed = (id: string) => take(() => desktop.subscriptions.removeFeed({ id }))
  const dismiss = (offerId: string) => take(() => desktop.subscriptions.dismiss({ offerId }))

  /** Adds a feed; returns true when added (the address field can then be cleared). */
  async function addFeed(address: string): Promise<boolean> {
    addError.value = null
    busy.value = true
    try {
      const res = await desktop.subscriptions.addFeed({ address: address.trim() })
      if (!res.ok) {
        addError.value = res.error.message.replace(/^subscriptions:addFeed: (address: )?/, '')
        return false
      }
      state.value = res.data
      return true
    } finally {
      busy.value = false
    }
  }

  /** Reads or downloads the offered bundle and shows the normal import preview; nothing is applied. */
  async function preview(offer: Offer): Promise<void> {
    const file = await act(() => desktop.subscriptions.open({ offerId: offer.id }))
    if (!file) return
    const imports = useImportsStore()
    if (file.format !== 'bundle' || file.text === undefined) {
      failure.value = `暂不支持此格式 / this format is not supported yet: ${file.name}`
      return
    }
    await imports.prepareText(file.text, file.name, file.verification ?? { status: 'unsigned' })
  }

  return { state, offers, busy, failure, addError, init, chooseInbox, clearInbox, checkNow, addFeed, removeFeed, dismiss, preview }
})
