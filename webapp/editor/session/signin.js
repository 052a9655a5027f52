// The sign-in screen.
import { ApiError } from '../platform/api.js';
import { announce, h } from '../platform/dom.js';
import { t } from '../platform/i18n.js';
import { signIn, signInElsewhere } from './session.js';

export function renderSignIn(screen, onSignedIn) {
  const provider = signInElsewhere();
  if (provider) {
    renderProviderSignIn(screen, provider);
    return;
  }
  const error = h('p', { class: 'form-error', id: 'signin-error', role: 'alert' });
  const username = h('input', { id: 'signin-username', name: 'username', autocomplete: 'username', required: true });
  const password = h('input', {
    id: 'signin-password', name: 'password', type: 'password', autocomplete: 'current-password', required: true,
  });
  const form = h('form', { class: 'signin card', 'aria-labelledby': 'signin-title' },
    h('h1', { id: 'signin-title' }, t('editor.signin.title')),
    h('label', { for: 'signin-username' }, t('editor.signin.username')), username,
    h('label', { for: 'signin-password' }, t('editor.signin.password')), password,
    error,
    h('button', { type: 'submit', class: 'primary', id: 'signin-submit' }, t('editor.signin.submit')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.textContent = '';
    try {
      onSignedIn(await signIn(username.value.trim(), password.value));
    } catch (failure) {
      const wrongPassword = failure instanceof ApiError && failure.status === 401;
      error.textContent = wrongPassword ? t('editor.signin.failed') : failure.describe?.() ?? String(failure);
      password.select();
      if (!wrongPassword) announce(error.textContent, 'error');
    }
  });
  screen.replaceChildren(h('div', { class: 'signin-wrap' }, form));
  username.focus();
}

/** Single sign-on: no password here, a link to the identity provider's sign-in, which brings the person back. */
function renderProviderSignIn(screen, provider) {
  const go = h('a', { class: 'button primary', id: 'signin-provider', href: provider.url },
    t('editor.signin.with', provider.name));
  const card = h('section', { class: 'signin card', 'aria-labelledby': 'signin-title' },
    h('h1', { id: 'signin-title' }, t('editor.signin.title')),
    h('p', {}, t('editor.signin.elsewhere', provider.name)),
    go);
  screen.replaceChildren(h('div', { class: 'signin-wrap' }, card));
  go.focus();
}
