// Who signs the update being written and where it was reported from (issue #17, item 4). Contributors are byline
// profiles (GET /api/contributors), chosen in order; none chosen signs the update with its author's own profile (or
// as the newsroom), as the server does by default. The dateline is a place of the name authority, found by its name
// in any spelling or script (GET /api/names/resolve, places only): the server shows it in the briefing's language
// and house style ("KYIV —"). Everything is built with the DOM; names stay text.
import { api } from '../platform/api.js';
import { h, uniqueId } from '../platform/dom.js';
import { t } from '../platform/i18n.js';

/** A profile's display name in the briefing's language: its exact tag, its base language, English, the first. */
export function displayName(profile, language) {
  const names = profile.displayName ?? {};
  const base = language.split('-')[0];
  return names[language] ?? Object.entries(names).find(([tag]) => tag.split('-')[0] === base)?.[1]
    ?? names.en ?? Object.values(names)[0] ?? String(profile.id);
}

export function createBylinePanel(language) {
  const id = uniqueId('byline');
  let profiles = [];
  let chosen = [];
  let place = null; // { id, name }
  let asked = 0;
  const pick = h('select', { id: `${id}-add`, class: 'byline-add', onchange: () => {
    const value = Number(pick.value);
    if (value && !chosen.includes(value)) chosen.push(value);
    pick.value = '';
    render();
  } });
  const list = h('ol', { class: 'byline-chosen', 'aria-live': 'polite' });
  const where = h('input', { type: 'search', id: `${id}-dateline`, class: 'byline-dateline', autocomplete: 'off',
    'aria-describedby': `${id}-dateline-hint`, oninput: () => lookUp() });
  const options = h('ul', { class: 'byline-places', role: 'listbox', id: `${id}-places`, hidden: true });
  const chosenPlace = h('p', { class: 'byline-place', hidden: true });
  const element = h('fieldset', { class: 'byline-panel', id },
    h('legend', {}, t('editor.desk.byline.legend')),
    h('label', { for: pick.id }, t('editor.desk.byline.add')), pick, list,
    h('label', { for: where.id }, t('editor.desk.byline.dateline')), where,
    h('span', { class: 'hint', id: `${id}-dateline-hint` }, t('editor.desk.byline.datelineHint')),
    options, chosenPlace);

  function render() {
    pick.replaceChildren(h('option', { value: '' }, t('editor.desk.byline.choose')),
      ...profiles.filter((p) => !chosen.includes(p.id))
        .map((p) => h('option', { value: p.id }, displayName(p, language()) + (p.role ? ` (${p.role})` : ''))));
    list.replaceChildren(...(chosen.length ? chosen.map((value, i) => {
      const profile = profiles.find((p) => p.id === value);
      const name = profile ? displayName(profile, language()) : String(value);
      return h('li', { dataset: { contributor: value } }, name,
        h('button', { type: 'button', class: 'byline-remove', 'aria-label': t('editor.desk.byline.remove', name),
          onclick: () => { chosen.splice(i, 1); render(); } }, '×'));
    }) : [h('li', { class: 'hint' }, t('editor.desk.byline.default'))]));
    chosenPlace.hidden = !place;
    chosenPlace.replaceChildren(...(place ? [t('editor.desk.byline.datelineChosen', place.name), ' ',
      h('button', { type: 'button', class: 'byline-remove', onclick: () => { place = null; render(); } },
        t('editor.desk.byline.datelineRemove'))] : []));
  }

  async function lookUp() {
    const q = where.value.trim();
    const mine = ++asked;
    if (q.length < 2) {
      options.hidden = true;
      return;
    }
    try {
      const found = await api('GET', `names/resolve?q=${encodeURIComponent(q)}&lang=${encodeURIComponent(language())}&limit=8`);
      if (mine !== asked) return;
      const places = found.matches.filter((m) => m.type === 'place');
      options.replaceChildren(...places.map((m) => h('li', { role: 'option', tabindex: 0, dataset: { place: m.id },
        onclick: () => choose(m), onkeydown: (event) => { if (event.key === 'Enter') { event.preventDefault(); choose(m); } } },
      m.preferred)));
      options.hidden = places.length === 0;
    } catch {
      options.hidden = true; // the dateline is optional: a failed lookup only leaves it unset
    }
  }

  function choose(match) {
    place = { id: match.id, name: match.preferred };
    where.value = '';
    options.hidden = true;
    render();
  }

  async function load() {
    try {
      profiles = (await api('GET', 'contributors?limit=200')).items;
    } catch {
      profiles = [];
    }
    render();
  }

  render();
  return {
    element,
    load,
    /** What the update's request carries: {contributors, dateline}, only what was chosen. */
    fields: () => ({ ...(chosen.length ? { contributors: [...chosen] } : {}), ...(place ? { dateline: place.id } : {}) }),
    clear: () => {
      chosen = [];
      place = null;
      where.value = '';
      options.hidden = true;
      render();
    },
  };
}
