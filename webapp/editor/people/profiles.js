// Byline profiles in the editor (issue #17, item 4): what readers see instead of login names. Every contributor
// edits their own profile (GET /api/contributors/me, PUT with If-Match); an admin lists, makes and edits everyone's,
// including contributors without an account (stringers, wire services). A profile has a display name per language,
// a role, a profile link and a picture (uploaded like any image, stripped of metadata: POST …/avatar).
import { api, ApiError, csrfHeaders } from '../platform/api.js';
import { announce, h, uniqueId } from '../platform/dom.js';
import { t } from '../platform/i18n.js';

const explain = (error) => announce(error instanceof ApiError ? error.describe() : String(error), 'error',
  error?.goneWhen);

/** The profile form; onSaved(profile) after a successful save. profile null: a new profile (admins only). */
function profileForm(profile, onSaved, { admin }) {
  const id = uniqueId('profile');
  const rows = h('div', { class: 'profile-names' });
  const addName = (language = '', name = '') => {
    const tag = h('input', { type: 'text', class: 'profile-language', value: language, size: 8, maxlength: 35,
      'aria-label': t('editor.profiles.language'), placeholder: 'en' });
    const text = h('input', { type: 'text', class: 'profile-name', value: name, maxlength: 200,
      'aria-label': t('editor.profiles.displayName') });
    const row = h('div', { class: 'profile-name-row' }, tag, text,
      h('button', { type: 'button', onclick: () => row.remove(), 'aria-label': t('editor.profiles.removeName') }, '×'));
    rows.append(row);
  };
  Object.entries(profile?.displayName ?? { en: '' }).forEach(([language, name]) => addName(language, name));
  const login = h('input', { type: 'text', id: `${id}-login`, maxlength: 100, value: profile?.login ?? '',
    disabled: Boolean(profile) });
  const role = h('input', { type: 'text', id: `${id}-role`, maxlength: 200, value: profile?.role ?? '' });
  const link = h('input', { type: 'url', id: `${id}-url`, maxlength: 2000, value: profile?.profileUrl ?? '',
    placeholder: 'https://' });
  const avatar = h('img', { class: 'profile-avatar', alt: '', hidden: !profile?.avatar, src: profile?.avatar ?? undefined });
  const file = h('input', { type: 'file', id: `${id}-avatar`, accept: 'image/jpeg,image/png,image/gif,image/webp',
    disabled: !profile, onchange: () => file.files[0] && upload(file.files[0]) });
  let current = profile;

  async function upload(picture) {
    try {
      const response = await fetch(`../api/contributors/${current.id}/avatar`, { method: 'POST',
        headers: { ...csrfHeaders(), Accept: 'application/json', 'Content-Type': picture.type || 'application/octet-stream' },
        credentials: 'same-origin', body: picture });
      const json = await response.json().catch(() => null);
      if (!response.ok) throw new ApiError(response.status, json);
      current = json;
      avatar.src = json.avatar;
      avatar.hidden = false;
      announce(t('common.saved'));
      onSaved(json);
    } catch (error) {
      explain(error);
    } finally {
      file.value = '';
    }
  }

  async function save(event) {
    event.preventDefault();
    const displayName = {};
    rows.querySelectorAll('.profile-name-row').forEach((row) => {
      const language = row.querySelector('.profile-language').value.trim();
      const name = row.querySelector('.profile-name').value.trim();
      if (language || name) displayName[language] = name;
    });
    const body = { displayName, role: role.value.trim() || null, profileUrl: link.value.trim() || null,
      avatar: current?.avatar ?? null };
    try {
      if (current) {
        current = await api('PUT', `contributors/${current.id}`, { body, version: current.version });
      } else {
        current = await api('POST', 'contributors', { body: { ...body, login: login.value.trim() || null } });
      }
      announce(t('common.saved'));
      onSaved(current);
    } catch (error) {
      explain(error); // 400 names the field; 412: someone else saved first, the list reloads with their version
    }
  }

  return h('form', { class: 'profile card', id, onsubmit: save },
    h('fieldset', {}, h('legend', {}, profile ? (profile.displayName?.en ?? Object.values(profile.displayName ?? {})[0] ?? '')
      : t('editor.profiles.new')),
    admin ? h('label', { for: login.id }, t('editor.profiles.login')) : null, admin ? login : null,
    h('span', { class: 'profile-label' }, t('editor.profiles.displayNames')), rows,
    h('button', { type: 'button', class: 'profile-add-name', onclick: () => addName() }, t('editor.profiles.addName')),
    h('label', { for: role.id }, t('editor.profiles.role')), role,
    h('label', { for: link.id }, t('editor.profiles.profileUrl')), link,
    h('label', { for: file.id }, t('editor.profiles.avatar')), h('span', {}, avatar, file,
      profile ? null : h('span', { class: 'hint' }, t('editor.profiles.avatarAfterSave'))),
    h('button', { type: 'submit', class: 'primary' }, t('editor.profiles.save'))));
}

export async function renderProfiles(screen, session) {
  const admin = session.roles.includes('admin');
  const list = h('div', { class: 'profiles' });
  const reload = async () => {
    const forms = [];
    if (admin) {
      const page = await api('GET', 'contributors?limit=200');
      forms.push(profileForm(null, reload, { admin }));
      page.items.forEach((profile) => forms.push(profileForm(profile, reload, { admin })));
    } else {
      try {
        forms.push(profileForm(await api('GET', 'contributors/me'), reload, { admin }));
      } catch (error) {
        if (!(error instanceof ApiError) || error.status !== 404) throw error;
        forms.push(h('p', { class: 'empty' }, t('editor.profiles.none')));
      }
    }
    list.replaceChildren(...forms);
  };
  await reload();
  screen.replaceChildren(h('section', { class: 'profiles-screen' },
    h('h1', {}, t('editor.profiles.title')), h('p', { class: 'hint' }, t('editor.profiles.intro')), list));
  return () => {};
}
