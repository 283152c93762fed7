/*
 * Thai search: match, rank and present results in the shape Material's search UI renders.
 *
 * Loaded by worker.js (importScripts) and by tests; defines `self.ThaiSearch`. Plain ES2018,
 * no build step. The index comes from ita_site/search/index.py: [location, title, text,
 * {tags, boost}?] with U+200B between Thai words.
 *
 * Matching needs no segmenter in the browser: a query term matches wherever the text contains
 * it (after the same normalisation as ita_site/search/normalize.py), so a Thai word is found
 * mid-sentence and inside compounds, and a page that lacks the term is never returned. Word
 * boundaries from the build only rank: a term that starts and ends on a boundary outranks one
 * found inside another word. Codes and numbers (O2, i1, 2568) must not run on into more
 * letters or digits, so O2 does not find O28.
 */
(function (root) {
  "use strict"

  /* Keep these classes identical to ita_site/search/normalize.py */
  var ZERO_WIDTH = /[\u00ad\u200b\u200c\u200d\u2060\ufeff]/g
  var ANY_SPACE =
    /[\t \x1f\xa0\u1680\u2000-\u200a\u202f\u205f\u3000\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]+/g
  var BOUNDARY = "\u200b"
  var THAI_LETTER = /[\u0e01-\u0e4f]/
  var ASCII_ALNUM = /[a-z0-9]/
  var WORD_CHAR = /[\p{L}\p{N}\p{M}]/u

  /* Ranking weights: page title first, then section titles and tags, then text */
  var PAGE_TITLE = 100
  var SECTION_TITLE = 20
  var TAG = 30
  var INSIDE_WORD = 0.3    /* weight of a match that does not start and end on a boundary */
  var MATCHES_COUNTED = 32  /* per field: beyond this, more of the same word adds little rank */

  /** Thai digits to Arabic, ASCII to lower case; same length (fold_for_match) */
  function fold(text) {
    return text.replace(/[\u0e50-\u0e59A-Z]/g, function (c) {
      var code = c.charCodeAt(0)
      return code >= 0x0e50 ? String.fromCharCode(code - 0x0e50 + 48) : c.toLowerCase()
    })
  }

  /** A typed query as matched: cleaned, folded, one space apart (normalize_query) */
  function normalizeQuery(query) {
    var text = query.replace(ZERO_WIDTH, "").normalize("NFC")
      .replace(/\u0e4d\u0e32/g, "\u0e33")
      .replace(/\u0e40\u0e40/g, "\u0e41")
      .replace(ANY_SPACE, " ")
      .replace(/^ +| +$/g, "")
    return fold(text)
  }

  /**
   * The terms of a query: words split at spaces, "quoted phrases" kept whole, a leading -
   * excludes, lunr's * ~ ^ + marks are dropped. Terms without a letter or digit are ignored.
   */
  function parseQuery(query) {
    var terms = []
    var text = normalizeQuery(query)
    var pattern = /(-?)"([^"]*)"|(\S+)/g
    var match
    while ((match = pattern.exec(text)) !== null) {
      var exclude = match[1] === "-"
      var value = match[2] !== undefined ? match[2] : match[3]
      if (match[3] !== undefined && value.charAt(0) === "-" && value.length > 1) {
        exclude = true
        value = value.slice(1)
      }
      value = value.replace(/"/g, "").replace(/^[+*~^]+|[*~^]+$|[~^]\d+$/g, "").trim()
      if (!WORD_CHAR.test(value))
        continue
      if (!terms.some(function (t) { return t.text === value && t.exclude === exclude }))
        terms.push(makeTerm(value, exclude))
    }
    return terms
  }

  function makeTerm(text, exclude) {
    var last = text.charAt(text.length - 1)
    var isCode = /^[a-z0-9]+$/.test(text) && /[0-9]/.test(text)
    return {
      text: text,
      exclude: exclude,
      /* codes, numbers and Latin words start at the start of a word, never inside one */
      fromWordStart: ASCII_ALNUM.test(text.charAt(0)),
      /* numbers and codes end where the word ends: O2 must not find O28 */
      toWordEnd: /[0-9]/.test(last) || isCode
    }
  }

  /**
   * Offsets where `term` occurs in `hay` and its edges are allowed: from offset `from` (0)
   * to `until` (the end), at most `limit` of them (all). A yearly report repeats a word
   * thousands of times; ranking and snippets need only the first few.
   */
  function occurrences(hay, term, from, until, limit) {
    var found = []
    var needle = term.text
    var stop = until === undefined ? hay.length : until
    var most = limit === undefined ? Infinity : limit
    var at = hay.indexOf(needle, from || 0)
    while (at !== -1 && at < stop && found.length < most) {
      var end = at + needle.length
      var ok = true
      if (term.fromWordStart && at > 0 && ASCII_ALNUM.test(hay.charAt(at - 1)))
        ok = false
      if (ok && term.toWordEnd && end < hay.length) {
        var next = hay.charAt(end)
        ok = /[0-9]$/.test(needle) ? !/[0-9]/.test(next) : !ASCII_ALNUM.test(next)
      }
      if (ok)
        found.push(at)
      at = hay.indexOf(needle, at + 1)
    }
    return found
  }

  /* ------------------------------------------------------------------------
   * Index
   * --------------------------------------------------------------------- */

  /**
   * A field as stored (with U+200B) and as matched (without, folded). The text as shown and
   * the boundary table are made when a result needs them: a large index then holds two
   * copies of its text in memory, not four.
   */
  function makeField(marked) {
    var folded = fold(marked.indexOf(BOUNDARY) === -1 ? marked : marked.split(BOUNDARY).join(""))
    return { marked: marked, folded: folded, shown: null, marks: null }
  }

  /** The field's text as shown: as stored, without boundary marks */
  function plainOf(field) {
    if (field.shown === null)
      field.shown = field.marked.split(BOUNDARY).join("")
    return field.shown
  }

  /** Offsets (in the plain text) where the build marked a word boundary */
  function marksOf(field) {
    if (field.marks === null) {
      var marks = new Uint8Array(field.folded.length + 1)
      for (var i = 0, p = 0; i < field.marked.length; i++) {
        if (field.marked.charAt(i) === BOUNDARY)
          marks[p] = 1
        else
          p++
      }
      field.marks = marks
    }
    return field.marks
  }

  /** Whether a word may begin or end at offset `p` of `field` (folding keeps letter classes) */
  function isBoundary(field, p) {
    var text = field.folded
    if (p <= 0 || p >= text.length)
      return true
    var a = text.charAt(p - 1)
    var b = text.charAt(p)
    var thaiA = THAI_LETTER.test(a)
    var thaiB = THAI_LETTER.test(b)
    if (thaiA && thaiB)
      return marksOf(field)[p] === 1
    if (thaiA || thaiB)
      return true
    return !(WORD_CHAR.test(a) && WORD_CHAR.test(b))
  }

  /**
   * Prepare the index for searching: documents with folded fields, grouped into pages.
   * A page is its first document (the article, location without "#") and its sections.
   */
  function createIndex(data) {
    var docs = []
    var pages = []
    var pageOf = new Map()
    data.docs.forEach(function (entry) {
      var extra = entry[3] || {}
      var doc = {
        location: entry[0],
        title: makeField(entry[1] || ""),
        text: makeField(entry[2] || ""),
        tags: (extra.tags || []).map(makeField),
        boost: typeof extra.boost === "number" ? extra.boost : 1
      }
      var path = doc.location.split("#")[0]
      var page = pageOf.get(path)
      if (page === undefined) {
        var year = /^(\d{4})\//.exec(path)
        /* equal scores: pages outside year folders, then the newest year, come first */
        page = { location: path, docs: [], year: year ? +year[1] : 9999 }
        pageOf.set(path, page)
        pages.push(page)
      }
      doc.isArticle = page.docs.length === 0
      page.docs.push(doc)
      docs.push(doc)
    })
    return { docs: docs, pages: pages }
  }

  /**
   * Index entries from Material's own search_index.json documents, for a site whose index was
   * not rewritten by ita_site: no word boundaries (ranking is coarser), matching is the same.
   */
  function fromMaterialDocs(docs) {
    var entities = { amp: "&", lt: "<", gt: ">", quot: "\"", "#39": "'", "#x27": "'" }
    function plain(html) {
      return String(html || "")
        .replace(/<\/?(?:p|li|ol|ul|pre|table|tr|td|th|h[1-6]|div|br)\b[^>]*>/gi, "\n")
        .replace(/<[^>]*>/g, "")
        .replace(/&(amp|lt|gt|quot|#39|#x27);/g, function (_, name) { return entities[name] })
        .replace(ZERO_WIDTH, "")
        .replace(/[\t \xa0\u2000-\u200a\u202f\u205f\u3000]+/g, " ")
        .replace(/ *\n[ \n]*/g, "\n")
        .replace(/^[ \n]+|[ \n]+$/g, "")
    }
    return {
      docs: docs.map(function (doc) {
        return [doc.location, plain(doc.title).replace(/\n/g, " "), plain(doc.text)]
      })
    }
  }

  /* ------------------------------------------------------------------------
   * Search
   * --------------------------------------------------------------------- */

  /** Matches of one term in one field: offsets and how well they sit on word boundaries */
  function fieldMatches(field, term) {
    var at = occurrences(field.folded, term, 0, undefined, MATCHES_COUNTED)
    var aligned = 0
    for (var i = 0; i < at.length; i++)
      if (isBoundary(field, at[i]) && isBoundary(field, at[i] + term.text.length))
        aligned++
    return { at: at, aligned: aligned, inside: at.length - aligned }
  }

  function fieldWeight(m) {
    return m.at.length === 0 ? 0 : m.aligned > 0 ? 1 : 0.5
  }

  function textWeight(m) {
    return Math.log2(1 + m.aligned + INSIDE_WORD * m.inside)
  }

  /** Whether the text of `page` contains `needle` anywhere (edges not checked) */
  function mayHold(page, needle) {
    for (var d = 0; d < page.docs.length; d++) {
      var doc = page.docs[d]
      if (doc.title.folded.indexOf(needle) !== -1 || doc.text.folded.indexOf(needle) !== -1)
        return true
      for (var t = 0; t < doc.tags.length; t++)
        if (doc.tags[t].folded.indexOf(needle) !== -1)
          return true
    }
    return false
  }

  /** Score one page for the query, or null when it lacks a term or has an excluded one */
  function scorePage(page, terms) {
    var required = terms.filter(function (t) { return !t.exclude })
    /* Most pages lack a term: tell so with one plain scan before any ranking work */
    for (var r = 0; r < required.length; r++)
      if (!mayHold(page, required[r].text))
        return null
    var docScores = page.docs.map(function () { return 0 })
    var score = 0
    for (var k = 0; k < terms.length; k++) {
      var term = terms[k]
      var present = false
      var termScore = 0
      var textHits = 0
      for (var d = 0; d < page.docs.length; d++) {
        var doc = page.docs[d]
        var title = fieldMatches(doc.title, term)
        var text = fieldMatches(doc.text, term)
        var tagWeight = 0
        doc.tags.forEach(function (tag) {
          tagWeight = Math.max(tagWeight, fieldWeight(fieldMatches(tag, term)))
        })
        if (title.at.length || text.at.length || tagWeight)
          present = true
        var titleScore = fieldWeight(title) * (doc.isArticle ? PAGE_TITLE : SECTION_TITLE)
        termScore = Math.max(termScore, titleScore + TAG * tagWeight)
        textHits += text.aligned + INSIDE_WORD * text.inside
        docScores[d] += (titleScore + TAG * tagWeight + textWeight(text)) * doc.boost
      }
      if (term.exclude && present)
        return null
      if (!term.exclude && !present)
        return null
      if (!term.exclude)
        score += termScore + 5 * Math.log2(1 + textHits)
    }
    if (required.length === 0)
      return null
    return { score: score * page.docs[0].boost, docScores: docScores }
  }

  /**
   * Search one index or a list of them (shards, searched in order). Returns Material's
   * SearchResult: `items` is a list of pages, each a list whose first item is the page
   * (article) and the rest its matching sections.
   */
  function search(indexes, query) {
    var terms = parseQuery(query)
    var wanted = terms.filter(function (t) { return !t.exclude })
    if (wanted.length === 0)
      return { items: [] }
    var hits = []
    var order = 0
    ;[].concat(indexes).forEach(function (index) {
      index.pages.forEach(function (page) {
        var scored = scorePage(page, terms)
        if (scored !== null)
          hits.push({ page: page, order: order, score: scored.score, docScores: scored.docScores })
        order++
      })
    })
    hits.sort(function (a, b) {
      return b.score - a.score || b.page.year - a.page.year || a.order - b.order
    })
    var termMap = {}
    wanted.forEach(function (t) { termMap[t.text] = true })
    return {
      items: hits.map(function (hit) { return present(hit, wanted, termMap) })
    }
  }

  /** The result items of one page: the article with the best snippet, then other sections */
  function present(hit, terms, termMap) {
    var docs = hit.page.docs
    function textHasTerm(doc) {
      return terms.some(function (t) { return occurrences(doc.text.folded, t, 0, undefined, 1).length > 0 })
    }
    /* The page's teaser: its own text when that holds a term, else its best matching section */
    var article = docs[0]
    var snippetFrom = article
    if (!textHasTerm(article)) {
      var best = -1
      for (var d = 1; d < docs.length; d++)
        if ((best === -1 || hit.docScores[d] > hit.docScores[best]) && textHasTerm(docs[d]))
          best = d
      if (best !== -1)
        snippetFrom = docs[best]
    }
    var items = [{
      location: article.location,
      title: highlight(article.title, terms, 0, article.title.folded.length),
      text: snippet(snippetFrom.text, terms),
      /* Material puts every string of a result into innerHTML: tags are text, escape them */
      tags: article.tags.length
        ? article.tags.map(function (tag) { return escapeHTML(plainOf(tag)) }) : undefined,
      score: hit.score,
      terms: termMap
    }]
    var sections = []
    for (var s = 1; s < docs.length; s++) {
      if (docs[s] === snippetFrom || hit.docScores[s] <= 0)
        continue
      sections.push({
        location: docs[s].location,
        title: highlight(docs[s].title, terms, 0, docs[s].title.folded.length),
        text: snippet(docs[s].text, terms),
        score: Math.min(hit.docScores[s], hit.score * 0.99),
        terms: termMap
      })
    }
    sections.sort(function (a, b) { return b.score - a.score })
    return items.concat(sections)
  }

  /* ------------------------------------------------------------------------
   * Presentation
   * --------------------------------------------------------------------- */

  var SNIPPET_BEFORE = 40
  var SNIPPET_LENGTH = 160

  function escapeHTML(text) {
    return text.replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;" }[c]
    })
  }

  /** Field text from `start` to `end`, escaped, every term occurrence in <mark> */
  function highlight(field, terms, start, end) {
    var spans = []
    terms.forEach(function (term) {
      occurrences(field.folded, term, Math.max(0, start - term.text.length + 1), end).forEach(function (at) {
        var to = at + term.text.length
        if (at < end && to > start)
          spans.push([Math.max(at, start), Math.min(to, end)])
      })
    })
    spans.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1] })
    var shown = plainOf(field)
    var out = ""
    var cursor = start
    spans.forEach(function (span) {
      if (span[0] < cursor)
        span[0] = cursor
      if (span[1] <= span[0])
        return
      out += escapeHTML(shown.slice(cursor, span[0]))
      out += "<mark>" + escapeHTML(shown.slice(span[0], span[1])) + "</mark>"
      cursor = span[1]
    })
    out += escapeHTML(shown.slice(cursor, end))
    return out.replace(/\n/g, " · ")
  }

  /** Move `p` by at most `limit` characters in direction `step` to a word boundary */
  function toBoundary(field, p, step, limit) {
    for (var i = 0; i < limit; i++, p += step)
      if (isBoundary(field, p))
        return p
    return p
  }

  /** A short passage of the field around its first (preferably whole-word) match */
  function snippet(field, terms) {
    var text = field.folded
    if (text.length === 0)
      return ""
    var anchor = -1
    terms.forEach(function (term) {
      var m = fieldMatches(field, term)
      m.at.forEach(function (at) {
        var whole = isBoundary(field, at) && isBoundary(field, at + term.text.length)
        var rank = at - (whole ? text.length : 0)
        if (anchor === -1 || rank < anchor.rank)
          anchor = { at: at, rank: rank }
      })
    })
    var at = anchor === -1 ? 0 : anchor.at
    var start = at <= SNIPPET_BEFORE ? 0 : toBoundary(field, at - SNIPPET_BEFORE, 1, 20)
    var end = Math.min(text.length, start + SNIPPET_LENGTH)
    if (end < text.length)
      end = Math.max(toBoundary(field, end, -1, 20), at + 1)
    return "<p>" + (start > 0 ? "… " : "") + highlight(field, terms, start, end) +
      (end < text.length ? " …" : "") + "</p>"
  }

  root.ThaiSearch = {
    fold: fold,
    normalizeQuery: normalizeQuery,
    parseQuery: parseQuery,
    createIndex: createIndex,
    fromMaterialDocs: fromMaterialDocs,
    search: search
  }
})(self)
