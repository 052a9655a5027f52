// A dialog that changes an entry keeps what was typed until the server has it (issue #14, finding 2). The text is
// autosaved per briefing, entry and dialog, and put back with a note when the dialog opens again after a reload, a
// crash or a cancel. When someone else changed the entry meanwhile (412), the dialog stays open with your text and
// shows their current version beside it: "Use theirs" drops yours, "Keep mine and save" sends yours again with
// the If-Match of their version; either way it is a choice, never a silent overwrite.
import { api, ApiError } from '../platform/api.js';
import { autosave, inertHtml, restoredNote } from '../platform/autosave.js';
import { h } from '../platform/dom.js';
import { formatTime, t } from '../platform/i18n.js';
import { lengthCounter } from '../platform/length.js';
import { wordDiff } from '../platform/worddiff.js';
import { ask } from './dialogs.js';

const TEXT_TYPES = new Set([undefined, 'text', 'textarea', 'richtext']);
const NOTHING_KEPT = { load: () => null, save: () => {}, clear: () => {} };
const plain = (html) => new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body.textContent;

/** The typed text of the form, as a person would count it. */
function textOf(spec, values) {
  return spec.fields.filter((f) => TEXT_TYPES.has(f.type))
    .map((f) => (f.type === 'richtext' ? plain(values[f.name] ?? '') : values[f.name] ?? '')).join('\n');
}

/** The text of a field as words in lines: each paragraph, item and line break ends a line. */
function wordsOf(field, value) {
  if (field.type !== 'richtext') return String(value ?? '');
  const body = new DOMParser().parseFromString(`<body>${value ?? ''}</body>`, 'text/html').body; // inert
  body.querySelectorAll('p, li, blockquote, br').forEach((node) => node.after('\n'));
  return body.textContent.replace(/\n+/g, '\n').trim();
}

/** A run of the diff: a change is struck out (mine) or underlined (theirs), the spaces around it are not. */
function marked(run) {
  if (run.kind === 'same') return run.text;
  const [, before, words, after] = /^(\s*)([\s\S]*?)(\s*)$/u.exec(run.text);
  return [before, h(run.kind === 'mine' ? 'del' : 'ins', {}, words), after];
}

/** Word by word, what differs between yours and theirs in each text field they both have; nothing when equal. */
function differences(spec, values, theirs) {
  const parts = spec.fields.filter((f) => TEXT_TYPES.has(f.type) && typeof theirs[f.name] === 'string')
    .map((f) => {
      const runs = wordDiff(wordsOf(f, values[f.name]), wordsOf(f, theirs[f.name]));
      if (runs.every((run) => run.kind === 'same')) return null;
      return h('p', { class: 'merge-diff', dataset: { field: f.name } }, runs.map(marked));
    }).filter(Boolean);
  return parts.length ? [h('h3', {}, t('editor.merge.diff')), h('p', { class: 'hint' }, t('editor.merge.diffHint')),
    ...parts] : [];
}

function theirVersion(entry, timeZone) {
  const body = h('div', { class: 'entry-body merge-body' });
  body.innerHTML = entry.body; // sanitized by the server when it was written
  return [h('p', { class: 'merge-state' }, t('editor.merge.state', t(`editor.state.${entry.state}`),
    formatTime(entry.updatedAt, timeZone))), body];
}

/** Shows the other person's version beside the fields; resolves nothing, the buttons act on the dialog. */
function showClash(ui, spec, theirs, timeZone, { onTheirs, onMine }) {
  ui.form.classList.add('merging');
  const titleId = `${ui.form.parentElement.id}-theirs`;
  ui.aside.replaceChildren(h('section', { class: 'merge', 'aria-labelledby': titleId },
    h('h3', { id: titleId }, t('editor.merge.theirs')), ...theirVersion(theirs, timeZone),
    ...differences(spec, ui.values(), theirs),
    h('p', { class: 'hint' }, t('editor.merge.hint')),
    h('div', { class: 'merge-buttons' },
      h('button', { type: 'button', class: 'merge-theirs', onclick: onTheirs }, t('editor.merge.useTheirs')),
      h('button', { type: 'button', class: 'primary merge-mine', onclick: onMine }, t('editor.merge.keepMine')))));
  const yours = ui.form.querySelector('.dialog-fields');
  if (!yours.querySelector('.merge-yours')) yours.prepend(h('h3', { class: 'merge-yours' }, t('editor.merge.yours')));
}

/**
 * Opens the dialog `spec` for `entry` and sends request(values) → {method, suffix, body} with If-Match. Resolves
 * with the server's answer, {theirs: true} when the person took the other version, or null when cancelled.
 */
export async function editInDialog({ kind, briefing, entry, spec, request }) {
  const path = `briefings/${briefing.id}/entries/${entry.id}`;
  const hasText = spec.fields.some((f) => TEXT_TYPES.has(f.type));
  const kept = hasText ? autosave(briefing.id, entry.id, kind) : NOTHING_KEPT;
  const saved = kept.load();
  let version = saved?.version ?? entry.version;
  const send = (values) => {
    const { method, suffix = '', body } = request(values);
    return api(method, path + suffix, { body, version });
  };
  const result = await ask({
    ...spec,
    keep: (ui) => {
      const counter = hasText ? lengthCounter(() => ({ body: request(ui.values()).body,
        text: textOf(spec, ui.values()) })) : null;
      if (saved) {
        spec.fields.filter((f) => f.name in saved.values).forEach((f) => ui.set(f.name,
          f.type === 'richtext' ? inertHtml(String(saved.values[f.name])) : saved.values[f.name]));
        ui.notes.append(restoredNote(saved, () => {
          kept.clear();
          version = entry.version;
          spec.fields.forEach((f) => ui.set(f.name, f.value ?? ''));
          counter?.update();
        }));
      }
      if (counter) {
        ui.notes.append(counter.element);
        counter.update();
      }
      ui.onInput((values) => {
        kept.save(values, version);
        counter?.update();
      });
    },
    save: async (values, ui) => {
      kept.save(values, version);
      try {
        const saved = await send(values);
        kept.clear(); // even if the dialog was cancelled while the request was under way
        return saved;
      } catch (error) {
        if (!(error instanceof ApiError) || error.status !== 412) throw error;
        const theirs = await api('GET', path);
        showClash(ui, spec, theirs, briefing.timeZone, {
          onTheirs: () => {
            kept.clear();
            ui.close({ theirs: true });
          },
          onMine: () => {
            version = theirs.version;
            kept.save(ui.values(), version);
            ui.save();
          },
        });
        throw { describe: () => t('editor.merge.title') };
      }
    },
  });
  if (result !== null) kept.clear();
  return result;
}
