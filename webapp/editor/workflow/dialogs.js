// Modal dialogs on <dialog>: focus stays inside (Tab wraps), Escape cancels, focus returns to the opener.
import { h, uniqueId } from '../platform/dom.js';
import { focusKey, refocus, trapFocus } from '../platform/focus.js';
import { t } from '../platform/i18n.js';

function control(spec) {
  const id = uniqueId(`dialog-${spec.name}`);
  const attrs = { id, name: spec.name, required: spec.required };
  let input;
  if (spec.type === 'textarea') input = h('textarea', { ...attrs, rows: 3 }, spec.value ?? '');
  else if (spec.type === 'richtext') {
    input = h('div', { id, class: 'richtext', contenteditable: 'true', role: 'textbox', 'aria-multiline': 'true' });
    input.innerHTML = spec.value ?? ''; // the entry's body, sanitized by the server when it was written
  } else input = h('input', { ...attrs, type: spec.type || 'text', value: spec.value ?? '' });
  const label = h('label', { for: id }, spec.label);
  if (spec.type === 'richtext') input.setAttribute('aria-labelledby', label.id = uniqueId('label'));
  return { spec, input, element: h('div', { class: `field field-${spec.type || 'text'}` },
    spec.type === 'checkbox' ? [input, label] : [label, input]) };
}

function valueOf({ spec, input }) {
  if (spec.type === 'checkbox') return input.checked;
  if (spec.type === 'richtext') return input.innerHTML;
  return input.value.trim();
}

/**
 * Opens a dialog with the given fields and resolves with {name: value} when submitted, or null when cancelled.
 * A field's requiredUnless names a checkbox that, when ticked, makes the field optional.
 */
export function ask({ title, fields, submitLabel, id }) {
  const opener = focusKey(document.activeElement);
  const controls = fields.map(control);
  const error = h('p', { class: 'form-error', role: 'alert' });
  const titleId = uniqueId('dialog-title');
  const form = h('form', { method: 'dialog', novalidate: true }, h('h2', { id: titleId }, title), controls.map((c) => c.element), error,
    h('div', { class: 'dialog-buttons' },
      h('button', { type: 'button', value: 'cancel', class: 'quiet', onclick: () => dialog.close() }, t('common.cancel')),
      h('button', { type: 'submit', class: 'primary' }, submitLabel)));
  const dialog = h('dialog', { id, 'aria-labelledby': titleId }, form);
  document.body.append(dialog);
  trapFocus(dialog);
  return new Promise((resolve) => {
    let result = null;
    form.addEventListener('submit', (event) => {
      const values = Object.fromEntries(controls.map((c) => [c.spec.name, valueOf(c)]));
      const missing = controls.find((c) => c.spec.required && !values[c.spec.name]
        && !(c.spec.requiredUnless && values[c.spec.requiredUnless]));
      if (missing) {
        event.preventDefault();
        error.textContent = t('editor.dialog.required');
        missing.input.focus();
        return;
      }
      result = values;
    });
    dialog.addEventListener('close', () => {
      dialog.remove();
      refocus(opener);
      resolve(result);
    });
    dialog.showModal();
    controls[0]?.input.focus();
  });
}
