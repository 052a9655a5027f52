// The one shortcut map of the editor (issue #14, finding 7), shown with ? and from the button in the top bar.
// The keys are written here once; what they do comes from the bundles. README.md lists the same map.
import { h, uniqueId } from './dom.js';
import { trapFocus } from './focus.js';
import { t } from './i18n.js';

export const SHORTCUTS = [
  ['editor.shortcuts.anywhere', [
    [['?'], 'editor.shortcuts.help'],
    [['Tab', 'Shift+Tab'], 'editor.shortcuts.tab'],
    [['Enter', 'Space'], 'editor.shortcuts.press'],
  ]],
  ['editor.shortcuts.composer', [
    [['Ctrl+Enter', '⌘+Enter'], 'editor.shortcuts.post'],
    [['Ctrl+Shift+Enter', '⌘+Shift+Enter'], 'editor.shortcuts.postSubmit'],
    [['Alt+Enter'], 'editor.shortcuts.fixName'],
    [['Alt+F10'], 'editor.shortcuts.toolbar'],
  ]],
  ['editor.shortcuts.dialog', [
    [['Tab', 'Shift+Tab'], 'editor.shortcuts.stayInside'],
    [['Esc'], 'editor.shortcuts.close'],
  ]],
];

const keys = (combos) => combos.flatMap((combo, i) => [i ? ' / ' : null,
  ...combo.split(/(?<=.)\+(?=.)/).flatMap((key, j) => [j ? '+' : null, h('kbd', {}, key)])]);

/** Opens the map as a modal dialog; Esc or Close shuts it and focus goes back where it was. */
export function showShortcuts() {
  if (document.getElementById('shortcuts-dialog')) return;
  const titleId = uniqueId('shortcuts-title');
  const close = h('button', { type: 'button', class: 'primary', id: 'shortcuts-close', onclick: () => dialog.close() },
    t('common.close'));
  const groups = SHORTCUTS.map(([group, rows]) => h('section', { class: 'shortcut-group' },
    h('h3', {}, t(group)),
    h('dl', {}, rows.flatMap(([combos, what]) => [h('dt', {}, keys(combos)), h('dd', {}, t(what))]))));
  const dialog = h('dialog', { id: 'shortcuts-dialog', 'aria-labelledby': titleId },
    h('h2', { id: titleId }, t('editor.shortcuts.title')), groups, h('div', { class: 'dialog-buttons' }, close));
  document.body.append(dialog);
  trapFocus(dialog);
  dialog.addEventListener('close', () => dialog.remove());
  dialog.showModal();
  close.focus();
}

const typing = (target) => target instanceof HTMLElement
  && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

/** ? anywhere but in a field (and the composer, whose frame keeps its keys) opens the map. */
export function installShortcuts() {
  document.addEventListener('keydown', (event) => {
    if (event.key !== '?' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    if (typing(event.target) || document.querySelector('dialog[open]')) return;
    event.preventDefault();
    showShortcuts();
  });
}

/** The top bar's button to the same map, for those who do not know the ? key. */
export function shortcutsButton() {
  return h('button', { type: 'button', class: 'quiet', id: 'shortcuts-open', 'aria-keyshortcuts': '?',
    onclick: () => showShortcuts() }, t('editor.shortcuts.title'));
}
