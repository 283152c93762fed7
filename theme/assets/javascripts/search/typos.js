/*
 * Forgiving Thai search: when a query finds nothing or very little, lead to the words the
 * visitor meant (ทีดิน → ที่ดิน, งบประมาน → งบประมาณ, อนุญาติ → อนุญาต).
 *
 * Loaded after thai-search.js; defines `self.ThaiSearchTypos`. A guess is always one of the
 * index's own words (runs of one to four build-time words), found by its skeleton: tone marks
 * and thanthakhat dropped, letters that sound alike merged, long and short vowels merged;
 * failing that, by a small edit distance between skeletons. The guessed query is then searched
 * like a typed one, so a page is shown only when it holds the guessed word; its pages come
 * after every page that holds what was typed.
 */
(function (root) {
  "use strict"

  var ThaiSearch = root.ThaiSearch
  var BOUNDARY = "\u200b"
  /* A term found on fewer pages than this is looked at for a likelier spelling */
  var FEW = 3
  var LONGEST_RUN = 4       /* build-time words joined into one vocabulary entry at most */
  var VOCABULARY_CHARS = 3000000

  /* Letters a typist confuses, by sound; every one becomes the first of its group */
  var SOUND_ALIKE = {}
  ;["นณ", "สศษ", "ทฐฑฒธ", "ดฎ", "ตฏ", "ยญ", "ลฬ", "พภ", "คฆ", "ชฌ", "อฮ"].forEach(function (g) {
    for (var i = 1; i < g.length; i++)
      SOUND_ALIKE[g.charAt(i)] = g.charAt(0)
  })
  var VOWEL_ALIKE = { "\u0e35": "\u0e34", "\u0e37": "\u0e36", "\u0e39": "\u0e38" }
  /* tone marks, thanthakhat, maitaikhu, nikhahit: dropped */
  var SILENT = /[\u0e47-\u0e4e]/g
  var THAI_RUN = /[\u0e01-\u0e3a\u0e40-\u0e4e\u200b]+/g

  /** What is left of a Thai spelling once the usual slips are forgiven */
  function skeleton(text) {
    return text.replace(SILENT, "").replace(/[\u0e01-\u0e3a]/g, function (c) {
      return SOUND_ALIKE[c] || VOWEL_ALIKE[c] || c
    })
  }

  /** Edit distance of `a` and `b` (swaps of neighbours count one), or `limit + 1` above it */
  function distance(a, b, limit) {
    if (Math.abs(a.length - b.length) > limit)
      return limit + 1
    var before = null
    var prev = []
    for (var j = 0; j <= b.length; j++)
      prev.push(j)
    for (var i = 1; i <= a.length; i++) {
      var row = [i]
      var best = i
      for (j = 1; j <= b.length; j++) {
        var cost = a.charAt(i - 1) === b.charAt(j - 1) ? 0 : 1
        var d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost)
        if (before && i > 1 && j > 1 && a.charAt(i - 1) === b.charAt(j - 2) &&
            a.charAt(i - 2) === b.charAt(j - 1))
          d = Math.min(d, before[j - 2] + 1)
        row.push(d)
        best = Math.min(best, d)
      }
      if (best > limit)
        return limit + 1
      before = prev
      prev = row
    }
    return prev[b.length]
  }

  /**
   * The index's Thai words and runs of up to LONGEST_RUN neighbouring words, by skeleton:
   * Map(skeleton → Map(spelling → how often)). Made once per index, when first needed.
   */
  function vocabulary(index) {
    if (index.vocabulary)
      return index.vocabulary
    var counts = new Map()
    var chars = 0
    function addField(field) {
      chars += field.marked.length
      var runs = field.marked.match(THAI_RUN) || []
      for (var r = 0; r < runs.length; r++) {
        var words = runs[r].split(BOUNDARY).filter(Boolean)
        for (var i = 0; i < words.length; i++) {
          var joined = ""
          for (var k = i; k < Math.min(words.length, i + LONGEST_RUN); k++) {
            joined += words[k]
            counts.set(joined, (counts.get(joined) || 0) + 1)
          }
        }
      }
    }
    index.docs.forEach(function (doc) {
      addField(doc.title)
      addField(doc.text)
      doc.tags.forEach(addField)
    })
    /* Skeletons of distinct spellings only: a site repeats its words many times */
    var vocab = new Map()
    counts.forEach(function (count, word) {
      var key = skeleton(word)
      var spellings = vocab.get(key)
      if (!spellings)
        vocab.set(key, spellings = new Map())
      spellings.set(word, count)
    })
    index.vocabulary = vocab
    index.vocabularyChars = chars
    return vocab
  }

  /**
   * The vocabularies guesses come from: the first indexes (shards are searched newest year
   * first) up to about VOCABULARY_CHARS of text. A large site repeats its words from year to
   * year, so this holds its words at a bounded cost; the guess is then searched everywhere.
   */
  function vocabularies(indexes) {
    var chosen = []
    var chars = 0
    for (var i = 0; i < indexes.length && (i === 0 || chars < VOCABULARY_CHARS); i++) {
      chosen.push(vocabulary(indexes[i]))
      chars += indexes[i].vocabularyChars
    }
    return chosen
  }

  /** How many pages of `indexes` hold `term`, counting up to `cap` */
  function pagesHolding(indexes, term, cap) {
    var count = 0
    for (var x = 0; x < indexes.length && count < cap; x++) {
      var pages = indexes[x].pages
      for (var p = 0; p < pages.length && count < cap; p++) {
        var docs = pages[p].docs
        for (var d = 0; d < docs.length; d++) {
          var doc = docs[d]
          if (doc.title.folded.indexOf(term) !== -1 || doc.text.folded.indexOf(term) !== -1) {
            count++
            break
          }
        }
      }
    }
    return count
  }

  /** The index's likeliest spelling of a Thai `term`, or null when none is close enough */
  function guess(indexes, term) {
    if (!/^[\u0e01-\u0e4e]{2,}$/.test(term))
      return null
    var key = skeleton(term)
    var limit = key.length >= 8 ? 2 : key.length >= 4 ? 1 : 0
    var best = null
    function consider(spellings, dist) {
      spellings.forEach(function (count, word) {
        if (word === term)
          return
        if (!best || dist < best.dist || (dist === best.dist && count > best.count))
          best = { word: word, dist: dist, count: count }
      })
    }
    var vocabs = vocabularies(indexes)
    vocabs.forEach(function (vocab) {
      var exact = vocab.get(key)
      if (exact)
        consider(exact, 0)
    })
    if (!best && limit > 0) {
      vocabs.forEach(function (vocab) {
        vocab.forEach(function (spellings, other) {
          if (Math.abs(other.length - key.length) > limit)
            return
          var dist = distance(key, other, limit)
          if (dist <= limit)
            consider(spellings, dist)
        })
      })
    }
    return best ? best.word : null
  }

  /**
   * Search as ThaiSearch.search does; when the query finds fewer than FEW pages, add the
   * pages of the likeliest respelling after them and name it in `showing`.
   */
  function search(indexes, query) {
    indexes = [].concat(indexes)
    var result = ThaiSearch.search(indexes, query)
    if (result.items.length >= FEW)
      return result
    var terms = ThaiSearch.parseQuery(query)
    var changed = false
    var respelled = terms.map(function (term) {
      var text = term.text
      if (!term.exclude && pagesHolding(indexes, text, FEW) < FEW) {
        var word = guess(indexes, text)
        if (word !== null) {
          changed = true
          text = word
        }
      }
      return (term.exclude ? "-" : "") + (/\s/.test(text) ? "\"" + text + "\"" : text)
    })
    if (!changed)
      return result
    var showing = respelled.join(" ")
    var seen = {}
    result.items.forEach(function (item) { seen[item[0].location] = true })
    var floor = result.items.length
      ? Math.min.apply(null, result.items.map(function (item) { return item[0].score })) : 1
    var extra = ThaiSearch.search(indexes, showing).items.filter(function (item) {
      return !seen[item[0].location]
    })
    /* Guesses rank below every page that holds what was typed */
    extra.forEach(function (item, i) {
      var score = floor * 0.5 / (i + 2)
      item.forEach(function (doc, d) { doc.score = d === 0 ? score : Math.min(doc.score, score * 0.99) })
    })
    return {
      items: result.items.concat(extra),
      showing: extra.length ? showing : null
    }
  }

  root.ThaiSearchTypos = {
    skeleton: skeleton,
    distance: distance,
    guess: guess,
    vocabulary: vocabulary,
    search: search
  }
})(self)
