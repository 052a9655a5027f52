// The composer: TinyMCE (self-hosted from the WebJar) when it loaded, a plain textarea otherwise.
// Ctrl+Enter or Cmd+Enter posts; with Shift it also submits for review. The server sanitizes whatever arrives.
// Name hints from the style checker (suggestion and one-click fix) sit under the editor (hints.js) and are
// underlined in the text (marks.js): hovering shows the house spelling; with the caret in an underlined name, a
// small toolbar offers the fix, and Alt+Enter takes it (also with the caret right after the name).
import { h, uniqueId } from '../platform/dom.js';
import { t } from '../platform/i18n.js';
import { createHints } from './hints.js';
import { HINT_CLASS, markAtCaret, markBeforeCaret, markFindings, replaceSpans, textMap } from './marks.js';
import { createPasteNotice, loadBodyRules, pasteOptions, reportRefusedImages } from './paste.js';

const MARK_STYLE = `.${HINT_CLASS} { text-decoration: underline wavy #c8102e; text-decoration-skip-ink: none;
  text-underline-offset: 3px; cursor: help; }`;
const isFixShortcut = (event) => event.altKey && event.key === 'Enter';

const isPostShortcut = (event) => (event.ctrlKey || event.metaKey) && event.key === 'Enter';

/** onPost({submit}) posts the composer's text; with Shift held the update also goes to review at once. */
const postOptions = (event) => ({ submit: event.shiftKey });

/** The first image file of a paste or drop, or null. */
const imageFile = (transfer) => [...(transfer?.files ?? [])].find((file) => file.type.startsWith('image/')) ?? null;

