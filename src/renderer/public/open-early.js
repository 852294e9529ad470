// Starts opening the app's database while the app's scripts load, and reads what the first
// screen needs: whether the default data is in, and the 50 newest policies by `issued`. Plain
// IndexedDB, no imports, so it costs the page nothing while the app's own scripts are fetched
// and compiled; the app (data/first-rows.ts) takes the answer from `window.__pdEarly` if the
// database is at the version it expects, and reads through Dexie otherwise.
// A database that does not exist yet is not created here: that is the app's job.
/* global document, indexedDB, localStorage, navigator, performance, setTimeout, window */
;(function openEarly() {
  // The system, for its own CJK fonts first in the font stacks (styles/base.css).
  var ua = navigator.userAgent
  document.documentElement.dataset.os = /Windows/.test(ua) ? 'windows' : /Mac OS X|Macintosh/.test(ua) ? 'mac' : 'linux'
  // The language and theme the user chose (stores/ui.ts keeps them), for the page shown while
  // the scripts load (index.html); the ui store applies them again when it starts.
  try {
    var ui = JSON.parse(localStorage.getItem('policy-desk.ui') || '{}')
    var dark = ui.theme === 'dark' || (ui.theme !== 'light' && window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches)
    document.documentElement.dataset.theme = dark ? 'dark' : 'light'
    if (ui.locale === 'en') document.documentElement.lang = 'en'
  } catch {
    // unreadable preferences: the defaults, as the ui store does
  }
  var FIRST_ROWS = 50
  var settle
  window.__pdEarly = new Promise(function (resolve) {
    settle = resolve
  })
  try {
    var request = indexedDB.open('policy-desk')
    request.onupgradeneeded = function () {
      request.transaction.abort()
    }
    request.onerror = function (event) {
      event.preventDefault()
      settle(null)
    }
    request.onblocked = function () {
      settle(null)
    }
    request.onsuccess = function () {
      performance.mark('db:early-open')
      var db = request.result
      // never in the way of an upgrade or a restore, and let go once the app has its own
      db.onversionchange = function () {
        db.close()
      }
      setTimeout(function () {
        db.close()
      }, 10000)
      readFirst(db)
    }
  } catch {
    // no IndexedDB here: the app reports it when it opens the database
    settle(null)
  }

  function readFirst(db) {
    var names = db.objectStoreNames
    if (!names.contains('policies') || !names.contains('meta')) return settle(null)
    try {
      var tx = db.transaction(['meta', 'policies'], 'readonly')
      var out = { version: db.version, seeded: false, first: [] }
      tx.objectStore('meta').get('seeded').onsuccess = function (e) {
        out.seeded = Boolean(e.target.result)
      }
      var issued = tx.objectStore('policies').index('issued')
      if (typeof issued.getAllRecords === 'function') {
        // one request for all 50 (Chromium 141+), not one round trip per row
        issued.getAllRecords({ count: FIRST_ROWS, direction: 'prev' }).onsuccess = function (e) {
          out.first = e.target.result.map(function (r) {
            return r.value
          })
        }
      } else {
        issued.openCursor(null, 'prev').onsuccess = function (e) {
          var c = e.target.result
          if (!c) return
          out.first.push(c.value)
          if (out.first.length < FIRST_ROWS) c.continue()
        }
      }
      tx.oncomplete = function () {
        performance.mark('db:early-rows')
        settle(out)
      }
      tx.onabort = tx.onerror = function () {
        settle(null)
      }
    } catch {
      settle(null)
    }
  }
})()
