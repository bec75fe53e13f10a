// dossier serve: live reload. Added by the preview server to the pages it
// serves, never to the output of `dossier build`.
(() => {
  'use strict';
  const here = () => decodeURIComponent(location.pathname).replace(/index\.html$/, '');
  let overlay = null;

  function hideErrors() {
    if (overlay) { overlay.remove(); overlay = null; }
  }

  function showErrors(diagnostics) {
    hideErrors();
    overlay = document.createElement('div');
    overlay.id = 'dossier-overlay';
    overlay.setAttribute('role', 'alert');
    overlay.style.cssText = 'position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:2147483647;' +
      'background:#2b0b0b;color:#ffe9e9;font:14px/1.5 ui-monospace,monospace;padding:1rem 1.25rem;' +
      'border-top:4px solid #ff6b6b;box-shadow:0 -4px 24px rgba(0,0,0,.4)';
    const title = document.createElement('strong');
    title.textContent = 'dossier: the last edit has errors; showing the last good site';
    overlay.append(title);
    for (const d of diagnostics) {
      const pre = document.createElement('pre');
      pre.style.cssText = 'white-space:pre-wrap;margin:.6rem 0 0';
      pre.textContent = d.severity + ': ' + d.location + ': ' + d.message + (d.help ? '\n  help: ' + d.help : '');
      overlay.append(pre);
    }
    document.body.append(overlay);
  }

  function swapStylesheet(path, version) {
    for (const link of document.querySelectorAll('link[rel="stylesheet"]')) {
      const url = new URL(link.href, location.href);
      if (url.origin === location.origin && url.pathname === path) {
        url.searchParams.set('dossier-reload', String(version));
        link.href = url.pathname + url.search;
      }
    }
  }

  const events = new EventSource('/__dossier/events');
  // Lets tests and tools see that the page is listening.
  events.onopen = () => { window.dossierLiveReload = 'connected'; };
  events.onmessage = (e) => {
    const m = JSON.parse(e.data);
    if (m.kind === 'error') {
      showErrors(m.diagnostics);
    } else if (m.kind === 'ok') {
      hideErrors();
    } else if (m.kind === 'reload') {
      hideErrors();
      const page = here();
      if (m.paths.some((p) => p.replace(/index\.html$/, '') === page)) {
        location.reload();
        return;
      }
      for (const css of m.css) swapStylesheet(css, m.version);
    }
  };
})();
