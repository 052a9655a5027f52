// The desk of one briefing: composer, everyone's updates, the editors' review queue, lifecycle and embed code.
import { api, ApiError } from '../platform/api.js';
import { announce, h } from '../platform/dom.js';
import { focusKey, refocus } from '../platform/focus.js';
import { t } from '../platform/i18n.js';
import { isEditor } from '../session/session.js';
import { perform } from '../workflow/actions.js';
import { entryCard } from '../workflow/entries.js';
import { translatable } from '../workflow/translations.js';
import { createComposer } from './composer.js';
import { createPicturePanel } from './picture.js';
import { createBylinePanel } from './byline.js';
import { createEmbedPanel } from './embed.js';
import { keepComposer } from './keep.js';
import { deskHead, embedSnippet, PUBLIC } from './head.js';
import { watch } from './updates.js';

const REVIEW_STATES = new Set(['submitted', 'approved']);
const REVIEW_ACTIONS = new Set(['approve', 'publish', 'reject', 'edit']);
const SOURCE_ACTIONS = new Set(['sourceDiff', 'confirmSource', 'correct', 'edit']);
const PAGE_SIZE = 100;

const explain = (error) => announce(error instanceof ApiError ? error.describe() : String(error), 'error',
  error?.goneWhen);
const isBlank = (html) => !html.replace(/<[^>]*>|&nbsp;/g, '').trim();

