// The composer keeps its text (issue #14, findings 2 and 8): autosaved per briefing while typing, put back with a
// note after a reload or a crash, emptied only once the server has the update; and a length counter that warns
// before the server's size limit and refuses a text over it without sending it.
import { autosave, inertHtml, restoredNote } from '../platform/autosave.js';
import { lengthCounter } from '../platform/length.js';

const SAVE_MILLIS = 250;
const plain = (html) => new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body.textContent;

/** Wires the composer of one briefing; request(html) is the body of the POST the composer makes. */
export function keepComposer(composer, briefingId, request) {
  const kept = autosave(briefingId, null, 'composer');
  const counter = lengthCounter(() => {
    const html = composer.html();
    return { body: request(html), text: plain(html) };
  });
  const saved = kept.load();
  const foot = composer.element.querySelector('.composer-foot');
  const note = saved?.values.body ? restoredNote(saved, () => composer.clear()) : null;
  if (note) {
    composer.restore(inertHtml(saved.values.body));
    foot.before(note);
  }
  foot.before(counter.element);
  counter.update();
  let timer = null;
  const save = () => {
    clearTimeout(timer);
    timer = null;
    const body = composer.html();
    kept.save({ body });
    if (!plain(body).trim()) note?.remove(); // posted or emptied: the note about the kept text is moot
    counter.update();
  };
  composer.onChange(() => {
    clearTimeout(timer);
    timer = setTimeout(save, SAVE_MILLIS);
  });
  // A tab closed or reloaded within the delay still keeps its last keystrokes.
  const flush = () => timer && save();
  window.addEventListener('pagehide', flush);
  return {
    stop: () => {
      flush();
      window.removeEventListener('pagehide', flush);
    },
  };
}
