// Whether the desk can reach the server, from three signs: the browser's online flag, how the last request went,
// and the live stream's state. The indicator in the top bar says which; when the connection comes back, errors it
// caused leave the screen by themselves and 'livebrief:online' tells screens to catch up. While requests fail but
// the browser says it is online, a light request every few seconds finds out when the server is back.
import { dismiss, h } from './dom.js';
import { t } from './i18n.js';

const PROBE_MILLIS = 5000;
const signs = { browser: navigator.onLine, requests: true, stream: null };
let element = null;
let shown = null;
let probe = null;

function current() {
  if (!signs.browser) return 'offline';
  if (!signs.requests) return 'unreachable';
  if (signs.stream === 'retrying') return 'reconnecting';
  return 'online';
}

function render() {
  const now = current();
  if (element) {
    element.dataset.connection = now;
    element.textContent = t(`editor.connection.${now}`);
  }
  const back = now === 'online' && shown !== null && shown !== 'online';
  shown = now;
  if (back) {
    dismiss('online');
    window.dispatchEvent(new CustomEvent('livebrief:online'));
  }
  clearTimeout(probe);
  if (now === 'unreachable') probe = setTimeout(check, PROBE_MILLIS);
}

async function check() {
  try {
    await fetch('../api/i18n/en', { method: 'HEAD', cache: 'no-store' });
    reached();
  } catch {
    unreachable();
  }
}

/** A response came back (whatever its status): the server is reachable. */
export function reached() {
  if (signs.requests && signs.browser === navigator.onLine) return;
  signs.requests = true;
  signs.browser = navigator.onLine;
  render();
}

/** A request failed without a response. */
export function unreachable() {
  signs.requests = false;
  signs.browser = navigator.onLine;
  render();
}

/** The live stream's state: 'open', 'retrying', 'poll' (fallback), or null when no screen has one. */
export function streamState(state) {
  signs.stream = state;
  render();
}

/** The indicator for the top bar (made once; its text follows the UI language on the next change or call). */
export function connectionIndicator() {
  element ??= h('span', { id: 'connection', class: 'connection', role: 'status' });
  render();
  return element;
}

window.addEventListener('offline', () => {
  signs.browser = false;
  render();
});
// The browser thinks it is back: a request confirms that the server is too before the errors go.
window.addEventListener('online', check);
