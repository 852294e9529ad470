// Renderer entry. Evaluating the whole start-up code at once took one 100-150 ms task, so it
// comes in two parts, each in a task of its own: the framework and the dictionaries
// (boot/framework.ts), then the app (boot/app.ts: stores, the router, the shell). The first
// rows are already being read by public/open-early.js meanwhile (see data/first-rows.ts), and
// the screen in the address is fetched beside them (boot/screen-preload.ts).
import './styles/base.css'
import './styles/forms.css'
import './styles/print.css'

import { nextTask } from './scheduling'
import { preloadScreen } from './boot/screen-preload'

preloadScreen()

void import('./boot/framework')
  .then(() => {
    performance.mark('boot:framework')
    return nextTask()
  })
  .then(() => import('./boot/app'))
