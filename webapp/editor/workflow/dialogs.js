// Modal dialogs on <dialog>: focus stays inside (Tab wraps), Escape cancels, focus returns to the opener.
import { cleanPastesInto, createPasteNotice } from '../briefing/paste.js';
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
  } else if (spec.type === 'select') {
    input = h('select', attrs, (spec.options ?? []).map((o) => h('option', { value: o.value }, o.label)));
    input.value = spec.value ?? '';
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

function setValue({ spec, input }, value) {
  if (spec.type === 'checkbox') input.checked = Boolean(value);
  else if (spec.type === 'richtext') input.innerHTML = value ?? '';
  else input.value = value ?? '';
}

/**
 * Opens a dialog with the given fields and resolves with {name: value} when submitted, or null when cancelled.
 * A field's requiredUnless names a checkbox that, when ticked, makes the field optional.
 * With save(values, ui), the dialog stays open until save resolves (it then resolves with save's result); when
 * save fails, its error is shown in the dialog and everything typed stays. keep(ui) is called once the dialog is
 * built: ui.values(), ui.set(name, value), ui.onInput(fn), ui.notes and ui.aside (places for more elements),
 * ui.close(result), ui.save() (submits again, e.g. after a merge).
 */
export function ask({ title, fields, submitLabel, id, save, keep }) {
  const opener = focusKey(document.activeElement);
  const controls = fields.map(control);
  const error = h('p', { class: 'form-error', role: 'alert' });
  const titleId = uniqueId('dialog-title');
  const notes = h('div', { class: 'dialog-notes' });
  const aside = h('div', { class: 'dialog-aside' });
  const submit = h('button', { type: 'submit', class: 'primary' }, submitLabel);
  const form = h('form', { method: 'dialog', novalidate: true }, h('h2', { id: titleId }, title),
    h('div', { class: 'dialog-body' }, h('div', { class: 'dialog-fields' }, controls.map((c) => c.element)), aside),
    notes, error,
    h('div', { class: 'dialog-buttons' },
      h('button', { type: 'button', value: 'cancel', class: 'quiet', onclick: () => dialog.close() }, t('common.cancel')),
      submit));
  const dialog = h('dialog', { id, 'aria-labelledby': titleId }, form);
  const values = () => Object.fromEntries(controls.map((c) => [c.spec.name, valueOf(c)]));
  const listeners = [];
  let result = null;
  const ui = {
    form, notes, aside, values,
    set: (name, value) => {
      const found = controls.find((c) => c.spec.name === name);
      if (found) setValue(found, value);
    },
    onInput: (listener) => listeners.push(listener),
    close: (value) => {
      result = value;
      dialog.close();
    },
    save: () => form.requestSubmit(submit),
  };
  // A rich-text field cleans what is pasted into it as the composer does, and says what it left out.
  controls.filter((c) => c.spec.type === 'richtext').forEach((c) => {
    const notice = createPasteNotice(`${c.input.id}-paste-notice`);
    notes.append(notice.element);
    cleanPastesInto(c.input, notice);
  });
  form.addEventListener('input', () => listeners.forEach((listener) => listener(values())));
  document.body.append(dialog);
  keep?.(ui);
  trapFocus(dialog);
  return new Promise((resolve) => {
    form.addEventListener('submit', (event) => {
      const current = values();
      const missing = controls.find((c) => c.spec.required && !current[c.spec.name]
        && !(c.spec.requiredUnless && current[c.spec.requiredUnless]));
      if (missing) {
        event.preventDefault();
        error.textContent = t('editor.dialog.required');
        missing.input.focus();
        return;
      }
      if (!save) {
        result = current;
        return;
      }
      event.preventDefault();
      error.textContent = '';
      submit.disabled = true;
      save(current, ui).then((saved) => ui.close(saved ?? current),
        (failure) => { error.textContent = failure.describe?.() ?? String(failure); })
        .finally(() => { submit.disabled = false; });
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
