// The desk of one briefing: composer, everyone's updates, the editors' review queue, lifecycle and embed code.
import { api, ApiError } from '../platform/api.js';
import { announce, h } from '../platform/dom.js';
import { t } from '../platform/i18n.js';
import { isEditor } from '../session/session.js';
import { perform } from '../workflow/actions.js';
import { entryCard } from '../workflow/entries.js';
import { createComposer } from './composer.js';
import { watch } from './updates.js';

const LIFECYCLE = { draft: ['go-live'], live: ['close'], closed: ['reopen'], archived: [] };
const LIFECYCLE_KEYS = { 'go-live': 'goLive', close: 'close', reopen: 'reopen' };
const REVIEW_STATES = new Set(['submitted', 'approved']);
const PUBLIC = new Set(['live', 'closed']);
const REVIEW_ACTIONS = new Set(['approve', 'publish', 'reject']);

function embedSnippet(briefing) {
  const src = `${location.origin}${briefing.pageUrl}?embed=1`;
  const snippet = `<iframe src="${src}" title="${briefing.title.replace(/"/g, '&quot;')}" width="100%" height="900" `
    + 'style="border:0" loading="lazy"></iframe>';
  return h('section', { class: 'card embed', 'aria-labelledby': 'embed-title' },
    h('h2', { id: 'embed-title' }, t('editor.desk.embed.title')),
    h('label', { for: 'embed-code', class: 'hint' }, t('editor.desk.embed.hint')),
    h('textarea', { id: 'embed-code', readonly: true, rows: 3, onfocus: (e) => e.target.select() }, snippet));
}

export async function renderDesk(main, session, briefingId) {
  const desk = { briefing: null, entries: [], fingerprint: '' };
  const stream = h('div', { class: 'stream', id: 'stream' });
  const queue = h('div', { class: 'queue', id: 'queue' });
  const head = h('header', { class: 'desk-head' });

  async function act(action, entry) {
    try {
      const done = await perform(action, desk.briefing, entry);
      if (done !== null) announce(t('common.saved'));
    } catch (error) {
      announce(error instanceof ApiError ? error.describe() : String(error), 'error');
    }
    await refresh(true);
  }

  async function lifecycle(action) {
    try {
      await api('POST', `briefings/${briefingId}/${action}`, { body: {}, version: desk.briefing.version });
      announce(t('common.saved'));
    } catch (error) {
      announce(error instanceof ApiError ? error.describe() : String(error), 'error');
    }
    await refresh(true);
  }

  function renderHead() {
    const b = desk.briefing;
    const buttons = isEditor(session) ? LIFECYCLE[b.status].map((action) => h('button', {
      type: 'button', id: `lifecycle-${action}`, onclick: () => lifecycle(action),
    }, t(`editor.desk.lifecycle.${LIFECYCLE_KEYS[action]}`))) : [];
    head.replaceChildren(
      h('div', { class: 'desk-title' },
        h('h1', {}, b.title),
        h('p', { class: 'meta' }, h('span', { class: `badge status-${b.status}` }, t(`editor.briefingStatus.${b.status}`)),
          ` ${b.language} · ${t('editor.desk.timeZone', b.timeZone)}`)),
      h('div', { class: 'desk-tools' }, buttons,
        PUBLIC.has(b.status) ? h('a', { href: b.pageUrl, target: '_blank', rel: 'noopener', class: 'button' }, t('editor.desk.readerPage')) : null));
  }

  function renderEntries() {
    const card = (only) => (entry) => entryCard(entry, { session, timeZone: desk.briefing.timeZone, onAction: act, only });
    stream.replaceChildren(...(desk.entries.length ? desk.entries.map(card())
      : [h('p', { class: 'empty' }, t('editor.desk.stream.empty'))]));
    const waiting = desk.entries.filter((e) => REVIEW_STATES.has(e.state));
    queue.replaceChildren(...(waiting.length ? waiting.map(card(REVIEW_ACTIONS))
      : [h('p', { class: 'empty' }, t('editor.desk.queue.empty'))]));
  }

  async function refresh(force = false) {
    const [briefing, page] = await Promise.all([api('GET', `briefings/${briefingId}`),
      api('GET', `briefings/${briefingId}/entries?limit=100`)]);
    const fingerprint = JSON.stringify([briefing, page.items]);
    if (!force && fingerprint === desk.fingerprint) return;
    Object.assign(desk, { briefing, entries: page.items, fingerprint });
    renderHead();
    renderEntries();
  }

  const composer = createComposer(async () => {
    const body = composer.html();
    if (!body.replace(/<[^>]*>|&nbsp;/g, '').trim()) {
      announce(t('editor.desk.composer.empty'), 'error');
      return;
    }
    try {
      await api('POST', `briefings/${briefingId}/entries`, { body: { body } });
      composer.clear();
      announce(t('editor.desk.composer.posted'));
      await refresh(true);
    } catch (error) {
      announce(error instanceof ApiError ? error.describe() : String(error), 'error');
    }
    composer.focus();
  });

  await refresh(true);
  const side = isEditor(session) ? h('aside', { class: 'desk-side' },
    h('section', { class: 'card', 'aria-labelledby': 'queue-title' },
      h('h2', { id: 'queue-title' }, t('editor.desk.queue.title')), queue),
    PUBLIC.has(desk.briefing.status) ? embedSnippet(desk.briefing) : null) : null;
  main.replaceChildren(h('div', { class: `desk${side ? '' : ' desk-single'}` }, head,
    h('div', { class: 'desk-main' }, composer.element,
      h('section', { class: 'card', 'aria-labelledby': 'stream-title' },
        h('h2', { id: 'stream-title' }, t('editor.desk.stream.title')), stream)),
    side));
  composer.start();
  const stop = watch(() => refresh().catch(() => {}));
  return () => {
    stop();
    composer.destroy();
  };
}
