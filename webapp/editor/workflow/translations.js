// Translation links between entries (issue #18, item 5): translating a published update into a linked language
// version with the source beside the text, the source's diff since the translation was last in step with it, and
// the editor's "still holds" that clears a "source changed" flag.
import { api } from '../platform/api.js';
import { h } from '../platform/dom.js';
import { t } from '../platform/i18n.js';
import { wordDiff } from '../platform/worddiff.js';
import { ask } from './dialogs.js';

/** The text of an entry body as words in lines: each paragraph, item and line break ends a line. */
function words(html) {
  const body = new DOMParser().parseFromString(`<body>${html ?? ''}</body>`, 'text/html').body; // inert
  body.querySelectorAll('p, li, blockquote, br').forEach((node) => node.after('\n'));
  return body.textContent.replace(/\n+/g, '\n').trim();
}

function marked(run) {
  if (run.kind === 'same') return run.text;
  const [, before, text, after] = /^(\s*)([\s\S]*?)(\s*)$/u.exec(run.text);
  return [before, h(run.kind === 'mine' ? 'del' : 'ins', {}, text), after];
}

function sourceText(entry, lang) {
  const body = h('div', { class: 'entry-body source-body', lang, dir: 'auto' });
  body.innerHTML = entry.body; // sanitized by the server when it was written
  return body;
}

/** Whether the desk offers "translate this update": a published entry of a briefing with other language versions. */
export const translatable = (briefing, entry) => entry.state === 'published' && (briefing.translations ?? []).length > 0;

/** Writes a translation of `entry` into a chosen language version, the source beside the text. */
export async function translate(briefing, entry) {
  const versions = briefing.translations;
  let posted = null;
  await ask({
    id: 'translate-dialog', title: t('editor.translate.title'), submitLabel: t('editor.translate.save'),
    fields: [
      { name: 'target', type: 'select', label: t('editor.translate.target'), required: true, value: String(versions[0].id),
        options: versions.map((v) => ({ value: String(v.id), label: `${v.language} — ${v.slug}` })) },
      { name: 'body', type: 'richtext', label: t('editor.translate.body'), required: true }],
    keep: (ui) => ui.aside.append(h('section', { class: 'translate-source', 'aria-label': t('editor.translate.source') },
      h('h3', {}, t('editor.translate.source')), entry.headline ? h('p', { class: 'entry-headline' }, entry.headline) : null,
      sourceText(entry, briefing.language))),
    save: async ({ target, body }) => {
      posted = await api('POST', `briefings/${target}/entries`, { body: { body, translationOf: entry.id } });
      return posted;
    },
  });
  return posted;
}

/** Shows what changed in the source since the translation was last in step with it; changes nothing. */
export async function showSourceDiff(entry) {
  const changed = entry.sourceChanged;
  const source = await api('GET', `briefings/${changed.sourceBriefingId}/entries/${changed.sourceId}`);
  const runs = wordDiff(words(changed.sourceBody), words(source.body));
  await ask({
    id: 'source-diff-dialog', title: t('editor.sourceDiff.title'), submitLabel: t('common.close'), fields: [],
    keep: (ui) => ui.aside.append(h('div', { class: 'source-diff-view' },
      changed.kind === 'retracted' ? h('p', { class: 'note note-retracted' }, t('editor.sourceDiff.retracted', changed.note ?? '')) : null,
      h('p', { class: 'hint' }, t('editor.sourceDiff.hint')),
      h('p', { class: 'merge-diff source-diff' }, runs.map(marked)))),
  });
  return null;
}

/** The editor's "the translation still holds": clears the flag, with If-Match of the translation shown. */
export function confirmSource(briefing, entry) {
  return api('POST', `briefings/${briefing.id}/entries/${entry.id}/source-confirmed`, { body: {}, version: entry.version });
}
