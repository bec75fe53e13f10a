/* dossier search: full text and filters by company, role, level, skill,
   location, remote, status and salary, in the browser, offline, no
   dependencies. The index is made by src/render/search/ and split so that
   a search fetches only what it shows: search-index.json (tags, filter
   values), search-index/facets.json.gz (each filter value's documents),
   search-index/words-N.json.gz (the words of one shard, fetched for the
   query's words) and search-index/docs-N.json.gz (fetched for the results
   on screen), the last three gzip-compressed JSON. The words of a query
   are split the way the index splits the documents' text. */
(function () {
  'use strict';
  var root = document.getElementById('search');
  if (!root || !window.fetch || !window.URLSearchParams || !window.Promise ||
      !window.DecompressionStream) return;

  var VERSION = 3;        /* the index format this script reads */
  var PAGE = 20;          /* results shown at a time */
  var FACET_TOP = 8;      /* filter values shown before "Show all" */
  var SNIPPET = 90;       /* characters of context each side of a match */
  var MAX_WORD = 32;
  /* Within companies, roles, levels and the fields a document needs one of
     the ticked values (it usually has one); within skills and tags it
     needs all of them. Tag groups come in the index's order of kinds. */
  var TAG_GROUPS = [
    { kind: 0, param: 'company', label: 'Companies', mode: 'any' },
    { kind: 1, param: 'role', label: 'Roles', mode: 'any' },
    { kind: 2, param: 'level', label: 'Levels', mode: 'any' },
    { kind: 3, param: 'skill', label: 'Skills', mode: 'all' },
    { kind: 4, param: 'tag', label: 'Tags', mode: 'all' }
  ];
  var FIELD_PARAMS = ['location', 'remote', 'status'];
  var PARAMS = TAG_GROUPS.map(function (g) { return g.param; }).concat(FIELD_PARAMS);
  var SALARY_MIN = 'salary_min', SALARY_MAX = 'salary_max';
  var ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  var VALUE = new Int8Array(128).fill(-1);
  for (var a = 0; a < 64; a++) VALUE[ALPHABET.charCodeAt(a)] = a;

  var base = root.getAttribute('data-base') || '/';
  var indexUrl = root.getAttribute('data-index');
  var dirUrl = indexUrl.replace(/\.json$/, '/');
  var form = root.querySelector('form');
  var input = document.getElementById('search-q');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-list');
  var more = document.getElementById('search-more');
  var filters = document.getElementById('search-filters');
  var facetsEl = document.getElementById('search-facets');

  var index = null;        /* meta, facets and what is decoded from them */
  var loading = null;      /* the promise of it */
  var files = new Map();   /* index file → promise of its JSON */
  var decoded = new Map(); /* query word → its documents and title documents */
  var snippets = new Map(); /* document path → its text, fetched for snippets */
  var state = { q: '', sel: {}, salary: [null, null] };
  PARAMS.forEach(function (p) { state.sel[p] = new Set(); });
  var shown = PAGE;
  var results = [];
  var generation = 0;
  var groupUi = [];
  var salaryUi = null;

  /* ------------------------------------------------------------ words */
  var WORD = /[\p{Alphabetic}\p{N}]+[+#]*/gu;
  function words(text) {
    var out = [];
    var m = text.toLowerCase().match(WORD) || [];
    for (var i = 0; i < m.length; i++) if (Array.from(m[i]).length <= MAX_WORD) out.push(m[i]);
    return out;
  }

  /* The shard of a word: FNV-1a of its first two code points, mixed (see
     word_shard in src/render/search/pack.rs). */
  function wordShard(word, shards) {
    var h = 0x811c9dc5, i = 0;
    for (var ch of word) {
      if (i++ === 2) break;
      h = Math.imul((h ^ ch.codePointAt(0)) >>> 0, 0x01000193) >>> 0;
    }
    h = Math.imul((h ^ (h >>> 16)) >>> 0, 0x85ebca6b) >>> 0;
    h = Math.imul((h ^ (h >>> 13)) >>> 0, 0xc2b2ae35) >>> 0;
    h = (h ^ (h >>> 16)) >>> 0;
    return h % shards;
  }

  /* ------------------------------------------------------------ packed ids */
  function unpack(s, n, into) {
    if (s.charCodeAt(0) === 42 /* * */) {
      for (var i = 1; i < s.length; i++) {
        var v = VALUE[s.charCodeAt(i)], at = (i - 1) * 6;
        for (var b = 0; b < 6; b++) if (v & (1 << b) && at + b < n) into(at + b);
      }
      return;
    }
    var prev = -1, gap = 0, shift = 0;
    for (var j = 0; j < s.length; j++) {
      var w = VALUE[s.charCodeAt(j)];
      gap += (w & 31) * Math.pow(2, shift);
      if (w & 32) { shift += 5; } else { prev += gap; into(prev); gap = 0; shift = 0; }
    }
  }

  function ids(s, n) {
    var out = [];
    unpack(s, n, function (d) { out.push(d); });
    return Int32Array.from(out);
  }

  /* ------------------------------------------------------------ loading */
  /* JSON, inflated first when it comes gzip-compressed (a `.gz` file the
     host did not already decode for the browser). */
  function fetchJson(url) {
    if (!files.has(url)) {
      var p = fetch(url, { credentials: 'same-origin' }).then(function (r) {
        if (!r.ok) throw new Error('HTTP ' + r.status);
        return r.arrayBuffer();
      }).then(function (buf) {
        var b = new Uint8Array(buf);
        if (b[0] !== 0x1f || b[1] !== 0x8b) return JSON.parse(new TextDecoder().decode(b));
        return new Response(new Blob([b]).stream().pipeThrough(new DecompressionStream('gzip'))).json();
      });
      p.catch(function () { files.delete(url); });
      files.set(url, p);
    }
    return files.get(url);
  }

  /* Fetches the index's entry and facets once; `waiting` says someone
     waits for results. */
  function load(waiting) {
    if (loading) return loading;
    if (waiting) status.textContent = 'Loading the index…';
    loading = Promise.all([fetchJson(indexUrl), fetchJson(dirUrl + 'facets.json.gz')])
      .then(function (got) {
        var meta = got[0], facets = got[1];
        if (meta.v !== VERSION) throw new Error('index version ' + meta.v + ', this page reads ' + VERSION);
        index = decode(meta, facets);
        buildFacets();
        return index;
      })
      .catch(function (e) {
        loading = null;
        status.textContent = 'The search index could not be loaded (' + e.message + '). Browse by tag instead.';
        throw e;
      });
    return loading;
  }

  /* The filter groups with each value's documents, and each document's
     company and role (shown in the results). */
  function decode(meta, facets) {
    var n = meta.n;
    var groups = TAG_GROUPS.map(function (g) {
      return { param: g.param, label: g.label, mode: g.mode, values: [] };
    });
    var docTags = new Array(n);
    meta.tags.forEach(function (t, id) {
      var docs = ids(facets.tags[id], n);
      groups[t[0]].values.push({ name: t[1], slug: t[2], docs: docs });
      if (t[0] < 2) for (var i = 0; i < docs.length; i++) (docTags[docs[i]] || (docTags[docs[i]] = [])).push(id);
    });
    meta.fields.forEach(function (f, k) {
      groups.push({
        param: f.key, label: f.label, mode: 'any',
        values: f.values.map(function (v, i) { return { name: v[0], slug: v[1], docs: ids(facets.fields[k][i], n) }; })
      });
    });
    groups.forEach(function (g) {
      g.bySlug = new Map();
      g.values.forEach(function (v, i) { g.bySlug.set(v.slug, i); });
    });
    var salary = null;
    if (meta.salary && facets.salary) {
      var s = facets.salary, at = 0;
      salary = { range: meta.salary, min: new Float64Array(n).fill(-1), max: new Float64Array(n) };
      unpack(s.docs, n, function (d) {
        salary.min[d] = s.min[at];
        salary.max[d] = s.max[at] || Infinity;
        at++;
      });
    }
    return { meta: meta, n: n, tags: meta.tags, groups: groups, docTags: docTags, salary: salary, docs: [] };
  }

  /* The records of the documents ranked `from` to `to`, fetched. */
  function loadDocs(from, to) {
    var chunk = index.meta.chunk, need = new Set();
    for (var i = from; i < to; i++) {
      var d = results[i];
      if (!index.docs[d]) need.add(Math.floor(d / chunk));
    }
    return Promise.all(Array.from(need).map(function (c) {
      return fetchJson(dirUrl + 'docs-' + c + '.json.gz').then(function (r) {
        for (var i = 0; i < r.path.length; i++) index.docs[c * chunk + i] = [r.path[i], r.title[i], r.date[i], r.summary[i]];
      });
    }));
  }

  /* Documents of the words that start with `term` (only the word itself
     for a one-character term, which would match nearly everything), and
     those whose title has such a word, as 0/1 arrays; the last few terms
     are kept, as typing repeats them. */
  function termDocs(term) {
    var hit = decoded.get(term);
    if (hit) return Promise.resolve(hit);
    var shard = wordShard(term, index.meta.shards);
    return fetchJson(dirUrl + 'words-' + shard + '.json.gz').then(function (data) {
      var all = data.w, lo = 0, hi = all.length;
      while (lo < hi) { var mid = (lo + hi) >> 1; if (all[mid] < term) lo = mid + 1; else hi = mid; }
      var n = index.n, docs = new Uint8Array(n), titles = new Uint8Array(n);
      var markDoc = function (d) { docs[d] = 1; };
      var markTitle = function (d) { titles[d] = 1; };
      var exact = Array.from(term).length < 2;
      for (var w = lo; w < all.length && all[w].lastIndexOf(term, 0) === 0; w++) {
        if (exact && all[w] !== term) break;
        unpack(data.p[w], n, markDoc);
        if (data.t[w]) unpack(data.t[w], n, markTitle);
      }
      var out = { docs: docs, titles: titles };
      if (decoded.size >= 32) decoded.delete(decoded.keys().next().value);
      decoded.set(term, out);
      return out;
    });
  }

  /* ------------------------------------------------------------ search */
  /* Searches with the state; `waiting` says someone waits for results
     (not so when the page loads with nothing asked). */
  function search(waiting) {
    var gen = ++generation;
    var terms = words(state.q);
    return load(waiting !== false)
      .then(function () { return Promise.all(terms.map(termDocs)); })
      .then(function (found) {
        if (gen !== generation) return;
        run(terms, found);
        return loadDocs(0, Math.min(shown, results.length)).then(function () {
          if (gen === generation) render(terms);
        });
      })
      .catch(function (e) {
        if (index) status.textContent = 'Part of the search index could not be loaded (' + e.message + ').';
      });
  }

  function run(terms, found) {
    var t0 = performance.now();
    var n = index.n, groups = index.groups;
    var text = null;
    found.forEach(function (f) {
      if (text) { for (var d = 0; d < n; d++) text[d] &= f.docs[d]; } else text = f.docs.slice();
    });
    /* For each group with ticks, the documents that pass it. */
    var pass = groups.map(function (g) { return passing(g, state.sel[g.param], n); });
    var lo = state.salary[0], hi = state.salary[1];
    var salaryPass = null;
    if (index.salary && (lo !== null || hi !== null)) {
      var s = index.salary;
      salaryPass = new Uint8Array(n);
      for (var d = 0; d < n; d++) {
        if (s.min[d] >= 0 && s.max[d] >= (lo === null ? 0 : lo) && s.min[d] <= (hi === null ? Infinity : hi)) salaryPass[d] = 1;
      }
    } else if (lo !== null || hi !== null) {
      salaryPass = new Uint8Array(n);
    }
    /* How many tests each document fails (text, each group, salary). */
    var failing = new Uint8Array(n), failedGroup = new Int8Array(n).fill(-1);
    for (var doc = 0; doc < n; doc++) {
      if (text && !text[doc]) failing[doc] = 2;
      if (salaryPass && !salaryPass[doc]) failing[doc] = 2;
    }
    pass.forEach(function (p, k) {
      if (!p) return;
      for (var d = 0; d < n; d++) if (!p[d]) { failing[d]++; failedGroup[d] = k; }
    });
    results = [];
    for (var r = 0; r < n; r++) if (failing[r] === 0) results.push(r);
    /* Each number is how many documents the list shows with that box
       ticked. In an "all" group, or one without ticks, that is the results
       carrying the value. In an "any" group with ticks, ticking one more
       keeps every result and adds the documents that failed only for want
       of it. */
    var counts = groups.map(function (g, k) {
      var widen = g.mode === 'any' && pass[k];
      return g.values.map(function (v) {
        var shownNow = 0, added = 0, docs = v.docs;
        for (var i = 0; i < docs.length; i++) {
          var d = docs[i];
          if (failing[d] === 0) shownNow++;
          else if (widen && failing[d] === 1 && failedGroup[d] === k) added++;
        }
        if (!widen) return shownNow;
        var ticked = state.sel[g.param].has(v.slug);
        return shownNow + added > 0 || ticked ? results.length + added : 0;
      });
    });
    if (terms.length) rank(found);
    shown = PAGE;
    updateFacets(counts);
    root.setAttribute('data-search-ms', (performance.now() - t0).toFixed(1));
  }

  /* The documents that pass group `g` with `wanted` ticked, or null when
     nothing is ticked. A slug the index does not know matches nothing. */
  function passing(g, wanted, n) {
    if (!wanted.size) return null;
    var hits = new Uint8Array(n), need = g.mode === 'any' ? 1 : wanted.size;
    wanted.forEach(function (slug) {
      var i = g.bySlug.get(slug);
      if (i === undefined) return;
      var docs = g.values[i].docs;
      for (var j = 0; j < docs.length; j++) if (hits[docs[j]] < 255) hits[docs[j]]++;
    });
    for (var d = 0; d < n; d++) hits[d] = hits[d] >= need ? 1 : 0;
    return hits;
  }

  /* Documents whose title holds more of the query's words come first;
     otherwise the index order (newest first) stays. */
  function rank(found) {
    var score = new Map();
    results.forEach(function (d) {
      var s = 0;
      for (var i = 0; i < found.length; i++) s += found[i].titles[d];
      score.set(d, s);
    });
    results.sort(function (a, b) { return score.get(b) - score.get(a) || a - b; });
  }

  /* ------------------------------------------------------------ results */
  function render(terms) {
    list.textContent = '';
    var frag = document.createDocumentFragment();
    var end = Math.min(shown, results.length);
    for (var i = 0; i < end; i++) frag.appendChild(item(results[i], terms));
    list.appendChild(frag);
    more.hidden = results.length <= shown;
    var what = results.length === 1 ? '1 document' : results.length + ' documents';
    var filtered = terms.length || state.salary[0] !== null || state.salary[1] !== null ||
      PARAMS.some(function (p) { return state.sel[p].size; });
    status.textContent = filtered
      ? what + ' match' + (results.length === 1 ? 'es' : '') + (results.length > shown ? ', showing the first ' + shown + '.' : '.')
      : what + ', newest first. Type words or tick filters to narrow them.';
    /* For measuring what a search fetches before it shows results. */
    if (performance.mark) performance.mark('search-results');
    fetchSnippets(terms, generation);
  }

  function item(d, terms) {
    var doc = index.docs[d];
    var li = document.createElement('li');
    var a = document.createElement('a');
    a.className = 'doc-title';
    a.href = base + doc[0];
    highlight(a, doc[1], terms);
    li.appendChild(a);
    var meta = [];
    if (doc[2]) meta.push(doc[2]);
    (index.docTags[d] || []).forEach(function (t) {
      var tag = index.tags[t];
      if (meta.length < 3 && doc[1].indexOf(tag[1]) < 0) meta.push(tag[1]);
    });
    if (meta.length) {
      var p = document.createElement('p');
      p.className = 'doc-meta';
      p.textContent = meta.join(' · ');
      li.appendChild(p);
    }
    var s = document.createElement('p');
    s.className = 'doc-summary';
    s.setAttribute('data-path', doc[0]);
    highlight(s, doc[3], terms);
    li.appendChild(s);
    return li;
  }

  /* Appends `text` to `el` with the words that start with a query word marked. */
  function highlight(el, text, terms) {
    if (!terms.length) { el.textContent = text; return; }
    var re = new RegExp('(^|[^\\p{Alphabetic}\\p{N}])(' + terms.map(escapeRe).join('|') + ')', 'giu');
    var last = 0, m;
    while ((m = re.exec(text))) {
      var start = m.index + m[1].length;
      el.appendChild(document.createTextNode(text.slice(last, start)));
      var mark = document.createElement('mark');
      mark.textContent = m[2];
      el.appendChild(mark);
      last = start + m[2].length;
      if (m[0].length === 0) re.lastIndex++;
    }
    el.appendChild(document.createTextNode(text.slice(last)));
  }

  function escapeRe(s) { return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'); }

  /* A summary without the query's words gives way to a passage of the
     document around the first match, read from the document's own page. */
  function fetchSnippets(terms, gen) {
    if (!terms.length) return;
    var nodes = list.querySelectorAll('.doc-summary');
    Array.prototype.slice.call(nodes, 0, 10).forEach(function (p) {
      if (p.querySelector('mark')) return;
      var path = p.getAttribute('data-path');
      textOf(path).then(function (text) {
        if (gen !== generation || !text) return;
        var passage = around(text, terms);
        if (!passage) return;
        p.textContent = '';
        highlight(p, passage, terms);
      }, function () {});
    });
  }

  function textOf(path) {
    if (!snippets.has(path)) {
      snippets.set(path, fetch(base + path).then(function (r) { return r.ok ? r.text() : ''; })
        .then(function (html) {
          var page = new DOMParser().parseFromString(html, 'text/html');
          var body = page.querySelector('.doc-body');
          return body ? plainText(body) : '';
        }));
    }
    return snippets.get(path);
  }

  /* The text of a document body on one line. Where a line, heading, item
     or paragraph ends without punctuation, a " · " keeps it apart from the
     next (a posting's title from its company line); anchors are dropped. */
  var BLOCK = /^(P|LI|H[1-6]|DT|DD|TD|TH|BLOCKQUOTE|PRE|TR|FIGCAPTION)$/;
  function plainText(body) {
    var out = '';
    function end() {
      out = out.replace(/\s+$/, '');
      if (out) out += /[.!?:;,·|—–-]$/.test(out) ? ' ' : ' · ';
    }
    (function walk(node) {
      for (var n = node.firstChild; n; n = n.nextSibling) {
        if (n.nodeType === 3) out += n.nodeValue;
        else if (n.nodeType !== 1 || n.classList.contains('anchor')) continue;
        else if (n.tagName === 'BR') end();
        else if (BLOCK.test(n.tagName)) { end(); walk(n); end(); }
        else walk(n);
      }
    })(body);
    return out.replace(/\s+/g, ' ').replace(/ · $/, '').trim();
  }

  function around(text, terms) {
    var re = new RegExp('(^|[^\\p{Alphabetic}\\p{N}])(' + terms.map(escapeRe).join('|') + ')', 'iu');
    var m = re.exec(text);
    if (!m) return '';
    var at = m.index + m[1].length;
    var start = Math.max(0, text.lastIndexOf(' ', Math.max(0, at - SNIPPET)));
    var end = text.indexOf(' ', Math.min(text.length, at + SNIPPET));
    if (end < 0) end = text.length;
    return (start > 0 ? '… ' : '') + text.slice(start, end).trim() + (end < text.length ? ' …' : '');
  }

  /* ------------------------------------------------------------ filters */
  function buildFacets() {
    facetsEl.textContent = '';
    index.groups.forEach(function (g, k) {
      if (!g.values.length) return;
      var order = g.values.map(function (v, i) { return i; });
      /* Tag groups by how many documents have the value; remote and status
         in their own order. */
      if (g.param !== 'remote' && g.param !== 'status') {
        order.sort(function (a, b) {
          var va = g.values[a], vb = g.values[b];
          return vb.docs.length - va.docs.length || (va.name < vb.name ? -1 : va.name > vb.name ? 1 : 0);
        });
      }
      var fieldset = document.createElement('fieldset');
      fieldset.className = 'facet';
      var legend = document.createElement('legend');
      legend.textContent = g.label + (g.mode === 'all' ? ' (all of)' : g.values.length > 1 ? ' (any of)' : '');
      fieldset.appendChild(legend);
      /* One string for the whole list: much faster than an element at a time. */
      var ul = document.createElement('ul');
      ul.innerHTML = order.map(function (i) {
        var v = g.values[i];
        return '<li hidden><label><input type="checkbox" name="' + g.param + '" value="' +
          escapeHtml(v.slug) + '"> ' + escapeHtml(v.name) + ' <span class="count"></span></label></li>';
      }).join('');
      var items = order.map(function (i, at) {
        var li = ul.children[at];
        return { i: i, li: li, box: li.querySelector('input'), count: li.querySelector('.count') };
      });
      fieldset.appendChild(ul);
      var toggle = document.createElement('button');
      toggle.type = 'button';
      toggle.className = 'facet-toggle';
      var ui = { group: k, items: items, open: false, toggle: toggle };
      toggle.addEventListener('click', function () {
        ui.open = !ui.open;
        toggle.setAttribute('aria-expanded', String(ui.open));
        updateFacets(null);
      });
      toggle.setAttribute('aria-expanded', 'false');
      fieldset.appendChild(toggle);
      facetsEl.appendChild(fieldset);
      groupUi.push(ui);
    });
    if (index.salary) facetsEl.appendChild(salaryFacet(index.salary.range));
  }

  /* Two number boxes for a yearly salary range, in the main currency. */
  function salaryFacet(range) {
    var fieldset = document.createElement('fieldset');
    fieldset.className = 'facet facet-salary';
    var legend = document.createElement('legend');
    legend.textContent = 'Salary a year (' + range.currency + ')';
    fieldset.appendChild(legend);
    var boxes = [['From', SALARY_MIN, 0], ['To', SALARY_MAX, 1]].map(function (b) {
      var label = document.createElement('label');
      var box = document.createElement('input');
      box.type = 'number';
      box.name = b[1];
      box.min = '0';
      box.step = '1000';
      box.inputMode = 'numeric';
      box.placeholder = (b[2] ? range.max : range.min).toLocaleString('en');
      box.value = state.salary[b[2]] === null ? '' : String(state.salary[b[2]]);
      label.appendChild(document.createTextNode(b[0] + ' '));
      label.appendChild(box);
      fieldset.appendChild(label);
      return box;
    });
    var note = document.createElement('p');
    note.className = 'facet-note';
    var text = range.count + (range.count === 1 ? ' document states' : ' documents state') +
      ' a salary in ' + range.currency + '; a range keeps those that overlap it.';
    if (range.other.length) {
      var others = range.other.reduce(function (sum, o) { return sum + o[1]; }, 0);
      text += ' ' + others + ' in ' + range.other.map(function (o) { return o[0]; }).join(', ') +
        ' cannot be compared with it and are left out when a range is set.';
    }
    note.textContent = text;
    fieldset.appendChild(note);
    salaryUi = { boxes: boxes };
    return fieldset;
  }

  function salaryOf(value) {
    var x = parseFloat(String(value).replace(/[\s,]/g, ''));
    return isFinite(x) && x >= 0 ? x : null;
  }

  facetsEl.addEventListener('change', function (e) {
    var box = e.target;
    if (box.type === 'checkbox' && state.sel[box.name]) {
      if (box.checked) state.sel[box.name].add(box.value); else state.sel[box.name].delete(box.value);
      changed();
    }
  });
  facetsEl.addEventListener('input', function (e) {
    var box = e.target;
    if (box.name !== SALARY_MIN && box.name !== SALARY_MAX) return;
    state.salary[box.name === SALARY_MIN ? 0 : 1] = salaryOf(box.value);
    changed();
  });

  function escapeHtml(s) {
    return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  }

  var lastCounts = null;
  function updateFacets(counts) {
    counts = counts || lastCounts;
    lastCounts = counts;
    if (!counts) return;
    groupUi.forEach(function (ui) {
      var g = index.groups[ui.group], c = counts[ui.group], visible = 0, available = 0;
      ui.items.forEach(function (it) {
        var n = c[it.i];
        it.box.checked = state.sel[g.param].has(g.values[it.i].slug);
        if (n > 0 || it.box.checked) available++;
        var show = it.box.checked || (n > 0 && (ui.open || visible < FACET_TOP));
        if (show && !it.box.checked) visible++;
        if (it.li.hidden === show) it.li.hidden = !show;
        if (show) it.count.textContent = String(n);
      });
      ui.toggle.hidden = available <= FACET_TOP;
      ui.toggle.textContent = ui.open ? 'Show fewer' : 'Show all ' + available;
    });
    if (salaryUi) {
      salaryUi.boxes.forEach(function (box, i) {
        if (document.activeElement !== box) box.value = state.salary[i] === null ? '' : String(state.salary[i]);
      });
    }
  }

  /* ------------------------------------------------------------ state */
  function readUrl() {
    var params = new URLSearchParams(location.search);
    state.q = params.get('q') || '';
    PARAMS.forEach(function (p) { state.sel[p] = new Set(params.getAll(p)); });
    state.salary = [salaryOf(params.get(SALARY_MIN) || ''), salaryOf(params.get(SALARY_MAX) || '')];
    input.value = state.q;
  }

  function writeUrl() {
    var params = new URLSearchParams();
    if (state.q) params.set('q', state.q);
    PARAMS.forEach(function (p) {
      Array.from(state.sel[p]).sort().forEach(function (slug) { params.append(p, slug); });
    });
    if (state.salary[0] !== null) params.set(SALARY_MIN, String(state.salary[0]));
    if (state.salary[1] !== null) params.set(SALARY_MAX, String(state.salary[1]));
    var query = params.toString();
    history.replaceState(null, '', location.pathname + (query ? '?' + query : ''));
  }

  function changed() {
    writeUrl();
    search();
  }

  input.addEventListener('input', function () { state.q = input.value; changed(); });
  form.addEventListener('submit', function (e) { e.preventDefault(); state.q = input.value; changed(); });
  more.addEventListener('click', function () {
    var from = shown, gen = generation;
    shown += PAGE;
    var terms = words(state.q);
    loadDocs(from, Math.min(shown, results.length)).then(function () {
      if (gen !== generation) return;
      var frag = document.createDocumentFragment();
      for (var i = from; i < Math.min(shown, results.length); i++) frag.appendChild(item(results[i], terms));
      list.appendChild(frag);
      more.hidden = results.length <= shown;
      var next = list.children[from];
      if (next) next.querySelector('a').focus();
    }, function (e) {
      status.textContent = 'Part of the search index could not be loaded (' + e.message + ').';
    });
  });
  input.addEventListener('focus', function () { load().catch(function () {}); });
  window.addEventListener('popstate', function () { readUrl(); search(); });

  if (window.matchMedia && window.matchMedia('(min-width: 52rem)').matches) filters.open = true;
  readUrl();
  var start = function () { search(Boolean(location.search)); };
  if (location.search) start();
  else if (window.requestIdleCallback) window.requestIdleCallback(start, { timeout: 2000 });
  else setTimeout(start, 200);
})();
