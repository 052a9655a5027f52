/*
 * The reader page inside a host CMS's iframe (?embed=1): tells the host page its height whenever it
 * changes (a new update, a correction, a retraction, a font that loaded), for live/embed.js to resize the
 * iframe. The height is no secret and the host's origin is unknown here, so the message goes to any origin.
 */
(function () {
  'use strict';

  if (window.parent === window || !window.ResizeObserver) {
    return;
  }
  var root = document.documentElement;
  var last = 0;

  function report(force) {
    var height = Math.ceil(root.getBoundingClientRect().height);
    if (force === true || height !== last) {
      last = height;
      window.parent.postMessage({ type: 'livebrief:height', height: height }, '*');
    }
  }

  new ResizeObserver(report).observe(root);
  window.addEventListener('load', report);
  window.addEventListener('message', function (event) {
    if (event.source === window.parent && event.data && event.data.type === 'livebrief:measure') {
      report(true);
    }
  });
  report();
}());
