// Name hints: the house-style checker (POST /api/style/check) looks at the composer's text as the reporter
// types; each finding becomes a suggestion with a one-click fix that rewrites exactly the spans the checker found
// (replace(findings, checkedText)), listed under the composer, and is underlined inside the text itself
// (mark(findings, text): see marks.js). A finding in a case the checker could not tell (nominativeOnly: "Киева" →
// Київ) is a hint without a fix: the reporter puts the name into the case the sentence needs.
import { api } from '../platform/api.js';
import { h } from '../platform/dom.js';
import { t } from '../platform/i18n.js';
import { isTooLarge } from '../platform/length.js';

const PAUSE_MS = 600;

/** {@code language} is a function: the briefing is loaded after the composer is made. */
export function createHints(language, { text, replace, mark = () => {} }) {
  const list = h('ul', { class: 'name-hints', id: 'name-hints', 'aria-live': 'polite',
    'aria-label': t('editor.desk.hints.title') });
  let timer = null;
  let asked = '';

  async function check() {
    const now = text();
    if (now === asked) return;
    asked = now;
    if (!now.trim()) {
      list.replaceChildren();
      mark([], now);
      return;
    }
    const body = { language: language(), text: now };
    if (isTooLarge(body)) { // the server would refuse it; the composer's counter already says the text is too long
      list.replaceChildren();
      mark([], now);
      return;
    }
    try {
      const result = await api('POST', 'style/check', { body });
      if (asked === now) {
        show(result.findings, now);
        mark(result.findings, now);
      }
    } catch (ignored) {
      list.replaceChildren();
      mark([], now);
    }
  }

  function show(findings, checked) {
    const seen = new Set();
    const unique = findings.filter((f) => !seen.has(f.found) && seen.add(f.found));
    list.replaceChildren(...unique.map((f) => h('li', { class: 'name-hint', 'data-found': f.found },
      h('span', { class: 'found' }, f.found), ' → ', h('strong', {}, f.preferred), ' ',
      f.nominativeOnly ? h('span', { class: 'hint' }, t('editor.desk.hints.inCase'))
        : h('button', { type: 'button', class: 'link', 'data-found': f.found,
          onclick: () => {
            replace(findings.filter((same) => same.found === f.found && !same.nominativeOnly), checked);
            changed(true);
          } },
        t('editor.desk.hints.fix', f.preferred)))));
  }

  function changed(now = false) {
    clearTimeout(timer);
    timer = setTimeout(check, now ? 0 : PAUSE_MS);
  }

  /** Highlights the hint of the underlined name the caret is in (null: none). */
  function current(found) {
    list.querySelectorAll('li.name-hint').forEach((item) => item.classList.toggle('current', item.dataset.found === found));
  }

  return { element: list, changed, current, reset: () => { asked = ''; list.replaceChildren(); } };
}
