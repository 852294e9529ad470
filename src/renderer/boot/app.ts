// The app: Pinia, the router, the shell, and a request for persistent storage. Evaluating
// this and mounting the shell are separate tasks, and the database (Dexie) opens in a later
// one (stores/records.ts), so no single task blocks the page for long.
import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from '../App.vue'
import { router } from '../router'
import { scheduleStartupBackup } from '../data/backup/auto'
import { useBackupsStore } from '../stores/backups'

const app = createApp(App)
app.use(createPinia())
app.use(router)
setTimeout(() => {
  app.mount('#app')
  // A daily automatic backup, in the background once the desk is ready and the app idle
  // (scheduled in a task of its own: not on the mount's bill).
  setTimeout(() => scheduleStartupBackup(() => void useBackupsStore().refreshAuto()))
})

// Ask Chromium never to evict our IndexedDB; the result is shown in Settings.
void navigator.storage?.persist?.()
