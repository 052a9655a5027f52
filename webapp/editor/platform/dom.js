// Small DOM helpers: elements are built with textContent, never from strings of HTML.

/** h('button', {class: 'x', onclick: fn}, 'text', child…) */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else if (name === 'dataset') Object.assign(element.dataset, value);
    else element.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

let clearTimer;

/**
 * Announces a message in the page's aria-live region; errors stay until the next message, or until their cause is
 * gone when they name one (goneWhen: 'online', 'shorter', 'signed-in'; see dismiss). The region stays in the page
 * (only its text changes), so screen readers announce every message.
 */
export function announce(message, kind = 'info', goneWhen = '') {
  const region = document.getElementById('status');
  region.textContent = message;
  region.dataset.kind = kind;
  region.dataset.goneWhen = goneWhen || '';
  clearTimeout(clearTimer);
  if (kind !== 'error') clearTimer = setTimeout(() => { region.textContent = ''; }, 6000);
}

/** Clears the message on screen if it was waiting for this cause to go. */
export function dismiss(goneWhen) {
  const region = document.getElementById('status');
  if (region?.textContent && region.dataset.goneWhen === goneWhen) {
    region.textContent = '';
    region.dataset.goneWhen = '';
  }
}

let nextId = 0;
export function uniqueId(prefix) {
  nextId += 1;
  return `${prefix}-${nextId}`;
}
