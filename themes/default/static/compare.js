// Compare: draws two to four companies or roles side by side from the
// JSON in the page, the choice kept in the address (?companies=a,b).
(function () {
  'use strict';
  var MAX = 4;
  var form = document.getElementById('compare-form');
  var out = document.getElementById('compare-out');
  var status = document.getElementById('compare-status');
  var script = document.currentScript || document.querySelector('script[data-index]');
  var data = null;
  var KINDS = { companies: 'Companies', roles: 'Roles' };

  function boxes(kind) {
    return Array.prototype.slice.call(form.querySelectorAll('input[name="' + kind + '"]'));
  }

  // The slugs the address names: `a,b` or repeated keys, as a form sends them.
  function fromQuery() {
    var q = new URLSearchParams(location.search);
    var kind = q.has('roles') && !q.has('companies') ? 'roles' : 'companies';
    var slugs = [];
    q.getAll(kind).forEach(function (v) {
      v.split(',').forEach(function (s) { if (s && slugs.indexOf(s) < 0) slugs.push(s); });
    });
    return { kind: kind, slugs: slugs.slice(0, MAX) };
  }

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }

  function list(items, mark) {
    var ul = el('ul', undefined, 'compare-list');
    items.forEach(function (it) {
      var li = el('li');
      var name = Array.isArray(it) ? data.names[it[0]] : it;
      li.textContent = Array.isArray(it) ? name + ' (' + it[1] + ')' : name;
      if (mark && mark(name)) li.className = 'shared';
      ul.appendChild(li);
    });
    if (!items.length) ul.appendChild(el('li', 'Not known', 'unknown'));
    return ul;
  }

  function draw(kind, slugs) {
    if (!data) return;
    var entries = slugs.map(function (s) {
      return data[kind].filter(function (e) { return e.slug === s; })[0];
    }).filter(Boolean);
    out.textContent = '';
    if (entries.length < 2) {
      status.textContent = 'Pick two to four ' + KINDS[kind].toLowerCase() + '.';
      return;
    }
    status.textContent = 'Comparing ' + entries.map(function (e) { return e.name; }).join(', ') + '.';
    // A skill is shared when every column has it.
    var skillSets = entries.map(function (e) { return e.skills.map(function (s) { return data.names[s[0]]; }); });
    var shared = function (name) {
      return skillSets.every(function (set) { return set.indexOf(name) >= 0; });
    };
    var table = el('table', undefined, 'compare-table');
    var caption = el('caption', KINDS[kind] + ' side by side; shared skills are marked');
    caption.className = 'visually-hidden';
    table.appendChild(caption);
    var head = el('tr');
    head.appendChild(el('td'));
    entries.forEach(function (e) {
      var th = el('th');
      th.scope = 'col';
      var a = el('a', e.name);
      a.href = e.url;
      th.appendChild(a);
      head.appendChild(th);
    });
    var thead = el('thead');
    thead.appendChild(head);
    table.appendChild(thead);
    var body = el('tbody');
    var rows = [
      ['Documents', function (e) {
        var ul = el('ul', undefined, 'compare-list');
        e.docs.forEach(function (i) {
          var d = data.docs[i];
          var li = el('li');
          var a = el('a', d[0]);
          a.href = d[1];
          li.appendChild(a);
          ul.appendChild(li);
        });
        return ul;
      }],
      [kind === 'companies' ? 'Roles' : 'Companies', function (e) { return list(e.roles); }],
      ['Levels', function (e) { return list(e.levels); }],
      ['Skills', function (e) { return list(e.skills, shared); }],
      ['Salary', function (e) { return list(e.salaries); }],
      ['Location', function (e) { return list(e.locations); }]
    ];
    rows.forEach(function (row) {
      var tr = el('tr');
      var th = el('th', row[0]);
      th.scope = 'row';
      tr.appendChild(th);
      entries.forEach(function (e) {
        var td = el('td');
        td.appendChild(row[1](e));
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
    table.appendChild(body);
    var note = el('p', 'Skills every column asks for are marked “shared”.', 'note');
    out.appendChild(note);
    out.appendChild(table);
  }

  // At most four: the other boxes of the kind are disabled, and the
  // other kind is cleared, so the address names one kind.
  function sync(kind, slugs) {
    Object.keys(KINDS).forEach(function (k) {
      boxes(k).forEach(function (b) {
        b.checked = k === kind && slugs.indexOf(b.value) >= 0;
        b.disabled = k === kind && !b.checked && slugs.length >= MAX;
      });
    });
  }

  function chosen(kind) {
    return boxes(kind).filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
  }

  form.addEventListener('change', function (ev) {
    var kind = ev.target.name;
    if (!KINDS[kind]) return;
    var slugs = chosen(kind).slice(0, MAX);
    sync(kind, slugs);
    var url = location.pathname + (slugs.length ? '?' + kind + '=' + slugs.join(',') : '');
    history.replaceState(null, '', url);
    draw(kind, slugs);
  });
  form.addEventListener('submit', function (ev) { ev.preventDefault(); });
  var submit = form.querySelector('button[type="submit"]');
  if (submit) submit.hidden = true;

  var start = fromQuery();
  sync(start.kind, start.slugs);
  status.textContent = 'Loading…';
  fetch(script.getAttribute('data-index'))
    .then(function (r) {
      if (!r.ok) throw new Error('HTTP ' + r.status);
      return r.arrayBuffer();
    })
    .then(function (buf) {
      /* gzip-compressed JSON, unless the host already inflated it */
      var b = new Uint8Array(buf);
      if (b[0] !== 0x1f || b[1] !== 0x8b) return JSON.parse(new TextDecoder().decode(b));
      return new Response(new Blob([b]).stream().pipeThrough(new DecompressionStream('gzip'))).json();
    })
    .then(function (d) {
      data = d;
      var now = fromQuery();
      draw(now.kind, now.slugs);
    })
    .catch(function (e) {
      status.textContent = 'The data could not be loaded (' + e.message + '). Each company and role page lists the same facts.';
    });
})();
