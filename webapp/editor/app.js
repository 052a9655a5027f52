// The editor UI: sign-in, the briefings list and the desk of one briefing, routed by the URL hash.
import { connectionIndicator } from './platform/connection.js';
import { announce, dismiss, h } from './platform/dom.js';
import { LANGUAGES, currentLanguage, loadLanguage, preferredLanguage, t } from './platform/i18n.js';
import { renderBriefingList } from './briefing/list.js';
import { renderDesk } from './briefing/desk.js';
import { renderProfiles } from './people/profiles.js';
import { currentSession, learnSignIn, signOut } from './session/session.js';
import { renderSignIn } from './session/signin.js';
import { installShortcuts, shortcutsButton } from './platform/shortcuts.js';

const ENDONYMS = { en: 'English', uk: 'Українська', ru: 'Русский' };
const main = document.getElementById('main');
let session = null;
let leaveScreen = () => {};
let generation = 0;

function languageSwitch() {
  const select = h('select', { id: 'language', onchange: async (event) => {
    await loadLanguage(event.target.value);
    route();
  } }, LANGUAGES.map((lang) => h('option', { value: lang, lang, selected: lang === currentLanguage() }, ENDONYMS[lang])));
  return h('span', { class: 'language' }, h('label', { for: 'language' }, t('common.language')), select);
}

function renderTopnav() {
  const nav = document.getElementById('topnav');
  const items = [shortcutsButton(), languageSwitch()];
  if (session) {
    items.unshift(h('a', { href: '#/', id: 'nav-briefings' }, t('editor.header.briefings')),
      h('a', { href: '#/profiles', id: 'nav-profiles' }, t('editor.header.profiles')));
    items.push(h('span', { class: 'who' }, t('editor.header.signedInAs', session.user)),
      h('button', { type: 'button', id: 'sign-out', onclick: async () => {
        await signOut();
        session = null;
        route();
      } }, t('editor.header.signOut')));
  }
  nav.replaceChildren(...items);
  nav.before(connectionIndicator()); // once in the bar; called again, it only takes the new language
}

function route() {
  leaveScreen();
  leaveScreen = () => {};
  generation += 1;
  const mine = generation;
  renderTopnav();
  // Each screen renders into its own container: one that finishes loading after the person has moved on
  // writes into a container no longer on the page, and is left at once (its polling stops).
  const screen = h('div', { class: 'screen' });
  main.replaceChildren(screen);
  window.scrollTo(0, 0); // a new screen starts at its top, as a new page would
  if (!session) {
    renderSignIn(screen, (signedIn) => {
      session = signedIn;
      dismiss('signed-in');
      route();
    });
    return;
  }
  const desk = /^#\/briefings\/(\d+)/.exec(location.hash);
  const rendering = desk ? renderDesk(screen, session, Number(desk[1]))
    : location.hash === '#/profiles' ? renderProfiles(screen, session) : renderBriefingList(screen, session);
  rendering.then((leave) => {
    if (mine === generation) leaveScreen = leave || (() => {});
    else leave?.();
  }).catch((error) => announce(error.describe?.() ?? String(error), 'error', error?.goneWhen));
}

async function start() {
  await loadLanguage(preferredLanguage());
  installShortcuts();
  session = await currentSession();
  window.addEventListener('hashchange', route);
  window.addEventListener('livebrief:signed-out', async () => {
    if (!session) return;
    session = null;
    await learnSignIn();
    route();
    announce(t('editor.problem.signedOut'), 'error', 'signed-in');
  });
  route();
}

start().catch((error) => announce(error.describe?.() ?? String(error), 'error', error?.goneWhen));
