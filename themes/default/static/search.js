/* dossier search: full text and filters by company, role, level and skill over
   search-index.json, in the browser, offline, no dependencies.
   The index is made by src/render/search.rs; the words of a query are split
   the way that file splits the documents' text. */
(function () {
  'use strict';
  var root = document.getElementById('search');
  if (!root || !window.fetch || !window.URLSearchParams) return;

  var PAGE = 20;          /* results shown at a time */
  var FACET_TOP = 8;      /* filter values shown before "Show all" */
  var SNIPPET = 90;       /* characters of context each side of a match */
  var MAX_WORD = 32;
  /* Within companies, roles and levels a document needs one of the ticked
     values (it usually has one); within skills and tags it needs all of
     them. One facet per tag kind, in the index's order of kinds. */
  var FACETS = [
    { kind: 0, param: 'company', label: 'Companies', mode: 'any' },
    { kind: 1, param: 'role', label: 'Roles', mode: 'any' },
    { kind: 2, param: 'level', label: 'Levels', mode: 'any' },
    { kind: 3, param: 'skill', label: 'Skills', mode: 'all' },
    { kind: 4, param: 'tag', label: 'Tags', mode: 'all' }
  ];
  var ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  var VALUE = new Int8Array(128).fill(-1);
  for (var a = 0; a < 64; a++) VALUE[ALPHABET.charCodeAt(a)] = a;

  var base = root.getAttribute('data-base') || '/';
  var indexUrl = root.getAttribute('data-index');
  var form = root.querySelector('form');
  var input = document.getElementById('search-q');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-list');
  var more = document.getElementById('search-more');
  var filters = document.getElementById('search-filters');
  var facetsEl = document.getElementById('search-facets');

  var index = null;       /* the parsed index, with decoded tags */
  var loading = null;     /* the promise of it */
  var decoded = new Map(); /* query word → Uint8Array of its documents */
  var snippets = new Map(); /* document path → its text, fetched for snippets */
  var state = { q: '', sel: FACETS.map(function () { return new Set(); }) };
  var shown = PAGE;
  var results = [];
  var generation = 0;
  var facetUi = [];

  /* ------------------------------------------------------------ words */
  var WORD = /[\p{Alphabetic}\p{N}]+[+#]*/gu;
  function words(text) {
    var out = [];
    var m = text.toLowerCase().match(WORD) || [];
    for (var i = 0; i < m.length; i++) if (m[i].length <= MAX_WORD) out.push(m[i]);
    return out;
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

  /* Fetches the index once; `waiting` says someone waits for results. */
  function load(waiting) {
    if (loading) return loading;
    if (waiting) status.textContent = 'Loading the index…';
    loading = fetch(indexUrl, { credentials: 'same-origin' })
      .then(function (r) {
        if (!r.ok) throw new Error('HTTP ' + r.status);
        return r.json();
      })
      .then(function (data) {
        var n = data.docs.length;
        data.docTags = new Array(n);
        for (var d = 0; d < n; d++) {
          var ids = [];
          unpack(data.docs[d][4], Infinity, function (t) { ids.push(t); });
          data.docTags[d] = ids;
        }
        data.bySlug = FACETS.map(function () { return new Map(); });
        data.tags.forEach(function (t, id) { data.bySlug[t[0]].set(t[2], id); });
        data.total = new Int32Array(data.tags.length);
        data.docTags.forEach(function (ids) { ids.forEach(function (t) { data.total[t]++; }); });
        index = data;
        buildFacets();
        return data;
      })
      .catch(function (e) {
        loading = null;
        status.textContent = 'The search index could not be loaded (' + e.message + '). Browse by tag instead.';
        throw e;
      });
    return loading;
  }

  /* Documents of the words that start with `prefix`, as a 0/1 array;
     the last few prefixes are kept, as typing repeats them. */
  function prefixDocs(prefix) {
    var hit = decoded.get(prefix);
    if (hit) return hit;
    var all = index.words, lo = 0, hi = all.length;
    while (lo < hi) { var mid = (lo + hi) >> 1; if (all[mid] < prefix) lo = mid + 1; else hi = mid; }
    var n = index.docs.length, out = new Uint8Array(n);
    var mark = function (d) { out[d] = 1; };
    for (var w = lo; w < all.length && all[w].lastIndexOf(prefix, 0) === 0; w++) {
      unpack(index.post[w], n, mark);
    }
    if (decoded.size >= 32) decoded.delete(decoded.keys().next().value);
    decoded.set(prefix, out);
    return out;
  }

  /* ------------------------------------------------------------ search */
  function run() {
    if (!index) return;
    var t0 = performance.now();
    var n = index.docs.length;
    var terms = words(state.q);
    var text = null;
    for (var i = 0; i < terms.length; i++) {
      var docs = prefixDocs(terms[i]);
      if (text) { for (var d = 0; d < n; d++) text[d] &= docs[d]; } else text = docs.slice();
    }
    var sel = FACETS.map(function (f, k) {
      var ids = [];
      state.sel[k].forEach(function (slug) {
        var id = index.bySlug[k].get(slug);
        ids.push(id === undefined ? -1 : id);
      });
      return ids;
    });
    var counts = FACETS.map(function () { return new Int32Array(index.tags.length); });
    /* Per "any" facet: documents that fail only its ticks, by value. */
    var added = FACETS.map(function () { return new Int32Array(index.tags.length); });
    var kindOf = index.tags.map(function (t) { return t[0]; });
    results = [];
    var fails = new Array(FACETS.length);
    for (var doc = 0; doc < n; doc++) {
      if (text && !text[doc]) continue;
      var tags = index.docTags[doc], failing = 0, failedKind = -1;
      for (var k = 0; k < FACETS.length; k++) {
        fails[k] = !passes(tags, sel[k], FACETS[k].mode);
        if (fails[k]) { failing++; failedKind = k; }
      }
      if (failing === 0) {
        results.push(doc);
        for (var t = 0; t < tags.length; t++) counts[kindOf[tags[t]]][tags[t]]++;
      } else if (failing === 1 && FACETS[failedKind].mode === 'any') {
        for (var u = 0; u < tags.length; u++) {
          if (kindOf[tags[u]] === failedKind) {
            counts[failedKind][tags[u]]++;
            added[failedKind][tags[u]]++;
          }
        }
      }
    }
    /* Each number is how many documents the list shows with that box
       ticked. In an "all" facet that is the results carrying the value.
       In an "any" facet with ticks, ticking one more keeps every result
       and adds the documents that failed only for want of it. */
    FACETS.forEach(function (f, k) {
      if (f.mode !== 'any' || !sel[k].length) return;
      var c = counts[k];
      for (var id = 0; id < c.length; id++) {
        if (kindOf[id] !== f.kind) continue;
        if (c[id] > 0 || sel[k].indexOf(id) >= 0) c[id] = results.length + added[k][id];
      }
    });
    if (terms.length) rank(terms);
    shown = PAGE;
    updateFacets(counts);
    render(terms);
    root.setAttribute('data-search-ms', (performance.now() - t0).toFixed(1));
  }

  function passes(tags, wanted, mode) {
    if (!wanted.length) return true;
    if (mode === 'any') {
      for (var i = 0; i < wanted.length; i++) if (tags.indexOf(wanted[i]) >= 0) return true;
      return false;
    }
    for (var j = 0; j < wanted.length; j++) if (tags.indexOf(wanted[j]) < 0) return false;
    return true;
  }

  /* Documents whose title holds more of the query's words come first;
     otherwise the index order (newest first) stays. */
  function rank(terms) {
    var score = new Map();
    var titles = index.titleWords || (index.titleWords = []);
    results.forEach(function (d) {
      var title = titles[d] || (titles[d] = words(index.docs[d][1])), s = 0;
      terms.forEach(function (q) {
        if (title.some(function (w) { return w.lastIndexOf(q, 0) === 0; })) s++;
      });
      score.set(d, s);
    });
    results.sort(function (a, b) { return score.get(b) - score.get(a) || a - b; });
  }

  /* ------------------------------------------------------------ results */
  function render(terms) {
    generation++;
    list.textContent = '';
    var frag = document.createDocumentFragment();
    var end = Math.min(shown, results.length);
    for (var i = 0; i < end; i++) frag.appendChild(item(results[i], terms));
    list.appendChild(frag);
    more.hidden = results.length <= shown;
    var what = results.length === 1 ? '1 document' : results.length + ' documents';
    var filtered = terms.length || state.sel.some(function (s) { return s.size; });
    status.textContent = filtered
      ? what + ' match' + (results.length === 1 ? 'es' : '') + (results.length > shown ? ', showing the first ' + shown + '.' : '.')
      : what + ', newest first. Type words or tick filters to narrow them.';
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
    index.docTags[d].forEach(function (t) {
      var tag = index.tags[t];
      if (tag[0] < 2 && meta.length < 3 && doc[1].indexOf(tag[1]) < 0) meta.push(tag[1]);
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
          return body ? body.textContent.replace(/\s+/g, ' ').replace(/ #/g, '') : '';
        }));
    }
    return snippets.get(path);
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
    FACETS.forEach(function (f, k) {
      var ids = [];
      index.tags.forEach(function (t, id) { if (t[0] === k) ids.push(id); });
      if (!ids.length) return;
      ids.sort(function (a, b) {
        return index.total[b] - index.total[a] || (index.tags[a][1] < index.tags[b][1] ? -1 : 1);
      });
      var fieldset = document.createElement('fieldset');
      fieldset.className = 'facet';
      var legend = document.createElement('legend');
      legend.textContent = f.label + (f.mode === 'any' ? ' (any of)' : ' (all of)');
      fieldset.appendChild(legend);
      /* One string for the whole list: much faster than an element at a time. */
      var ul = document.createElement('ul');
      ul.innerHTML = ids.map(function (id) {
        var tag = index.tags[id];
        return '<li hidden><label><input type="checkbox" name="' + f.param + '" value="' +
          escapeHtml(tag[2]) + '"> ' + escapeHtml(tag[1]) + ' <span class="count"></span></label></li>';
      }).join('');
      var items = ids.map(function (id, i) {
        var li = ul.children[i];
        return { id: id, li: li, box: li.querySelector('input'), count: li.querySelector('.count') };
      });
      fieldset.appendChild(ul);
      var toggle = document.createElement('button');
      toggle.type = 'button';
      toggle.className = 'facet-toggle';
      var ui = { kind: k, items: items, open: false, toggle: toggle };
      toggle.addEventListener('click', function () {
        ui.open = !ui.open;
        toggle.setAttribute('aria-expanded', String(ui.open));
        updateFacets(null);
      });
      toggle.setAttribute('aria-expanded', 'false');
      fieldset.appendChild(toggle);
      facetsEl.appendChild(fieldset);
      facetUi.push(ui);
    });
  }

  facetsEl.addEventListener('change', function (e) {
    var box = e.target;
    var k = FACETS.findIndex(function (f) { return f.param === box.name; });
    if (k < 0 || box.type !== 'checkbox') return;
    if (box.checked) state.sel[k].add(box.value); else state.sel[k].delete(box.value);
    changed();
  });

  function escapeHtml(s) {
    return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  }

  var lastCounts = null;
  function updateFacets(counts) {
    counts = counts || lastCounts;
    lastCounts = counts;
    facetUi.forEach(function (ui) {
      var c = counts[ui.kind], visible = 0, available = 0;
      ui.items.forEach(function (it) {
        var n = c[it.id];
        it.box.checked = state.sel[ui.kind].has(index.tags[it.id][2]);
        if (n > 0 || it.box.checked) available++;
        var show = it.box.checked || (n > 0 && (ui.open || visible < FACET_TOP));
        if (show && !it.box.checked) visible++;
        if (it.li.hidden === show) it.li.hidden = !show;
        if (show) it.count.textContent = String(n);
      });
      ui.toggle.hidden = available <= FACET_TOP;
      ui.toggle.textContent = ui.open ? 'Show fewer' : 'Show all ' + available;
    });
  }

  /* ------------------------------------------------------------ state */
  function readUrl() {
    var params = new URLSearchParams(location.search);
    state.q = params.get('q') || '';
    FACETS.forEach(function (f, k) { state.sel[k] = new Set(params.getAll(f.param)); });
    input.value = state.q;
  }

  function writeUrl() {
    var params = new URLSearchParams();
    if (state.q) params.set('q', state.q);
    FACETS.forEach(function (f, k) {
      Array.from(state.sel[k]).sort().forEach(function (slug) { params.append(f.param, slug); });
    });
    var query = params.toString();
    history.replaceState(null, '', location.pathname + (query ? '?' + query : ''));
  }

  function changed() {
    writeUrl();
    load(true).then(run, function () {});
  }

  input.addEventListener('input', function () { state.q = input.value; changed(); });
  form.addEventListener('submit', function (e) { e.preventDefault(); state.q = input.value; changed(); });
  more.addEventListener('click', function () {
    var from = shown;
    shown += PAGE;
    var terms = words(state.q);
    var frag = document.createDocumentFragment();
    for (var i = from; i < Math.min(shown, results.length); i++) frag.appendChild(item(results[i], terms));
    list.appendChild(frag);
    more.hidden = results.length <= shown;
    var next = list.children[from];
    if (next) next.querySelector('a').focus();
  });
  input.addEventListener('focus', function () { load().catch(function () {}); });
  window.addEventListener('popstate', function () { readUrl(); load(true).then(run, function () {}); });

  if (window.matchMedia && window.matchMedia('(min-width: 52rem)').matches) filters.open = true;
  readUrl();
  var start = function () { load(Boolean(location.search)).then(run, function () {}); };
  if (location.search) start();
  else if (window.requestIdleCallback) window.requestIdleCallback(start, { timeout: 2000 });
  else setTimeout(start, 200);
})();
