// What a person may do with an entry, and doing it: every request carries If-Match with the version shown.
import { api } from '../platform/api.js';
import { t } from '../platform/i18n.js';
import { isEditor } from '../session/session.js';
import { editInDialog } from './merge.js';
import { confirmSource, showSourceDiff, translate } from './translations.js';
import { instantToZoned, zonedToInstant } from './zone.js';

/**
 * The buttons for one entry, by role, state and the briefing's four-eyes setting. The server decides in the end;
 * this only hides what would fail.
 */
export function actionsFor(entry, session, fourEyes = true, translatable = false) {
  const allowed = new Set(entry.transitions);
  const own = entry.author === session.user;
  const rewrittenByOther = Boolean(entry.rewrittenBy) && entry.rewrittenBy !== entry.author;
  const actions = [];
  // Authors edit their drafts; once submitted an update is in the editors' hands (the API still takes the author's
  // edit of a submitted update, which sends an approved one back to review).
  if (BEFORE_PUBLICATION.has(entry.state) && (isEditor(session) || (own && entry.state === 'draft'))) {
    actions.push('edit');
  }
  if (own && entry.state === 'draft') actions.push('delete');
  if (allowed.has('submit') && (own || isEditor(session))) actions.push('submit');
  if (entry.sourceChanged) actions.push('sourceDiff');
  if (entry.sourceChanged && isEditor(session)) actions.push('confirmSource');
  if (translatable && entry.state === 'published') actions.push('translate');
  // The author's re-approval of a text someone else rewrote: the one approval a reporter gives (four eyes).
  if (allowed.has('approve') && own && rewrittenByOther) actions.push('approve');
  if (!isEditor(session)) return actions;
  if (allowed.has('approve') && !own && entry.rewrittenBy !== session.user) actions.push('approve');
  // The editor who rewrote it releases it only after someone else approved the new text (EditorialPolicy).
  const ownRewrite = rewrittenByOther && entry.rewrittenBy === session.user;
  const seenByOther = ['approved', 'scheduled'].includes(entry.state) && entry.approvedBy
    && entry.approvedBy !== session.user;
  const held = fourEyes && ownRewrite && !seenByOther ? new Set(['publish', 'schedule']) : new Set();
  ['publish', 'schedule', 'reject', 'retract'].filter((a) => allowed.has(a) && !held.has(a))
    .forEach((a) => actions.push(a));
  if (entry.state === 'published') actions.push('correct');
  if (entry.state !== 'retracted') actions.push('pin', 'keyEvent');
  else if (entry.pinned) actions.push('pin'); // pinned before retraction unpinned by itself: Unpin stays possible
  return actions;
}

const BEFORE_PUBLICATION = new Set(['draft', 'submitted', 'approved', 'scheduled']);

export function actionLabel(action, entry) {
  if (action === 'approve' && entry.rewrittenBy && entry.rewrittenBy !== entry.author) {
    return t('editor.action.approveRewrite');
  }
  if (action === 'pin') return t(entry.pinned ? 'editor.action.unpin' : 'editor.action.pin');
  if (action === 'keyEvent') return t(entry.keyEvent ? 'editor.action.unmarkKeyEvent' : 'editor.action.markKeyEvent');
  return t(`editor.action.${action}`);
}

const path = (briefing, entry) => `briefings/${briefing.id}/entries/${entry.id}`;

function transition(briefing, entry, name, body = {}) {
  return api('POST', `${path(briefing, entry)}/${name}`, { body, version: entry.version });
}

function revise(entry, briefing, changes) {
  return api('PUT', path(briefing, entry), { body: { body: entry.body, ...changes }, version: entry.version });
}

const transitionRequest = (name, body) => ({ method: 'POST', suffix: `/${name}`, body });

/** The entry's optional headline as a dialog field; emptied, it removes the headline. */
const headlineField = (entry) => ({ name: 'headline', label: t('editor.dialog.headline'), value: entry.headline ?? '' });

/** The dialogs: what they ask, and the request that the answers make (merge.js sends it and keeps the text). */
const DIALOGS = {
  reject: () => ({ spec: { id: 'reject-dialog', title: t('editor.dialog.reject.title'),
    submitLabel: t('editor.action.reject'),
    fields: [{ name: 'note', type: 'textarea', label: t('editor.dialog.reject.note'), required: true }] },
  request: ({ note }) => transitionRequest('reject', { note }) }),
  retract: () => ({ spec: { id: 'retract-dialog', title: t('editor.dialog.retract.title'),
    submitLabel: t('editor.action.retract'),
    fields: [{ name: 'reason', type: 'textarea', label: t('editor.dialog.retract.reason'), required: true }] },
  request: ({ reason }) => transitionRequest('retract', { reason }) }),
  schedule: (briefing) => ({ spec: { id: 'schedule-dialog', title: t('editor.dialog.schedule.title'),
    submitLabel: t('editor.action.schedule'),
    fields: [{ name: 'at', type: 'datetime-local', required: true,
      label: t('editor.dialog.schedule.at', briefing.timeZone),
      value: instantToZoned(Date.now() + 3600_000, briefing.timeZone) }] },
  request: ({ at }) => transitionRequest('schedule', { publishAt: zonedToInstant(at, briefing.timeZone) }) }),
  correct: (briefing, entry) => ({ spec: { id: 'correct-dialog', title: t('editor.dialog.correct.title'),
    submitLabel: t('common.save'),
    fields: [
      headlineField(entry),
      { name: 'body', type: 'richtext', label: t('editor.dialog.correct.body'), value: entry.body, required: true },
      { name: 'correctionNote', label: t('editor.dialog.correct.note'), required: true, requiredUnless: 'minor' },
      { name: 'minor', type: 'checkbox', label: t('editor.dialog.correct.minor') }] },
  request: (values) => ({ method: 'PUT', body: { body: values.body, headline: values.headline ?? '', minor: values.minor,
    correctionNote: values.minor ? null : values.correctionNote } }) }),
  edit: (briefing, entry) => ({ spec: { id: 'edit-dialog', title: t('editor.dialog.edit.title'),
    submitLabel: t('common.save'),
    fields: [headlineField(entry),
      { name: 'body', type: 'richtext', label: t('editor.dialog.edit.body'), value: entry.body, required: true }] },
  request: ({ body, headline }) => ({ method: 'PUT', suffix: '/draft', body: { body, headline: headline ?? '' } }) }),
  delete: () => ({ spec: { id: 'delete-dialog', title: t('editor.dialog.delete.title'),
    submitLabel: t('editor.action.delete'), fields: [] },
  request: () => ({ method: 'DELETE' }) }),
};

const TRANSLATIONS = {
  sourceDiff: (briefing, entry) => showSourceDiff(entry),
  confirmSource,
  translate,
};

const TOGGLES = {
  pin: (briefing, entry) => revise(entry, briefing, { pinned: !entry.pinned }),
  keyEvent: (briefing, entry) => revise(entry, briefing, { keyEvent: !entry.keyEvent }),
};

/** Takes the action; resolves with null when the person cancelled a dialog or took the other person's version. */
export async function perform(action, briefing, entry) {
  const dialog = DIALOGS[action];
  if (dialog) {
    const result = await editInDialog({ kind: action, briefing, entry, ...dialog(briefing, entry) });
    if (result?.theirs) return null;
    return action === 'delete' && result !== null ? { deleted: entry.id } : result;
  }
  if (TRANSLATIONS[action]) return TRANSLATIONS[action](briefing, entry);
  const toggle = TOGGLES[action];
  return toggle ? toggle(briefing, entry) : transition(briefing, entry, action);
}