export async function renderDesk(screen, session, briefingId) {
  const desk = { briefing: null, entries: [], more: false, wanted: PAGE_SIZE, fingerprint: '' };
  const head = h('header', { class: 'desk-head' });
  const stream = h('div', { class: 'stream', id: 'stream' });
  const older = h('button', { type: 'button', id: 'stream-more', hidden: true, onclick: () => loadOlder() },
    t('editor.desk.stream.more'));
  const queue = h('div', { class: 'queue', id: 'queue' });
  const sourceChanged = h('div', { class: 'queue', id: 'source-changed' });

  // Every action ends with a reload, so a 412 shows what changed; a 409 or 403 is explained and nothing moves.
  async function run(request, successMessage = t('common.saved')) {
    try {
      if ((await request()) !== null) announce(successMessage);
    } catch (error) {
      explain(error);
    }
    await refresh(true);
  }

  const act = (action, entry) => run(() => perform(action, desk.briefing, entry),
    action === 'delete' ? t('editor.desk.deleted') : t('common.saved'));
  const lifecycle = (action) => run(() => api('POST', `briefings/${briefingId}/${action}`,
    { body: {}, version: desk.briefing.version }));

  function render() {
    const focused = focusKey(document.activeElement); // a live redraw keeps a keyboard user's place
    head.replaceChildren(...deskHead(desk.briefing, session, lifecycle));
    const card = (only) => (entry) => entryCard(entry, { session, timeZone: desk.briefing.timeZone,
      fourEyes: desk.briefing.fourEyes, onAction: act, only, lang: desk.briefing.language, dir: desk.briefing.dir,
      translatable: translatable(desk.briefing, entry) });
    const empty = (key) => [h('p', { class: 'empty' }, t(key))];
    stream.replaceChildren(...(desk.entries.length ? desk.entries.map(card()) : empty('editor.desk.stream.empty')));
    const waiting = desk.entries.filter((e) => REVIEW_STATES.has(e.state));
    queue.replaceChildren(...(waiting.length ? waiting.map(card(REVIEW_ACTIONS)) : empty('editor.desk.queue.empty')));
    const flagged = desk.entries.filter((e) => e.sourceChanged);
    sourceChanged.replaceChildren(...(flagged.length ? flagged.map(card(SOURCE_ACTIONS))
      : empty('editor.desk.sourceChanged.empty')));
    refocus(focused);
  }

  // The desk shows the newest `wanted` updates; scrolling to the end (or the button there) asks for a page more.
  // Every refresh reloads all of them, page by page, so a live change to an older update shows too.
  async function loadEntries() {
    let items = [];
    let next = `briefings/${briefingId}/entries?limit=${PAGE_SIZE}`;
    while (next && items.length < desk.wanted) {
      const page = await api('GET', next);
      items = items.concat(page.items);
      next = page.next ? page.next.replace(/^.*?\/api\//, '') : null;
    }
    return { items, more: Boolean(next) };
  }

  async function refresh(force = false) {
    const [briefing, page] = await Promise.all([api('GET', `briefings/${briefingId}`), loadEntries()]);
    const fingerprint = JSON.stringify([briefing, page.items, page.more]);
    if (!force && fingerprint === desk.fingerprint) return;
    Object.assign(desk, { briefing, entries: page.items, more: page.more, fingerprint });
    render();
    older.hidden = !desk.more;
  }

  let loadingOlder = false;
  async function loadOlder() {
    if (loadingOlder || !desk.more) return;
    loadingOlder = true;
    desk.wanted = desk.entries.length + PAGE_SIZE;
    try {
      await refresh(true);
    } catch (error) {
      explain(error);
    } finally {
      loadingOlder = false;
    }
  }

  const picture = createPicturePanel(briefingId);
  const byline = createBylinePanel(() => desk.briefing.language);
  const embed = createEmbedPanel();
  const composer = createComposer(async ({ submit }) => {
    let figure;
    try {
      figure = picture.figureHtml() + embed.figureHtml();
    } catch (missingAlt) {
      announce(missingAlt.message, 'error');
      return;
    }
    const text = composer.html();
    if (isBlank(text) && !figure) {
      announce(t('editor.desk.composer.empty'), 'error');
      return;
    }
    const body = isBlank(text) ? figure : text + figure;
    await run(async () => {
      const headline = composer.headline();
      const fields = { body, ...(headline ? { headline } : {}), ...byline.fields() };
      const posted = await api('POST', `briefings/${briefingId}/entries`, { body: fields });
      composer.clear();
      picture.clear();
      byline.clear();
      embed.clear();
      if (submit) {
        await api('POST', `briefings/${briefingId}/entries/${posted.id}/submit`, { body: {}, version: posted.version });
      }
    }, t(submit ? 'editor.desk.composer.submitted' : 'editor.desk.composer.posted'));
    composer.focus();
  }, () => desk.briefing.language, (file) => picture.take(file), () => desk.briefing.dir);

  // Kept text goes back into the composer before TinyMCE starts; api() refuses an over-long one unsent.
  const kept = keepComposer(composer, briefingId, (body) => ({ body }));
  await refresh(true);
  screen.replaceChildren(layout(desk.briefing, session,
    { head, composer: composer.element, picture: picture.element, embed: embed.element, byline: byline.element,
      stream, older, queue, sourceChanged }));
  composer.start();
  byline.load();
  const stop = watch(briefingId, () => refresh().catch(() => {}));
  const scrolled = typeof IntersectionObserver === 'function'
    ? new IntersectionObserver((seen) => { if (seen.some((e) => e.isIntersecting)) loadOlder(); }) : null;
  scrolled?.observe(older);
  const caughtUp = () => refresh().catch(() => {});
  window.addEventListener('livebrief:online', caughtUp);
  return () => {
    window.removeEventListener('livebrief:online', caughtUp);
    kept.stop();
    scrolled?.disconnect();
    stop();
    composer.destroy();
  };
}

function layout(briefing, session, parts) {
  const side = isEditor(session) ? h('aside', { class: 'desk-side' },
    h('section', { class: 'card', 'aria-labelledby': 'queue-title' },
      h('h2', { id: 'queue-title' }, t('editor.desk.queue.title')), parts.queue),
    h('section', { class: 'card', 'aria-labelledby': 'source-changed-title' },
      h('h2', { id: 'source-changed-title' }, t('editor.desk.sourceChanged.title')), parts.sourceChanged),
    PUBLIC.has(briefing.status) ? embedSnippet(briefing) : null) : null;
  return h('div', { class: `desk${side ? '' : ' desk-single'}` }, parts.head,
    h('div', { class: 'desk-main' }, parts.composer, parts.picture, parts.embed, parts.byline,
      h('section', { class: 'card', 'aria-labelledby': 'stream-title' },
        h('h2', { id: 'stream-title' }, t('editor.desk.stream.title')), parts.stream, parts.older)),
    side);
}
