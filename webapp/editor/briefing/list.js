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
      announce(error.describe?.() ?? String(error), 'error');
    }
  });
  return form;
}

export async function renderBriefingList(screen, session) {
  const listing = await api('GET', 'briefings?limit=50');
  screen.replaceChildren(h('div', { class: 'list-screen' },
    h('section', { class: 'card', 'aria-labelledby': 'list-title' },
      h('h1', { id: 'list-title' }, t('editor.list.title')), table(listing.items)),
    isEditor(session) ? createForm() : null));
  document.getElementById('main').focus();
  return () => {};
}
