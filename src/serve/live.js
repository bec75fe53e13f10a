// dossier serve: live reload. Added by the preview server to the pages it
// serves, never to the output of `dossier build`.
(() => {
  'use strict';
  const here = () => decodeURIComponent(location.pathname).replace(/index\.html$/, '');
  let overlay = null;

  // The overlay lives in a shadow root: no rule of the site's stylesheet
  // reaches inside, and `all: initial !important` on the host beats any rule
  // (even !important) the site has for the host itself, so the errors stay
  // readable whatever the theme. Sizes are in px: rem follows the theme.
  const OVERLAY_CSS = `
    :host { all: initial !important; display: block !important; position: fixed !important;
      left: 0 !important; right: 0 !important; bottom: 0 !important; top: auto !important;
      z-index: 2147483647 !important; max-height: 60vh !important; overflow: auto !important;
      visibility: visible !important; opacity: 1 !important; transform: none !important;
      filter: none !important; clip-path: none !important; }
    .box { all: initial; display: block; box-sizing: border-box; background: #2b0b0b; color: #ffe9e9;
      font: 14px/1.5 ui-monospace, "SFMono-Regular", "DejaVu Sans Mono", Menlo, Consolas, monospace;
      padding: 16px 20px; border-top: 4px solid #ff6b6b; box-shadow: 0 -4px 24px rgba(0, 0, 0, .4); }
    strong { all: initial; display: block; font: inherit; font-weight: 700; color: #ffffff; }
    pre { all: initial; display: block; white-space: pre-wrap; overflow-wrap: anywhere;
      margin: 10px 0 0; font: inherit; color: inherit; }`;

  function hideErrors() {
    if (overlay) { overlay.remove(); overlay = null; }
  }

  function showErrors(diagnostics) {
    hideErrors();
    overlay = document.createElement('dossier-overlay');
    overlay.id = 'dossier-overlay';
    overlay.setAttribute('role', 'alert');
    const root = overlay.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = OVERLAY_CSS;
    const box = document.createElement('div');
    box.className = 'box';
    const title = document.createElement('strong');
    title.textContent = 'dossier: the last edit has errors; showing the last good site';
    box.append(title);
    for (const d of diagnostics) {
      const pre = document.createElement('pre');
      pre.textContent = d.severity + ': ' + d.location + ': ' + d.message + (d.help ? '\n  help: ' + d.help : '');
      box.append(pre);
    }
    root.append(style, box);
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
