// Renderer entry: Pinia, the router, the theme, and a request for persistent storage.
// First of all, the database starts opening and the first rows are read (start-early.ts).
import './start-early'
import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { router } from './router'
import { scheduleStartupBackup } from './data/backup/auto'
import { useBackupsStore } from './stores/backups'
import './styles/base.css'
import './styles/forms.css'
import './styles/print.css'

const app = createApp(App)
app.use(createPinia())
app.use(router)
app.mount('#app')
// A daily automatic backup, in the background once the desk is ready and the app idle.
scheduleStartupBackup(() => void useBackupsStore().refreshAuto())

// Ask Chromium never to evict our IndexedDB; the result is shown in Settings.
void navigator.storage?.persist?.()
