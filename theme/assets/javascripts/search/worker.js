/*
 * Search worker for Material for MkDocs that finds Thai words.
 *
 * Material's page script starts the worker named in the page's `__config` ("search") and talks
 * to it with four messages: SETUP (0) with search_index.json, READY (1), QUERY (2) with the
 * typed text, RESULT (3) with `{items: [[page, ...sections], ...]}`. The theme's `config` block
 * points "search" at this file, so Material's own files stay untouched.
 *
 * search_index.json is a stub naming the real index files (`config.thai_index`, in the same
 * folder). They are downloaded on the first non-empty query, so visitors who never search
 * never download them. A large site has several files (shards, newest year first, the first
 * one small): the first shard's matches are shown as soon as it is searched, then, every half
 * second, what was found so far, then the complete result.
 * Queries are answered in order; a query still loading shards stops when a newer one arrives.
 *
 * When a query finds little, typos.js adds the pages of its likeliest respelling; the
 * respelling is announced on the BroadcastChannel "ita-search" ({query, showing}), which the
 * page script (theme/partials/thai-search.html) shows above the results, since Material's
 * result list has no place for it.
 *
 * If the stub is missing (the build skipped ita_site's step), Material's own documents are
 * searched the same way, only ranked without word boundaries.
 */
/* global ThaiSearch, ThaiSearchTypos */

/* Material starts this worker on every page, but few visitors search: the search code is
   fetched on the first query, not with every page a phone on a slow link opens. */
function loadSearchCode() {
  if (typeof ThaiSearch === "undefined")
    importScripts("thai-search.js", "typos.js")
}

var SETUP = 0
var READY = 1
var QUERY = 2
var RESULT = 3

/* While shards load, show what was found so far once this long has passed since the query,
   and refresh it at most this often; a fast connection only ever sees the complete result. */
var PARTIAL_EVERY_MS = 500

var shardUrls = []           /* index files, in search order */
var shards = []              /* Promise of each prepared shard, once requested */
var ready = []               /* each prepared shard, once loaded */
var materialDocs = null      /* Material's documents when there is no Thai index */
var newest = 0               /* number of the latest query received */
var queue = Promise.resolve()
var channel = typeof BroadcastChannel === "function" ? new BroadcastChannel("ita-search") : null

function reply(query, result) {
  if (channel)
    channel.postMessage({ query: query, showing: result.showing || null })
  postMessage({ type: RESULT, data: { items: result.items } })
}

/* This file lives in <site>/assets/javascripts/search/; the index in <site>/search/ */
function siteUrl(path) {
  return new URL("../../../" + path, self.location.href).href
}

function loadShard(i) {
  if (!shards[i] && shardUrls[i] === null) {
    shards[i] = Promise.resolve(ThaiSearch.createIndex(ThaiSearch.fromMaterialDocs(materialDocs)))
      .then(function (index) { ready[i] = index; return index })
  } else if (!shards[i]) {
    shards[i] = fetch(shardUrls[i])
      .then(function (response) {
        if (!response.ok)
          throw new Error("HTTP " + response.status + " for " + shardUrls[i])
        return response.json()
      })
      .then(ThaiSearch.createIndex)
      .then(function (index) { ready[i] = index; return index })
      .catch(function (error) {
        shards[i] = null        /* try again on the next query */
        throw error
      })
  }
  return shards[i]
}

function setup(data) {
  var names = (data.config || {}).thai_index
  shardUrls = [].concat(names || []).map(function (name) { return siteUrl("search/" + name) })
  shards = []
  ready = []
  materialDocs = null
  if (shardUrls.length === 0 && (data.docs || []).length) {
    /* Material's own index (our build step was skipped), prepared on the first query */
    materialDocs = data.docs
    shardUrls = [null]
  }
  postMessage({ type: READY })
}

function answer(query, number) {
  if (shardUrls.length === 0 || query.trim() === "") {
    reply(query, { items: [] })
    return Promise.resolve()
  }
  loadSearchCode()
  var searched = []
  var shownAt = Date.now()      /* the query's start, then the time of the last partial result */
  function showSoFar() {
    if (number === newest) {
      reply(query, ThaiSearchTypos.search(searched, query))
      shownAt = Date.now()
    }
  }
  function step(i) {
    if (number !== newest)
      return Promise.resolve()  /* a newer query is waiting; its answer will cover this */
    if (i === shardUrls.length) {
      reply(query, ThaiSearchTypos.search(searched, query))
      return Promise.resolve()
    }
    var timer = searched.length === 0 ? null
      : setTimeout(showSoFar, Math.max(0, shownAt + PARTIAL_EVERY_MS - Date.now()))
    return loadShard(i).then(function (index) {
      clearTimeout(timer)
      if (i + 1 < shardUrls.length)
        loadShard(i + 1).catch(function () {})  /* fetch the next while searching this one */
      searched.push(index)
      /* The small first shard answers at once while the others still load (shards.py) */
      if (searched.length === 1 && i + 1 < shardUrls.length && !ready[i + 1]) {
        var first = ThaiSearch.search(searched, query)
        if (first.items.length && number === newest) {
          reply(query, first)
          shownAt = Date.now()
        }
      }
      return step(i + 1)
    }, function (error) {
      clearTimeout(timer)
      throw error
    })
  }
  return step(0).catch(function (error) {
    console.warn("Thai search failed for query: " + query, error)
    postMessage({ type: RESULT, data: { items: [] } })
  })
}

addEventListener("message", function (event) {
  var message = event.data
  if (message.type === SETUP) {
    queue = queue.then(function () { setup(message.data) })
  } else if (message.type === QUERY) {
    var number = ++newest
    queue = queue.then(function () { return answer(String(message.data || ""), number) })
  }
})
