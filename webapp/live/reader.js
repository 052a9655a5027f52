/*
 * Live reader page: progressive enhancement of the server-rendered briefing. Without this script the page
 * is complete; with it, published updates appear at the top, and every later change is applied in place as
 * the page would render it after a reload: corrections (text and note), pin and unpin (the update moves to or
 * from the pinned slot with its label), key events on and off (the key-events box, newest first), retractions
 * (a notice with the reason, or nothing, as the newsroom chose) and "Last updated". A reader who has scrolled
 * down gets a "N new updates" button instead of a jump. Server-sent events first (the browser
 * reconnects with Last-Event-ID by itself); after repeated failures it polls the changes endpoint instead.
 * Strings come from the page (the server's message bundles), never from this file.
 */
(function () {
  'use strict';

  var config = document.getElementById('live');
  var updates = document.getElementById('updates');
  var notice = document.querySelector('.live-notice');
  var keyBox = document.querySelector('.key-events');
  if (!config || !updates || !notice || !window.fetch || !window.Intl) {
    return;
  }
  var data = config.dataset;
  var lastSeq = Number(data.seq) || 0;
  var waiting = [];
  var failures = 0;
  var MAX_FAILURES = 3;
  /*
   * Times: in the page's language (its lang, the briefing's language, never the browser's: a Ukrainian page reads in
   * Ukrainian in any browser) and in the briefing's time zone, which the page names ("Times are shown in Kyiv time"),
   * so a reader abroad sees the same wall-clock time as the newsroom and the people on the ground. The options are the
   * skeletons the server formats with (briefing.ReaderTimes: jmm, MMMMdjmm, yMMMMdjmm, and MMMMd, yMMMMd for the date
   * in a second calendar), so an update that arrives live reads like one rendered by the server. The server also
   * says which locale CLDR formats the language with (Dari's prs is fa-AF), which digits it counts in (Persian for
   * fa and ps) and which calendars the briefing shows, the main one first (issue #18): a Persian page reads
   * "۱۵ آذر ۱۴۰۵، ساعت ۱۴:۳۰ — ۶ دسامبر". Every <time> keeps its datetime, ISO and Gregorian.
   */
  var lang = data.formatLang || document.documentElement.lang || data.lang;
  var numbering = data.numbering || undefined;
  var INTL_CALENDARS = { gregorian: 'gregory', 'ethiopic-amete-alem': 'ethioaa' };
  var calendars = (data.calendars || 'gregorian').split(' ').filter(Boolean).map(function (c) {
    return INTL_CALENDARS[c] || c;
  });
  var plural = new Intl.PluralRules(lang);
  var numbers = new Intl.NumberFormat(lang, { numberingSystem: numbering });
  /* A 24-hour clock with two-digit hours (09:47), as CLDR's patterns and the server have it; 9:47 AM for 12 hours. */
  var cycle = new Intl.DateTimeFormat(lang, { hour: 'numeric' }).resolvedOptions().hourCycle;
  var hour = cycle === 'h23' || cycle === 'h24' ? '2-digit' : 'numeric';
  function formatter(calendar, options) {
    options.timeZone = data.timeZone;
    options.calendar = calendar;
    options.numberingSystem = numbering;
    return new Intl.DateTimeFormat(lang, options);
  }
  var styles = calendars.map(function (calendar) {
    return {
      gregorian: calendar === 'gregory',
      clock: formatter(calendar, { hour: hour, minute: '2-digit' }),
      dated: formatter(calendar, { day: 'numeric', month: 'long', hour: hour, minute: '2-digit' }),
      yeared: formatter(calendar, { year: 'numeric', day: 'numeric', month: 'long', hour: hour, minute: '2-digit' }),
      day: formatter(calendar, { day: 'numeric', month: 'long' }),
      date: formatter(calendar, { year: 'numeric', day: 'numeric', month: 'long' })
    };
  });
  var day = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: data.timeZone });
  var relative = Intl.RelativeTimeFormat ? new Intl.RelativeTimeFormat(lang, { numeric: 'auto', numberingSystem: numbering }) : null;
  var BESIDE = ' \u2014 ';

  /*
   * Time only for today (in the briefing's zone), day and time this year, the full date otherwise: as the server. In a
   * calendar other than the Gregorian the year is always there; the other calendars give the date after the first's.
   */
  function when(iso) {
    var instant = new Date(iso);
    var then = day.format(instant);
    var today = day.format(new Date());
    if (then === today) {
      return clean(styles[0].clock.format(instant));
    }
    var thisYear = then.slice(0, 4) === today.slice(0, 4);
    return styles.map(function (style, i) {
      var withYear = !thisYear || !style.gregorian;
      return clean((i === 0 ? (withYear ? style.yeared : style.dated) : (withYear ? style.date : style.day)).format(instant));
    }).join(BESIDE);
  }

  /* The day in every calendar, for the date line of a page that shows more than one. */
  function dateline(iso) {
    var instant = new Date(iso);
    return styles.map(function (style) { return clean(style.date.format(instant)); }).join(BESIDE);
  }

  /* One space before AM/PM whichever side formatted the time (ICU on the server writes a narrow no-break space). */
  function clean(text) {
    return text.replace(/\u202F/g, ' ');
  }

  /* "5 minutes ago" in the page's language, for the last day; null for anything older. */
  function ago(iso) {
    var minutes = Math.round((Date.now() - Date.parse(iso)) / 60000);
    if (!relative || isNaN(minutes) || minutes < 0 || minutes >= 24 * 60) {
      return null;
    }
    return minutes < 60 ? relative.format(-minutes, 'minute') : relative.format(-Math.floor(minutes / 60), 'hour');
  }

  /* The relative time beside each update's time, kept current. */
  function refreshAgo() {
    updates.querySelectorAll('article.entry > header').forEach(function (header) {
      var stamp = header.querySelector('a.time time');
      var text = stamp ? ago(stamp.dateTime) : null;
      var span = header.querySelector(':scope > .ago');
      if (!text) {
        if (span) {
          span.remove();
        }
        return;
      }
      if (!span) {
        span = document.createElement('span');
        span.className = 'ago';
        header.insertBefore(span, stamp.parentNode.nextSibling);
      }
      span.textContent = text;
    });
  }

  /*
   * Fills {0} and {1} in one pass with a function, never a replacement string: in a string "$'", "$`" and "$&"
   * stand for parts of the pattern, so a correction note holding them was shown altered; and a value holding
   * "{1}" is not filled again.
   */
  function format(pattern, value, second) {
    return pattern.replace(/\{([01])\}/g, function (match, i) {
      var filler = i === '0' ? value : second;
      return filler === undefined ? match : String(filler);
    });
  }

  /* Correction notes, as the server renders them: "Correction 14:05: …", one paragraph each. */
  function corrections(node, entry) {
    node.querySelectorAll('.correction').forEach(function (old) { old.remove(); });
    var footer = node.querySelector('footer');
    (entry.corrections || []).forEach(function (c) {
      var note = document.createElement('p');
      note.className = 'correction';
      note.dataset.at = c.at;
      note.dataset.note = c.note;
      note.textContent = format(data.correction, when(c.at), c.note);
      node.insertBefore(note, footer);
    });
  }

  function time(iso) {
    var element = document.createElement('time');
    element.dateTime = iso;
    element.textContent = when(iso);
    return element;
  }

  function article(entry) {
    var anchor = 'entry-' + entry.id;
    var node = document.createElement('article');
    node.id = anchor;
    var header = document.createElement('header');
    var link = document.createElement('a');
    link.className = 'time';
    link.href = '#' + anchor;
    link.title = data.link;
    link.appendChild(time(entry.publishedAt));
    header.appendChild(link);
    node.appendChild(header);
    var body = document.createElement('div');
    body.className = 'body';
    node.appendChild(body);
    node.appendChild(document.createElement('footer'));
    fill(node, entry);
    return node;
  }

  /* A label that is there exactly when wanted: the pinned label heads the article, the key-event one its header. */
  function label(parent, className, text, wanted, first) {
    var existing = parent.querySelector(':scope > .' + className);
    if (wanted && !existing) {
      existing = document.createElement(first ? 'p' : 'span');
      existing.className = 'label ' + className;
      existing.textContent = text;
      parent.insertBefore(existing, first ? parent.firstChild : null);
    } else if (!wanted && existing) {
      existing.remove();
    }
  }

  /* Bodies are sanitized by the server when they are written, exactly as the page itself shows them. */
  function fill(node, entry) {
    node.className = 'entry' + (entry.pinned ? ' pinned' : '') + (entry.keyEvent ? ' key-event' : '');
    var body = node.querySelector('.body');
    var title = node.querySelector(':scope > .entry-headline');
    if (entry.headline && !title) {
      title = document.createElement('h2');
      title.className = 'entry-headline';
      node.insertBefore(title, body);
    } else if (!entry.headline && title) {
      title.remove();
    }
    if (title) {
      title.textContent = entry.headline;
    }
    body.innerHTML = entry.body;
    if (entry.datelineText) {
      dateline(body, entry.datelineText);
    }
    corrections(node, entry);
    label(node, 'pin-label', data.pinned, entry.pinned, true);
    label(node.querySelector('header'), 'key-label', data.keyEvent, entry.keyEvent, false);
    var footer = node.querySelector('footer');
    footer.textContent = '';
    footer.appendChild(bylineOf(entry));
    if (entry.updatedAt && entry.publishedAt && Date.parse(entry.updatedAt) - Date.parse(entry.publishedAt) > 120000) {
      var updated = time(entry.updatedAt);
      updated.className = 'updated';
      updated.textContent = format(data.updated, updated.textContent);
      footer.appendChild(document.createTextNode(' · '));
      footer.appendChild(updated);
    }
    if (entry.permalink) {
      footer.appendChild(shareLink(entry));
    }
  }

  /* The dateline ("KYIV —") at the start of the first paragraph, as the server renders it (EntryBody.withDateline). */
  function dateline(body, text) {
    var span = document.createElement('span');
    span.className = 'dateline';
    span.textContent = text;
    var first = body.firstElementChild;
    if (first && first.localName === 'p' && body.firstChild === first) {
      first.insertBefore(document.createTextNode(' '), first.firstChild);
      first.insertBefore(span, first.firstChild);
    } else {
      var p = document.createElement('p');
      p.className = 'dateline';
      p.appendChild(span);
      body.insertBefore(p, body.firstChild);
    }
  }

  /*
   * The byline as the server renders it (briefing.BylineHtml): avatars, then "By A and B" with the names joined by the
   * page language's list rules, each linked to its profile when it has one.
   */
  function bylineOf(entry) {
    var span = document.createElement('span');
    span.className = 'byline';
    var people = entry.bylines && entry.bylines.length ? entry.bylines : (entry.byline ? [entry.byline] : []);
    people.forEach(function (person) {
      if (person.avatar && /^\/livebrief\/media\/[0-9a-f]{40}-[0-9]{1,5}[.](?:jpg|png|gif)$/.test(person.avatar)) {
        var img = document.createElement('img');
        img.className = 'avatar';
        img.src = person.avatar;
        img.alt = '';
        img.width = 32;
        img.height = 32;
        span.appendChild(img);
      }
    });
    var names = people.map(function (person) { return person.name; });
    var parts = Intl.ListFormat ? new Intl.ListFormat(lang, { type: 'conjunction' }).formatToParts(names)
      : names.map(function (name) { return { type: 'element', value: name }; });
    var around = data.by.split('{0}');
    span.appendChild(document.createTextNode(around[0]));
    var next = 0;
    parts.forEach(function (part, i) {
      if (part.type !== 'element') {
        span.appendChild(document.createTextNode(part.value));
        return;
      }
      if (!Intl.ListFormat && i > 0) {
        span.appendChild(document.createTextNode(', '));
      }
      var person = people[next++];
      var name = document.createElement(person.profileUrl ? 'a' : 'span');
      name.className = 'contributor';
      if (person.profileUrl && /^https?:\/\//i.test(person.profileUrl)) {
        name.href = person.profileUrl;
        name.rel = 'author';
        if (person.role) {
          name.title = person.role;
        }
      }
      var bdi = document.createElement('bdi');
      bdi.textContent = person.name;
      name.appendChild(bdi);
      span.appendChild(name);
    });
    span.appendChild(document.createTextNode(around.slice(1).join('{0}')));
    return span;
  }

  /* The share control as the server renders it: a link to the permalink that share.js turns into share or copy. */
  function shareLink(entry) {
    var link = document.createElement('a');
    link.className = 'share';
    link.href = entry.permalink;
    link.dataset.url = link.href;
    link.dataset.title = entry.headline || headline(entry.excerpt);
    link.dataset.copy = data.copy;
    link.dataset.copied = data.copied;
    link.textContent = data.share;
    if (window.livebriefShareLabel) {
      window.livebriefShareLabel(link);
    }
    return link;
  }

  /* Newest first, as the server orders the stream: by first publication time, then by id. */
  function newer(a, b) {
    return a.at !== b.at ? a.at > b.at : a.id > b.id;
  }

  function position(node) {
    var stamp = node.querySelector('time');
    return { at: stamp ? Date.parse(stamp.dateTime) : 0, id: Number(node.id.replace('entry-', '')) };
  }

  /*
   * Puts an update where a reload would show it: among the pinned ones at the top, or in the timeline. One
   * older than every update on this page belongs to an older page when there is one.
   */
  function place(node) {
    var pinned = node.classList.contains('pinned');
    var mine = position(node);
    var peers = Array.prototype.filter.call(updates.querySelectorAll(':scope > article.entry'), function (other) {
      return other !== node && other.classList.contains('pinned') === pinned;
    });
    var next = peers.find(function (other) { return newer(mine, position(other)); });
    if (!next && !pinned && document.querySelector('.paging') && peers.length) {
      node.remove();
      return;
    }
    if (!next) {
      next = pinned ? updates.querySelector(':scope > article.entry:not(.pinned)') : updates.querySelector(':scope > .empty');
    }
    if (node.nextElementSibling !== next || node.parentNode !== updates) {
      updates.insertBefore(node, next);
    }
  }

  /* The first sentence of the excerpt, at most 120 characters cut at a word: as the server makes it. */
  function headline(excerpt) {
    var text = excerpt || '';
    var first = text;
    if (window.Intl && Intl.Segmenter) {
      var sentences = new Intl.Segmenter(data.lang, { granularity: 'sentence' }).segment(text)[Symbol.iterator]();
      var sentence = sentences.next();
      first = sentence.done ? text : sentence.value.segment.trim();
    }
    if (first.length <= 120) {
      return first;
    }
    var cut = first.lastIndexOf(' ', 119);
    return first.substring(0, cut > 0 ? cut : 119) + '\u2026';
  }

  /* The box as the server renders it, before the updates, for the first key event that arrives live. */
  function newKeyBox() {
    var box = document.createElement('nav');
    box.className = 'key-events';
    box.setAttribute('aria-labelledby', 'key-events-title');
    var title = document.createElement('h2');
    title.id = 'key-events-title';
    title.textContent = data.keyEvents;
    box.appendChild(title);
    box.appendChild(document.createElement('ol'));
    config.parentNode.insertBefore(box, config);
    return box;
  }

  /* The key-events box: the published key events, newest first; hidden while it has none. */
  function keyEvents(id, entry) {
    if (!keyBox && entry && entry.keyEvent) {
      keyBox = newKeyBox();
    }
    if (!keyBox) {
      return;
    }
    var list = keyBox.querySelector('ol');
    var old = list.querySelector('li[data-entry="' + id + '"]');
    if (old) {
      old.remove();
    }
    if (entry && entry.keyEvent) {
      var item = document.createElement('li');
      item.dataset.entry = id;
      var link = document.createElement('a');
      link.href = '#entry-' + id;
      link.appendChild(time(entry.publishedAt));
      link.appendChild(document.createTextNode(' ' + (entry.headline || headline(entry.excerpt))));
      item.appendChild(link);
      var mine = { at: Date.parse(entry.publishedAt), id: Number(id) };
      var next = Array.prototype.find.call(list.children, function (other) {
        return newer(mine, { at: Date.parse(other.querySelector('time').dateTime), id: Number(other.dataset.entry) });
      });
      list.insertBefore(item, next || null);
    }
    keyBox.hidden = list.children.length === 0;
  }

  /* "Last updated" follows the newest change the page has seen. */
  function lastUpdated(iso) {
    var element = document.querySelector('.briefing-head .meta time');
    if (!element || !iso || !data.lastUpdated || Date.parse(iso) <= Date.parse(element.dateTime)) {
      return;
    }
    element.dateTime = iso;
    element.textContent = format(data.lastUpdated, when(iso));
    var line = document.querySelector('.briefing-head .dateline time');
    if (line) {
      line.dateTime = day.format(new Date(iso));
      line.textContent = dateline(iso);
    }
  }

  /* Where a retracted update was: its time and a notice with the reason, or nothing, as the newsroom chose. */
  function withdraw(node, removal) {
    if (!removal.retractedAt || data.retractions !== 'notice' || node.hidden) {
      node.remove();
      return;
    }
    Array.prototype.slice.call(node.children).forEach(function (child) {
      if (child.tagName !== 'HEADER') {
        child.remove();
      }
    });
    var keyLabel = node.querySelector('.key-label');
    if (keyLabel) {
      keyLabel.remove();
    }
    var note = document.createElement('p');
    note.className = 'withdrawn-notice';
    note.textContent = format(data.withdrawn, removal.reason);
    node.appendChild(note);
    node.className = 'entry withdrawn';
    place(node);
  }

  function readerHasScrolled() {
    return window.scrollY > updates.offsetTop;
  }

  function insert(node) {
    var empty = updates.querySelector('.empty');
    if (empty) {
      empty.remove();
    }
    place(node);
    refreshAgo();
    if (readerHasScrolled()) {
      node.hidden = true;
      waiting.push(node);
      showNotice();
    } else {
      node.classList.add('is-new');
    }
  }

  function showNotice() {
    var form = plural.select(waiting.length);
    var pattern = data['new' + form.charAt(0).toUpperCase() + form.slice(1)] || data.newOther;
    notice.textContent = format(pattern, numbers.format(waiting.length));
    notice.hidden = waiting.length === 0;
  }

  function reveal() {
    waiting.forEach(function (node) {
      node.hidden = false;
      node.classList.add('is-new');
    });
    var newest = waiting[waiting.length - 1];
    waiting = [];
    showNotice();
    if (newest) {
      newest.tabIndex = -1;
      newest.scrollIntoView({ block: 'start' });
      newest.focus({ preventScroll: true });
    }
  }

  function onEntry(kind, entry) {
    var existing = document.getElementById('entry-' + entry.id);
    if (existing) {
      var wasPinned = existing.classList.contains('pinned');
      fill(existing, entry);
      if (wasPinned !== Boolean(entry.pinned)) {
        place(existing);
      }
    } else if (kind === 'entry-published') {
      insert(article(entry));
    }
    if (existing || kind === 'entry-published') {
      keyEvents(entry.id, entry);
    }
    lastUpdated(entry.updatedAt);
  }

  function apply(change) {
    if (change.seq <= lastSeq) {
      return;
    }
    lastSeq = change.seq;
    var entry = change.data;
    if (change.event === 'entry-published' || change.event === 'entry-updated') {
      onEntry(change.event, entry);
    } else if (change.event === 'entry-removed') {
      var gone = document.getElementById('entry-' + entry.id);
      keyEvents(entry.id, null);
      if (gone) {
        withdraw(gone, entry);
      }
      waiting = waiting.filter(function (node) { return node !== gone; });
      showNotice();
      lastUpdated(entry.retractedAt);
    } else if (change.event === 'briefing-updated') {
      var title = document.querySelector('.briefing-head h1');
      if (title) {
        title.textContent = entry.title;
      }
      document.title = entry.title;
      lastUpdated(entry.updatedAt);
    } else if (change.event === 'reload') {
      window.location.reload();
    }
  }

  function listen() {
    var source = new EventSource(data.eventsUrl + '?lastEventId=' + encodeURIComponent(lastSeq));
    ['entry-published', 'entry-updated', 'entry-removed', 'briefing-updated', 'reload'].forEach(function (kind) {
      source.addEventListener(kind, function (event) {
        apply({ seq: Number(event.lastEventId), event: kind, data: JSON.parse(event.data) });
      });
    });
    source.onopen = function () {
      failures = 0;
    };
    source.onerror = function () {
      failures += 1;
      if (source.readyState === EventSource.CLOSED || failures >= MAX_FAILURES) {
        source.close();
        poll();
      }
    };
  }

  function poll() {
    fetch(data.changesUrl + '?since=' + encodeURIComponent(lastSeq), { headers: { Accept: 'application/json' } })
      .then(function (response) {
        return response.ok ? response.json() : null;
      })
      .then(function (body) {
        if (!body) {
          return 30;
        }
        body.changes.forEach(apply);
        lastSeq = Math.max(lastSeq, body.last);
        return body.more ? 0 : body.pollAfterSeconds;
      }, function () {
        return 30;
      })
      .then(function (seconds) {
        window.setTimeout(poll, seconds * 1000);
      });
  }

  /* The server-rendered times, once, in the reader's locale (their datetime attributes stay as they are). */
  function localizeTimes() {
    document.querySelectorAll('#updates a.time time, .key-events time').forEach(function (element) {
      element.textContent = when(element.dateTime);
    });
    document.querySelectorAll('#updates time.updated').forEach(function (element) {
      element.textContent = format(data.updated, when(element.dateTime));
    });
    var lastUpdated = document.querySelector('.briefing-head .meta time');
    if (lastUpdated && data.lastUpdated) {
      lastUpdated.textContent = format(data.lastUpdated, when(lastUpdated.dateTime));
    }
    document.querySelectorAll('#updates .correction[data-at][data-note]').forEach(function (note) {
      note.textContent = format(data.correction, when(note.dataset.at), note.dataset.note);
    });
  }

  localizeTimes();
  refreshAgo();
  window.setInterval(refreshAgo, 60000);
  notice.addEventListener('click', reveal);
  window.addEventListener('scroll', function () {
    if (waiting.length && !readerHasScrolled()) {
      reveal();
    }
  }, { passive: true });

  if (window.EventSource) {
    listen();
  } else {
    poll();
  }
}());
