// Strings come from the server's bundles (GET /api/i18n/{lang}); this module keeps no dictionary of its own.
const STORAGE_KEY = 'livebrief.editor.language';
export const LANGUAGES = ['en', 'uk', 'ru'];

let messages = {};
let language = 'en';

export function preferredLanguage() {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (LANGUAGES.includes(stored)) return stored;
  const browser = (navigator.language || 'en').slice(0, 2);
  return LANGUAGES.includes(browser) ? browser : 'en';
}

export async function loadLanguage(lang) {
  const response = await fetch(`../api/i18n/${encodeURIComponent(lang)}`, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`i18n ${response.status}`);
  const bundle = await response.json();
  messages = bundle.messages;
  language = bundle.language;
  localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
  document.documentElement.dir = bundle.dir || 'ltr';
  document.title = t('common.appName');
}

export function currentLanguage() {
  return language;
}

/** The text for a key, with {0}, {1}… replaced; the key itself when it is missing, so gaps show. */
export function t(key, ...args) {
  const pattern = messages[key];
  if (pattern === undefined) return key;
  return pattern.replace(/\{(\d+)\}/g, (match, i) => (args[i] === undefined ? match : String(args[i])));
}

/** A time in the briefing's zone, in the UI language. */
export function formatTime(iso, timeZone) {
  if (!iso) return '';
  return new Intl.DateTimeFormat(language, {
    timeZone, day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).format(new Date(iso));
}
