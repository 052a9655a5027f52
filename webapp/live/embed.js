/*
 * Livebrief embed loader, for the host CMS's article page: the embed snippet is an iframe with the
 * data-livebrief attribute plus this script. The briefing inside the iframe reports its height with
 * postMessage (live/embed-frame.js); this script accepts only messages from the Livebrief origin it was
 * loaded from, and only for the iframe that sent them, and sets that iframe's height, so the briefing
 * grows with every new update and the host page has one scroll bar. Without it the iframe keeps its height.
 */
(function () {
  'use strict';

  if (window.livebriefEmbed || !document.currentScript || !window.URL) {
    return;
  }
  var origin = new URL(document.currentScript.src, document.baseURI).origin;
  window.livebriefEmbed = { origin: origin };

  function frames() {
    return document.querySelectorAll('iframe[data-livebrief]');
  }

  window.addEventListener('message', function (event) {
    var message = event.data;
    if (event.origin !== origin || !message || message.type !== 'livebrief:height') {
      return;
    }
    var height = Math.ceil(Number(message.height));
    if (!(height > 0 && height < 1000000)) {
      return;
    }
    Array.prototype.forEach.call(frames(), function (frame) {
      if (frame.contentWindow === event.source) {
        frame.style.height = height + 'px';
        frame.setAttribute('scrolling', 'no');
      }
    });
  });

  /* Frames that loaded before this script reported to nobody: ask them again. */
  Array.prototype.forEach.call(frames(), function (frame) {
    if (frame.contentWindow) {
      frame.contentWindow.postMessage({ type: 'livebrief:measure' }, origin);
    }
  });
}());
