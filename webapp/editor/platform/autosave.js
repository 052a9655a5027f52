// Typed text is kept in this browser's localStorage until the server has it: one slot per signed-in user, briefing,
// entry ('new' for the composer) and kind of text (composer, correct, reject…), with the version of the entry the
// text was written against, so a text restored after a reload, a crash or a failed request is still sent with the
// If-Match it was typed for (a change made meanwhile then shows as a clash to merge, never as a silent overwrite).
import { h } from './dom.js';
import { formatTime, t } from './i18n.js';

const PREFIX = 'livebrief.draft';
let user = null;

/** Called when the session becomes known or ends: slots belong to the person who typed them. */
export function autosaveFor(signedInUser) {
  user = signedInUser;
}

const isBlank = (value) => value === undefined || value === null || value === false
  || (typeof value === 'string' && !value.replace(/<[^>]*>|&nbsp;/g, '').trim());

/** The slot of one text; load() → {values, version, savedAt} or null. */
export function autosave(briefingId, entryId, kind) {
  const key = () => `${PREFIX}.${user ?? '-'}.${briefingId}.${entryId ?? 'new'}.${kind}`;
  return {
    load() {
      try {
        const saved = JSON.parse(localStorage.getItem(key()) ?? 'null');
        return saved && typeof saved.values === 'object' ? saved : null;
      } catch {
        return null;
      }
    },
    /** Keeps the values; when none of them holds text any more, the slot is emptied instead. */
    save(values, version) {
      if (Object.values(values).every(isBlank)) {
        this.clear();
        return;
      }
      try {
        localStorage.setItem(key(), JSON.stringify({ values, version, savedAt: new Date().toISOString() }));
      } catch {
        // Storage full or disabled: the text is still on the screen; nothing more can be done here.
      }
    },
    clear() {
      localStorage.removeItem(key());
    },
  };
}

/** The visible note that a kept text was put back, with a button that throws it away. */
export function restoredNote(saved, onDiscard) {
  const note = h('p', { class: 'note note-restored', role: 'status' },
    t('editor.autosave.restored', formatTime(saved.savedAt)), ' ',
    h('button', { type: 'button', class: 'small quiet restored-discard', onclick: () => {
      note.remove();
      onDiscard();
    } }, t('editor.autosave.discard')));
  return note;
}

/**
 * HTML kept in storage goes back into an editable element only after the parts no update may hold are removed:
 * storage is the page's own, but a text should never come back able to run anything.
 */
export function inertHtml(html) {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  doc.body.querySelectorAll('script,style,iframe,frame,object,embed,svg,math,form,link,meta,base,img')
    .forEach((e) => e.remove());
  doc.body.querySelectorAll('*').forEach((e) => [...e.attributes].forEach((a) => {
    if (/^on/i.test(a.name) || /^\s*(javascript|data|vbscript):/i.test(a.value)) e.removeAttribute(a.name);
  }));
  return doc.body.innerHTML;
}
