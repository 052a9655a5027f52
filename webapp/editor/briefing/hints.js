// Name hints: the house-style checker (POST /api/style/check) looks at the composer's text as the reporter
// types; each finding becomes a suggestion with a one-click fix that rewrites that spelling in the text, listed
// under the composer, and is underlined inside the text itself (mark(findings, text): see marks.js).
import { api } from '../platform/api.js';
import { h } from '../platform/dom.js';
import { t } from '../platform/i18n.js';

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
    try {
      const result = await api('POST', 'style/check', { body: { language: language(), text: now } });
      if (asked === now) {
        show(result.findings);
        mark(result.findings, now);
      }
    } catch (ignored) {
      list.replaceChildren();
      mark([], now);
    }
  }

  function show(findings) {
    const seen = new Set();
    const unique = findings.filter((f) => !seen.has(f.found) && seen.add(f.found));
    list.replaceChildren(...unique.map((f) => h('li', { class: 'name-hint', 'data-found': f.found },
      h('span', { class: 'found' }, f.found), ' → ', h('strong', {}, f.preferred), ' ',
      h('button', { type: 'button', class: 'link', 'data-found': f.found,
        onclick: () => { replace(f.found, f.preferred); changed(true); } },
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

/** Replaces whole-word occurrences of {@code found} in the text nodes under {@code root}, leaving markup alone. */
export function replaceWord(root, found, preferred) {
  const escaped = found.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const word = new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}(?=$|[^\\p{L}\\p{N}])`, 'gu');
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (word.test(node.nodeValue)) {
      node.nodeValue = node.nodeValue.replace(word, (match, before) => before + preferred);
    }
    word.lastIndex = 0;
  }
}
