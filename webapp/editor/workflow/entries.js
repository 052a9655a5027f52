// One entry as the desk shows it: time, state badge, flags, body, corrections and the buttons allowed.
import { h } from '../platform/dom.js';
import { formatTime, t } from '../platform/i18n.js';
import { actionLabel, actionsFor } from './actions.js';

const PRIMARY = new Set(['approve', 'publish', 'submit']);
const QUIET = new Set(['pin', 'keyEvent', 'edit', 'delete']);

function flags(entry) {
  return [
    entry.pinned ? h('span', { class: 'flag flag-pinned' }, t('editor.entry.pinned')) : null,
    entry.keyEvent ? h('span', { class: 'flag flag-key' }, t('editor.entry.keyEvent')) : null,
    entry.sourceChanged ? h('span', { class: 'flag flag-source-changed' }, t('editor.entry.sourceChanged')) : null,
  ];
}

function notes(entry, timeZone) {
  return [
    entry.state === 'scheduled' && entry.publishAt
      ? h('p', { class: 'note' }, t('editor.entry.scheduledFor', formatTime(entry.publishAt, timeZone))) : null,
    entry.returnNote ? h('p', { class: 'note note-returned' },
      t('editor.entry.returned', entry.returnedBy, entry.returnNote)) : null,
    entry.rewrittenBy && entry.rewrittenBy !== entry.author
      ? h('p', { class: 'note note-rewritten' }, t('editor.entry.rewritten', entry.rewrittenBy)) : null,
    entry.retractionReason ? h('p', { class: 'note note-retracted' }, t('editor.entry.retractedBecause', entry.retractionReason)) : null,
    entry.sourceChanged ? h('p', { class: 'note note-source-changed' },
      t(`editor.entry.source.${entry.sourceChanged.kind}`, formatTime(entry.sourceChanged.at, timeZone),
        entry.sourceChanged.note ?? '')) : null,
    entry.corrections.map((c) => h('p', { class: 'note note-correction' },
      t('editor.entry.correction', formatTime(c.at, timeZone), c.note))),
  ];
}

/** onAction(action, entry) is called when a button is pressed; only, when given, limits the buttons. */
export function entryCard(entry, { session, timeZone, onAction, only, fourEyes, lang, dir, translatable }) {
  // The text is in the briefing's language and runs its way (issue #18); the desk around it is in the editor's.
  const body = h('div', { class: 'entry-body', ...(lang ? { lang, dir: dir || 'auto' } : {}) });
  body.innerHTML = entry.body; // sanitized by the server when it was written
  const buttons = actionsFor(entry, session, fourEyes, translatable).filter((a) => !only || only.has(a)).map((action) => h('button', {
    type: 'button', class: `small${PRIMARY.has(action) ? ' primary' : ''}${QUIET.has(action) ? ' toggle' : ''}`,
    dataset: { action },
    onclick: () => onAction(action, entry),
  }, actionLabel(action, entry)));
  return h('article', { class: `entry-card state-${entry.state}${entry.pinned ? ' is-pinned' : ''}`,
    dataset: { entryId: entry.id, state: entry.state, ...(entry.sourceChanged ? { sourceChanged: entry.sourceChanged.kind } : {}) }, 'aria-labelledby': `entry-${entry.id}-meta` },
  h('header', { class: 'entry-meta', id: `entry-${entry.id}-meta` },
    h('time', { datetime: entry.publishedAt || entry.createdAt },
      formatTime(entry.publishedAt || entry.createdAt, timeZone)),
    h('span', { class: `badge state-${entry.state}` }, t(`editor.state.${entry.state}`)),
    flags(entry),
    h('span', { class: 'author' }, t('editor.entry.by', entry.author))),
  entry.headline ? h('h3', { class: 'entry-headline' }, entry.headline) : null,
  body, notes(entry, timeZone),
  buttons.length ? h('div', { class: 'entry-actions' }, buttons) : null);
}
