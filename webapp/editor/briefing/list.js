// The briefings list and the form that creates one (editors only).
import { api } from '../platform/api.js';
import { announce, h } from '../platform/dom.js';
import { formatTime, t } from '../platform/i18n.js';
import { isEditor } from '../session/session.js';

const ZONES = ['Europe/Kyiv', 'Europe/London', 'Europe/Berlin', 'Europe/Prague', 'Europe/Moscow', 'UTC',
  'America/New_York'];

function row(briefing) {
  return h('tr', {},
    h('td', {}, h('a', { href: `#/briefings/${briefing.id}`, dataset: { briefingId: briefing.id } }, briefing.title)),
    h('td', {}, briefing.language),
    h('td', {}, h('span', { class: `badge status-${briefing.status}` }, t(`editor.briefingStatus.${briefing.status}`))),
    h('td', { class: 'time' }, formatTime(briefing.updatedAt, briefing.timeZone)));
}

function table(items) {
  if (items.length === 0) return h('p', { class: 'empty' }, t('editor.list.empty'));
  const head = ['title', 'language', 'status', 'updated'].map((c) => h('th', { scope: 'col' }, t(`editor.list.column.${c}`)));
  return h('table', { class: 'briefings' }, h('thead', {}, h('tr', {}, head)), h('tbody', {}, items.map(row)));
}

function field(id, label, control) {
  return h('div', { class: 'field' }, h('label', { for: id }, label), control);
}

function createForm() {
  const select = (id, values, labelOf) => h('select', { id, name: id },
    values.map((v) => h('option', { value: v }, labelOf(v))));
  const form = h('form', { class: 'create card', 'aria-labelledby': 'create-title' },
    h('h2', { id: 'create-title' }, t('editor.create.title')),
    field('create-name', t('editor.create.name'), h('input', { id: 'create-name', required: true, maxlength: 300 })),
    h('div', { class: 'row' },
      field('create-language', t('editor.create.language'), select('create-language', ['en', 'uk', 'ru'], (v) => v)),
      field('create-zone', t('editor.create.timeZone'), select('create-zone', ZONES, (v) => v)),
      field('create-status', t('editor.create.status'),
        select('create-status', ['live', 'draft'], (v) => t(`editor.briefingStatus.${v}`)))),
    h('button', { type: 'submit', class: 'primary' }, t('editor.create.submit')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const value = (id) => form.querySelector(`#${id}`).value;
    try {
      const created = await api('POST', 'briefings', { body: {
        title: value('create-name').trim(), language: value('create-language'),
        timeZone: value('create-zone'), status: value('create-status'),
      } });
      announce(t('editor.create.created'));
      location.hash = `#/briefings/${created.id}`;
    } catch (error) {
      announce(error.describe?.() ?? String(error), 'error', error?.goneWhen);
    }
  });
  return form;
}

const PAGE_SIZE = 20;
const STATUSES = ['draft', 'live', 'closed', 'archived'];

/** The search form: words in the title or address, language, status and "only mine"; onChange() runs a search. */
function searchForm(onChange) {
  const choice = (id, values, labelOf) => h('select', { id, name: id, onchange: onChange },
    h('option', { value: '' }, t('editor.list.search.any')), values.map((v) => h('option', { value: v }, labelOf(v))));
  let typing;
  const form = h('form', { class: 'list-search', role: 'search', 'aria-label': t('editor.list.search.label') },
    field('list-q', t('editor.list.search.q'), h('input', { id: 'list-q', type: 'search', maxlength: 200,
      oninput: () => {
        clearTimeout(typing);
        typing = setTimeout(onChange, 300);
      } })),
    field('list-language', t('editor.list.search.language'), choice('list-language', ['en', 'uk', 'ru'], (v) => v)),
    field('list-status', t('editor.list.search.status'),
      choice('list-status', STATUSES, (v) => t(`editor.briefingStatus.${v}`))),
    h('div', { class: 'field field-checkbox' }, h('input', { id: 'list-mine', type: 'checkbox', onchange: onChange }),
      h('label', { for: 'list-mine' }, t('editor.list.search.mine'))),
    h('button', { type: 'submit' }, t('editor.list.search.submit')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    onChange({ again: true });
  });
  return form;
}

function query(form) {
  const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
  const value = (id) => form.querySelector(`#${id}`).value.trim();
  if (value('list-q')) params.set('q', value('list-q'));
  if (value('list-language')) params.set('language', value('list-language'));
  if (value('list-status')) params.set('status', value('list-status'));
  if (form.querySelector('#list-mine').checked) params.set('mine', 'true');
  return `briefings?${params}`;
}

/** The API's next link (/livebrief/api/briefings?…) as a path for api(). */
export const apiPath = (next) => next.replace(/^.*?\/api\//, '');

export async function renderBriefingList(screen, session) {
  const results = h('div', { id: 'briefing-results' });
  let items = [];
  let searches = 0;
  const show = (listing, filtered) => {
    const more = listing.next ? h('button', { type: 'button', id: 'list-more', onclick: async (event) => {
      event.target.disabled = true;
      try {
        const page = await api('GET', apiPath(listing.next));
        items = items.concat(page.items);
        show(page, filtered);
        document.querySelector(`a[data-briefing-id="${page.items[0]?.id}"]`)?.focus();
      } catch (error) {
        event.target.disabled = false;
        announce(error.describe?.() ?? String(error), 'error', error?.goneWhen);
      }
    } }, t('editor.list.more')) : null;
    const empty = filtered ? h('p', { class: 'empty' }, t('editor.list.noMatch')) : null;
    results.replaceChildren(items.length || !empty ? table(items) : empty, more);
  };
  // The search shown or on its way: the same search again (the typing pause ending after a filter changed) would
  // only redraw the same rows under the editor's pointer. The search button asks again on purpose.
  let requested = `briefings?limit=${PAGE_SIZE}`;
  const form = searchForm(async (change) => {
    const wanted = query(form);
    if (wanted === requested && change?.again !== true) return;
    requested = wanted;
    searches += 1;
    const mine = searches;
    try {
      const listing = await api('GET', wanted);
      if (mine !== searches) return; // a newer search answered first
      items = listing.items;
      show(listing, wanted !== `briefings?limit=${PAGE_SIZE}`);
    } catch (error) {
      if (mine === searches) requested = null;
      announce(error.describe?.() ?? String(error), 'error', error?.goneWhen);
    }
  });
  const listing = await api('GET', query(form));
  items = listing.items;
  show(listing, false);
  screen.replaceChildren(h('div', { class: 'list-screen' },
    h('section', { class: 'card', 'aria-labelledby': 'list-title' },
      h('h1', { id: 'list-title' }, t('editor.list.title')), form, results),
    isEditor(session) ? createForm() : null));
  document.getElementById('main').focus();
  return () => {};
}