/** onFiles(file), when given, takes an image file pasted into the text (the desk's picture panel uploads it). */
/** direction() is the briefing's text direction (rtl for Persian, Pashto, Arabic …): the composer writes that way. */
export function createComposer(onPost, language, onFiles = null, direction = () => 'ltr') {
  const id = uniqueId('composer');
  const textarea = h('textarea', { id, name: 'body', rows: 6, 'aria-describedby': `${id}-hint` });
  // The optional headline (plain text, one line; the server's limit is 160 characters).
  const headline = h('input', { type: 'text', id: `${id}-headline`, name: 'headline', maxlength: 160, class: 'composer-headline' });
  // Enter in the headline goes on to the text (it must not post a half-written update); Ctrl+Enter posts as anywhere.
  headline.addEventListener('keydown', (event) => {
    if (isPostShortcut(event)) {
      event.preventDefault();
      post(postOptions(event));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (editor) editor.focus();
      else textarea.focus();
    }
  });
  let editor = null;
  let destroyed = false;
  const changeListeners = [];
  const changed = () => {
    hints.changed();
    changeListeners.forEach((listener) => listener());
  };
  const notice = createPasteNotice();
  const post = (options = { submit: false }) => onPost(options);
  const hints = createHints(language, {
    text: () => (editor ? textMap(editor.getBody()).text : textarea.value),
    replace: (findings, checked) => {
      // Exactly the spans found, and only in the text they were found in; focus goes back to the text with the
      // caret at its end, so typing and Ctrl+Enter go on (finding 7).
      if (editor) {
        if (!replaceSpans(editor, findings, checked)) return;
        editor.fire('change');
        editor.focus();
        editor.selection.select(editor.getBody(), true);
        editor.selection.collapse(false);
      } else if (textarea.value === checked) {
        textarea.value = [...findings].sort((a, b) => b.start - a.start)
          .reduce((value, f) => value.slice(0, f.start) + f.preferred + value.slice(f.end), textarea.value);
        textarea.focus();
      }
    },
    mark: (findings, text) => editor && markFindings(editor, findings, text,
      (f) => t(f.nominativeOnly ? 'editor.desk.hints.caseTooltip' : 'editor.desk.hints.tooltip', f.found, f.preferred)),
  });

  /** Replaces the underlined name at the caret with the house spelling; the checker then looks again. */
  function fixAtCaret() {
    const mark = editor && markBeforeCaret(editor);
    if (!mark) return false;
    // A hint without a fix (a case the checker could not tell): Alt+Enter leaves the text as it is.
    if (!mark.dataset.preferred) return true;
    editor.undoManager.transact(() => {
      const fixed = editor.getDoc().createTextNode(mark.dataset.preferred);
      mark.replaceWith(fixed);
      editor.selection.setCursorLocation(fixed, fixed.nodeValue.length);
    });
    editor.fire('change');
    hints.changed(true);
    return true;
  }
  const pastedFile = (event) => {
    const file = onFiles && imageFile(event.clipboardData);
    if (!file) return false;
    event.preventDefault();
    onFiles(file);
    return true;
  };
  textarea.addEventListener('paste', pastedFile);
  textarea.addEventListener('input', changed);
  textarea.addEventListener('keydown', (event) => {
    if (isPostShortcut(event)) {
      event.preventDefault();
      post(postOptions(event));
    }
  });
  const element = h('form', { class: 'composer card', 'aria-labelledby': `${id}-label`,
    onsubmit: (event) => { event.preventDefault(); post(); } },
  h('label', { for: `${id}-headline`, class: 'composer-label' }, t('editor.desk.composer.headline')),
  headline,
  h('label', { for: id, id: `${id}-label`, class: 'composer-label' }, t('editor.desk.composer.label')),
  textarea,
  hints.element,
  notice.element,
  h('div', { class: 'composer-foot' },
    h('span', { id: `${id}-hint`, class: 'hint' }, t('editor.desk.composer.shortcut')),
    h('button', { type: 'submit', class: 'primary', id: 'composer-post' }, t('editor.desk.composer.post'))));

  async function start() {
    for (const field of [textarea, headline]) { // before TinyMCE reads the textarea: its text runs the briefing's way
      field.lang = language() || '';
      field.dir = direction() || 'auto';
    }
    const rules = window.tinymce ? await loadBodyRules() : null; // what the server keeps, for pasting (paste.js)
    if (!element.isConnected) return;
    if (!window.tinymce) {
      textarea.focus();
      return;
    }
    window.tinymce.init({
      ...pasteOptions(rules, notice),
      target: textarea, directionality: direction() === 'rtl' ? 'rtl' : 'ltr', menubar: false, statusbar: false, branding: false, promotion: false,
      plugins: 'link lists autoresize', toolbar: 'bold italic | link | bullist numlist | blockquote',
      min_height: 160, max_height: 420, autoresize_bottom_margin: 8, link_default_protocol: 'https',
      iframe_aria_text: t('editor.desk.composer.label'), content_style: MARK_STYLE,
      // Content safety (issue #13, finding 10). The server sanitizes every body on write anyway; these keep the
      // composer itself from running what is pasted or loaded into it. convert_unsafe_embeds fixes
      // CVE-2024-29881 on 6.x (.ci/dependency-audit.sh checks that it stays here); nothing the server keeps is
      // an embed, frame, noscript, SVG or MathML, so the composer refuses them too.
      convert_unsafe_embeds: true, sandbox_iframes: true, xss_sanitization: true,
      invalid_elements: 'iframe,frame,frameset,object,embed,noscript,svg,math,form,input,button,textarea,select,style,link,meta,base',
      allow_script_urls: false, allow_html_data_urls: false, allow_svg_data_urls: false, paste_data_images: false,
      setup: (instance) => {
        editor = instance;
        reportRefusedImages(instance, notice);
        instance.ui.registry.addButton('namefix', {
          text: t('editor.desk.hints.title'),
          onSetup: (button) => {
            const mark = markAtCaret(instance);
            if (mark) button.setText(t('editor.desk.hints.fix', mark.dataset.preferred));
            return () => {};
          },
          onAction: () => fixAtCaret(),
        });
        instance.ui.registry.addContextToolbar('namehint', {
          predicate: (node) => Boolean(node.closest?.(`span.${HINT_CLASS}[data-preferred]`)),
          items: 'namefix', position: 'node', scope: 'node',
        });
        instance.on('keydown', (event) => {
          if (isPostShortcut(event)) {
            event.preventDefault();
            post(postOptions(event));
          } else if (isFixShortcut(event) && fixAtCaret()) {
            event.preventDefault();
          }
        }, true); // before TinyMCE's own Enter handling, which would split the paragraph
        // Before TinyMCE drops the image (paste_data_images). No value returned: TinyMCE takes false as "cancel".
        instance.on('paste', (event) => { pastedFile(event); }, true);
        instance.on('NodeChange', () => hints.current(markAtCaret(instance)?.dataset.found ?? null));
        instance.on('init', () => (destroyed ? instance.remove() : instance.focus()));
        instance.on('init', () => { // the iframe's title names the composer; <body> may not carry aria-label
          instance.getBody().removeAttribute('aria-label');
          instance.getDoc().documentElement.lang = language(); // the text is in the briefing's language
          instance.getDoc().documentElement.dir = direction() || 'ltr'; // and runs its way
        });
        instance.on('input keyup change', changed);
      },
    });
  }

  return {
    element,
    start,
    html: () => (editor ? editor.getContent() : textarea.value),
    /** The headline as typed, stripped; null when empty (the entry has none). */
    headline: () => headline.value.trim() || null,
    clear: () => {
      headline.value = '';
      hints.reset();
      notice.clear();
      if (editor) editor.setContent('');
      else textarea.value = '';
      changeListeners.forEach((listener) => listener());
    },
    /** Puts kept text back (before start, TinyMCE takes it from the textarea). */
    restore: (html) => (editor ? editor.setContent(html) : (textarea.value = html)),
    onChange: (listener) => changeListeners.push(listener),
    focus: () => (editor ? editor.focus() : textarea.focus()),
    destroy: () => {
      destroyed = true;
      editor?.remove();
    },
  };
}
