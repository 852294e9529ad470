// Starts opening the app's database while the app's scripts load and run (about half a second
// on two cores): opening a large IndexedDB store is slow the first time in a session, and the
// app's own open (Dexie, in the main script) then finds it ready. Plain script, no imports.
// A database that does not exist yet is not created here: that is the app's job.
/* global indexedDB, performance, setTimeout */
;(function openEarly() {
  try {
    var request = indexedDB.open('policy-desk')
    request.onupgradeneeded = function () {
      request.transaction.abort()
    }
    request.onerror = function (event) {
      event.preventDefault()
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
    }
  } catch {
    // no IndexedDB here: the app reports it when it opens the database
  }
})()
