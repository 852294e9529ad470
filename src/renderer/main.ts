// Renderer entry. Evaluating the whole start-up code at once took one 100-150 ms task, so it
// comes in two parts, each in a task of its own: the framework and the dictionaries
// (boot/framework.ts), then the app (boot/app.ts: stores, the router, the shell). The first
// rows are already being read by public/open-early.js meanwhile (see data/first-rows.ts).
import './styles/base.css'
import './styles/forms.css'
import './styles/print.css'

import { nextTask } from './scheduling'

void import('./boot/framework')
  .then(nextTask)
  .then(() => import('./boot/app'))
