/*
 * Search worker for Material for MkDocs that finds Thai words.
 *
 * Material's page script starts the worker named in the page's `__config` ("search") and talks
 * to it with four messages: SETUP (0) with search_index.json, READY (1), QUERY (2) with the
 * typed text, RESULT (3) with `{items: [[page, ...sections], ...]}`. The theme's `config` block
 * points "search" at this file, so Material's own files stay untouched.
 *
 * search_index.json is a stub naming the real index (`config.thai_index`, in the same folder);
 * the index is downloaded on the first non-empty query, so visitors who never search never
 * download it. Queries are answered in the order they arrive.
 */
/* global ThaiSearch */
importScripts("thai-search.js")

var SETUP = 0
var READY = 1
var QUERY = 2
var RESULT = 3

var indexUrl = null      /* URL of thai_index.<hash>.json, known after SETUP */
var loaded = null        /* Promise of the prepared index, once requested */
var queue = Promise.resolve()

/* This file lives in <site>/assets/javascripts/search/; the index in <site>/search/ */
function siteUrl(path) {
  return new URL("../../../" + path, self.location.href).href
}

function loadIndex() {
  if (loaded === null) {
    loaded = fetch(indexUrl)
      .then(function (response) {
        if (!response.ok)
          throw new Error("HTTP " + response.status + " for " + indexUrl)
        return response.json()
      })
      .then(ThaiSearch.createIndex)
      .catch(function (error) {
        loaded = null           /* try again on the next query */
        throw error
      })
  }
  return loaded
}

function handle(message) {
  switch (message.type) {
    case SETUP:
      var name = (message.data.config || {}).thai_index
      indexUrl = name ? siteUrl("search/" + name) : null
      return Promise.resolve({ type: READY })

    case QUERY:
      var query = String(message.data || "")
      if (indexUrl === null || query.trim() === "")
        return Promise.resolve({ type: RESULT, data: { items: [] } })
      return loadIndex()
        .then(function (index) {
          return { type: RESULT, data: ThaiSearch.search(index, query) }
        })
        .catch(function (error) {
          console.warn("Thai search failed for query: " + query, error)
          return { type: RESULT, data: { items: [] } }
        })

    default:
      return Promise.resolve(null)
  }
}

addEventListener("message", function (event) {
  queue = queue
    .then(function () { return handle(event.data) })
    .then(function (reply) {
      if (reply !== null)
        postMessage(reply)
    })
})
