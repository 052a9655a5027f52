/*
 * The share control of every entry on the reader page and on an entry's own page. Without this script it is a plain
 * link to the entry's permalink. With it: the browser's share sheet (navigator.share) where the browser has one,
 * otherwise the permalink copied to the clipboard with a short "Link copied" note. One listener on the document, so
 * updates that arrive live share too. Strings come from the page (data attributes), never from this file.
 */
(function () {
  'use strict';

  var canShare = typeof navigator.share === 'function';
  var canCopy = Boolean(navigator.clipboard && navigator.clipboard.writeText);

  /* Names the control after what a click will do here: share, or copy the link. */
  function label(link) {
    if (!canShare && canCopy && link.dataset.copy) {
      link.textContent = link.dataset.copy;
    }
  }

  function copied(link) {
    var status = link.parentNode.querySelector('.share-status');
    if (!status) {
      status = document.createElement('span');
      status.className = 'share-status';
      status.setAttribute('role', 'status');
      link.parentNode.insertBefore(status, link.nextSibling);
    }
    status.textContent = link.dataset.copied || '';
  }

  document.querySelectorAll('a.share').forEach(label);
  window.livebriefShareLabel = label;

  document.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('a.share') : null;
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) {
      return;
    }
    var url = link.dataset.url || link.href;
    if (canShare) {
      event.preventDefault();
      navigator.share({ title: link.dataset.title || document.title, url: url }).catch(function () {
        /* The reader closed the share sheet: nothing to do. */
      });
    } else if (canCopy) {
      event.preventDefault();
      navigator.clipboard.writeText(url).then(function () {
        copied(link);
      }, function () {
        window.location.href = link.href;
      });
    }
  });
}());
