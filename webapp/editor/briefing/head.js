// The desk's header: the briefing's title and status, lifecycle buttons for editors, the reader page link.
import { h } from '../platform/dom.js';
import { t } from '../platform/i18n.js';
import { isEditor } from '../session/session.js';

const LIFECYCLE = { draft: ['go-live'], live: ['close'], closed: ['reopen'], archived: [] };
const LIFECYCLE_KEYS = { 'go-live': 'goLive', close: 'close', reopen: 'reopen' };
export const PUBLIC = new Set(['live', 'closed']);

/** onLifecycle(action) takes go-live, close or reopen. */
export function deskHead(briefing, session, onLifecycle) {
  const buttons = isEditor(session) ? LIFECYCLE[briefing.status].map((action) => h('button', {
    type: 'button', id: `lifecycle-${action}`, onclick: () => onLifecycle(action),
  }, t(`editor.desk.lifecycle.${LIFECYCLE_KEYS[action]}`))) : [];
  const status = h('span', { class: `badge status-${briefing.status}` }, t(`editor.briefingStatus.${briefing.status}`));
  return [
    h('div', { class: 'desk-title' }, h('h1', { lang: briefing.language, dir: briefing.dir || 'auto' }, briefing.title),
      h('p', { class: 'meta' }, status, ` ${briefing.language} · ${t('editor.desk.timeZone', briefing.timeZone)}`)),
    h('div', { class: 'desk-tools' }, buttons, PUBLIC.has(briefing.status)
      ? h('a', { href: briefing.pageUrl, target: '_blank', rel: 'noopener', class: 'button' }, t('editor.desk.readerPage'))
      : null),
  ];
}

/**
 * The one line a host CMS pastes into its article to show the briefing: the reader page without masthead in an
 * iframe, and the loader script that makes the iframe as tall as the briefing (live/embed.js). Without the script
 * the iframe keeps its fixed height and scrolls.
 */
export function embedSnippet(briefing) {
  const src = `${location.origin}${briefing.pageUrl}?embed=1`;
  const loader = new URL('../live/embed.js', location.href).href;
  const snippet = `<iframe src="${src}" title="${briefing.title.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" `
    + `data-livebrief width="100%" height="900" style="border:0;width:100%"></iframe><script src="${loader}" async></script>`;
  return h('section', { class: 'card embed', 'aria-labelledby': 'embed-title' },
    h('h2', { id: 'embed-title' }, t('editor.desk.embed.title')),
    h('label', { for: 'embed-code', class: 'hint' }, t('editor.desk.embed.hint')),
    h('textarea', { id: 'embed-code', readonly: true, rows: 6, onfocus: (e) => e.target.select() }, snippet));
}
