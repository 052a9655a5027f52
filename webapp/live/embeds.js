/*
 * Click-to-load embeds on the reader and entry pages (issue #17, item 2). An entry's embed is stored as a figure
 * with a plain link to the post (what readers without JavaScript, and feeds, get); nothing from the provider loads
 * with the page. This script adds a button to each figure that has a player address; only when the reader presses
 * it does the provider's iframe appear. The page's Content-Security-Policy allows frames from the allowlisted
 * providers' player origins only. The button's words come from the page (data-* of this script's tag), in its
 * language. Updates that arrive live are handled the same way.
 */
(function () {
  'use strict';

  var script = document.currentScript;
  if (!script) {
    return;
  }
  var words = script.dataset;

  function format(pattern, value) {
    return String(pattern || '').replace('{0}', value);
  }

  function load(figure, button) {
    var src = figure.getAttribute('data-embed-src');
    if (!/^https:\/\//.test(src || '')) {
      return;
    }
    var provider = figure.getAttribute('data-embed') || '';
    var name = (figure.querySelector('figcaption small') || {}).textContent || provider;
    var frame = document.createElement('iframe');
    frame.src = src;
    frame.title = format(words.frameTitle, name);
    frame.className = 'embed-frame embed-' + provider.replace(/[^a-z0-9-]/g, '');
    frame.setAttribute('allow', 'encrypted-media; picture-in-picture; fullscreen');
    frame.setAttribute('allowfullscreen', '');
    frame.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
    var controls = button.parentNode;
    controls.parentNode.replaceChild(frame, controls);
    figure.classList.add('embed-loaded');
    frame.focus();
  }

  function decorate(figure) {
    if (figure.querySelector('.embed-controls') || figure.classList.contains('embed-loaded')
        || !figure.hasAttribute('data-embed-src')) {
      return;
    }
    var name = (figure.querySelector('figcaption small') || {}).textContent || '';
    var controls = document.createElement('div');
    controls.className = 'embed-controls';
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'embed-load';
    button.textContent = format(words.show, name);
    button.addEventListener('click', function () { load(figure, button); });
    var notice = document.createElement('p');
    notice.className = 'embed-notice';
    notice.textContent = format(words.notice, name);
    controls.appendChild(button);
    controls.appendChild(notice);
    figure.insertBefore(controls, figure.firstChild);
  }

  function decorateAll(root) {
    if (root.matches && root.matches('figure.embed')) {
      decorate(root);
    }
    if (root.querySelectorAll) {
      Array.prototype.forEach.call(root.querySelectorAll('figure.embed'), decorate);
    }
  }

  function start() {
    decorateAll(document);
    if (window.MutationObserver) {
      new MutationObserver(function (changes) {
        changes.forEach(function (change) {
          Array.prototype.forEach.call(change.addedNodes, decorateAll);
        });
      }).observe(document.body, { childList: true, subtree: true });
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
