/* Gives each heading of a document's body a "#" link to itself, shown on
   hover or focus, so a reader can copy the address of a section. The page
   holds the headings' ids; only the links are added here, which keeps
   them out of every page's bytes. */
(function () {
  'use strict';
  document.querySelectorAll('.doc-body [id]:is(h2, h3, h4, h5, h6)').forEach(function (h) {
    var a = document.createElement('a');
    a.className = 'anchor';
    a.href = '#' + h.id;
    a.textContent = '#';
    a.setAttribute('aria-label', 'Link to the section ' + h.textContent);
    h.appendChild(a);
  });
})();
