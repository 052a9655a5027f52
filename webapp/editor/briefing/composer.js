// The composer: TinyMCE (self-hosted from the WebJar) when it loaded, a plain textarea otherwise.
// Ctrl+Enter or Cmd+Enter posts. The server sanitizes whatever arrives.
// Name hints from the style checker (suggestion and one-click fix) sit under the editor: see hints.js.
import { h, uniqueId } from '../platform/dom.js';
import { t } from '../platform/i18n.js';
import { createHints, replaceWord } from './hints.js';

const isPostShortcut = (event) => (event.ctrlKey || event.metaKey) && event.key === 'Enter';

export function createComposer(onPost, language) {
  const id = uniqueId('composer');
  const textarea = h('textarea', { id, name: 'body', rows: 6, 'aria-describedby': `${id}-hint` });
  let editor = null;
  let destroyed = false;
  const post = () => onPost();
  const hints = createHints(language, {
    text: () => (editor ? editor.getContent({ format: 'text' }) : textarea.value),
    replace: (found, preferred) => {
      if (editor) {
        replaceWord(editor.getBody(), found, preferred);
        editor.fire('change');
      } else {
        const scratch = h('div', {}, textarea.value);
        replaceWord(scratch, found, preferred);
        textarea.value = scratch.textContent;
      }
    },
  });
  textarea.addEventListener('input', () => hints.changed());
  textarea.addEventListener('keydown', (event) => {
    if (isPostShortcut(event)) {
      event.preventDefault();
      post();
    }
  });
  const element = h('form', { class: 'composer card', 'aria-labelledby': `${id}-label`,
    onsubmit: (event) => { event.preventDefault(); post(); } },
  h('label', { for: id, id: `${id}-label`, class: 'composer-label' }, t('editor.desk.composer.label')),
  textarea,
  hints.element,
  h('div', { class: 'composer-foot' },
    h('span', { id: `${id}-hint`, class: 'hint' }, t('editor.desk.composer.shortcut')),
    h('button', { type: 'submit', class: 'primary', id: 'composer-post' }, t('editor.desk.composer.post'))));

  function start() {
    if (!element.isConnected) return;
    if (!window.tinymce) {
      textarea.focus();
      return;
    }
    window.tinymce.init({
      target: textarea, menubar: false, statusbar: false, branding: false, promotion: false,
      plugins: 'link lists autoresize', toolbar: 'bold italic | link | bullist numlist | blockquote',
      min_height: 160, max_height: 420, autoresize_bottom_margin: 8, link_default_protocol: 'https',
      iframe_aria_text: t('editor.desk.composer.label'),
      setup: (instance) => {
        editor = instance;
        instance.on('keydown', (event) => {
          if (isPostShortcut(event)) {
            event.preventDefault();
            post();
          }
        });
        instance.on('init', () => (destroyed ? instance.remove() : instance.focus()));
        instance.on('input keyup change', () => hints.changed());
      },
    });
  }

  return {
    element,
    start,
    html: () => (editor ? editor.getContent() : textarea.value),
    clear: () => {
      hints.reset();
      return editor ? editor.setContent('') : (textarea.value = '');
    },
    focus: () => (editor ? editor.focus() : textarea.focus()),
    destroy: () => {
      destroyed = true;
      editor?.remove();
    },
  };
}
