/*
 * Article Atlas auto-height, for pages that embed the map in an iframe. No dependencies; load it once per page:
 *   <script src="https://YOUR-ATLAS-HOST/embed-host.js" async></script>
 * It resizes every <iframe data-article-atlas> to the height its content reports, and nothing else: it only
 * believes height messages that come from that very iframe and from the origin of its src.
 */
(function () {
  'use strict';
  if (window.__articleAtlasHost) return;
  window.__articleAtlasHost = true;

  var MIN = 200;
  var MAX = 20000;

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'article-atlas:height' || data.version !== 1)
      return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height)) return;
    var frames = document.querySelectorAll('iframe[data-article-atlas]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      var origin;
      try {
        origin = new URL(frame.src, location.href).origin;
      } catch {
        return;
      }
      if (origin !== event.origin) return;
      var px = Math.min(MAX, Math.max(MIN, Math.ceil(height))) + 'px';
      if (frame.style.height !== px) frame.style.height = px;
      return;
    }
  });
})();
