// Keyboard focus that stays where a person left it (issue #14, finding 7): a modal dialog keeps Tab and Shift+Tab
// inside itself and hands focus back when it closes, and a screen redrawn by a live change puts focus back on the
// same control of the same entry, so a keyboard user is never dropped at the top of the page.
const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), '
  + 'textarea:not([disabled]), [contenteditable="true"], [tabindex]:not([tabindex="-1"])';

const focusables = (root) => [...root.querySelectorAll(FOCUSABLE)].filter((e) => e.getClientRects().length > 0);

/** Keeps Tab and Shift+Tab inside the open dialog: past the last control comes the first, and back. */
export function trapFocus(dialog) {
  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'Tab') return;
    const items = focusables(dialog);
    if (!items.length) return;
    const [first, last] = [items[0], items[items.length - 1]];
    const inside = dialog.contains(document.activeElement);
    if (event.shiftKey && (!inside || document.activeElement === first)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (!inside || document.activeElement === last)) {
      event.preventDefault();
      first.focus();
    }
  });
}

/** Enough to find the element again after a redraw: its id, or its action on an entry in a container. */
export function focusKey(element) {
  if (!element || element === document.body || element === document.documentElement) return null;
  const card = element.closest?.('[data-entry-id]');
  const area = card?.parentElement?.closest('[id]');
  return { element, id: element.id || null, action: element.dataset?.action ?? null,
    entry: card?.dataset.entryId ?? null, area: area?.id ?? null };
}

/** Focuses the element a key names, or its replacement after a redraw: the same action on the same entry, else
 * the entry's first button, else the entry itself. Does nothing when the focus has since moved elsewhere. */
export function refocus(key) {
  if (!key) return;
  const active = document.activeElement;
  if (active && active !== document.body && active !== key.element && active.isConnected) return;
  if (key.element.isConnected) {
    key.element.focus();
    return;
  }
  if (key.id && document.getElementById(key.id)) {
    document.getElementById(key.id).focus();
    return;
  }
  if (!key.entry) return;
  const scope = (key.area && document.getElementById(key.area)) || document;
  const card = scope.querySelector(`[data-entry-id="${CSS.escape(key.entry)}"]`);
  if (!card) return;
  const same = key.action && card.querySelector(`[data-action="${CSS.escape(key.action)}"]`);
  const target = same || card.querySelector('button') || card;
  if (target === card) card.setAttribute('tabindex', '-1');
  target.focus();
}
