// Paste that tells the truth (issue #14, finding 4). Pasted HTML is cleaned with the server's own allowlist
// (GET /api/body-rules, the BodyAllowlist EntryBody cleans with), so the composer shows what the saved update
// holds. What an update cannot hold is mapped to what it can (a heading to a bold paragraph, a table to a line
// of text per row, Word's list paragraphs to a list) or left out, and the notice under the composer says which.
import { api } from '../platform/api.js';
import { currentLanguage, t } from '../platform/i18n.js';
import { h } from '../platform/dom.js';

let rules = null;

/** The server's allowlist, asked for once per page; null when it cannot be had (then paste is plain text). */
export async function loadBodyRules() {
  if (!rules) rules = api('GET', 'body-rules').catch(() => { rules = null; return null; });
  return rules;
}

const LEFT_OUT = new Set(['img', 'picture', 'svg', 'canvas', 'video', 'audio', 'iframe', 'object', 'embed',
  'script', 'style', 'template', 'noscript', 'head', 'title', 'meta', 'link', 'input', 'button', 'select',
  'textarea', 'form', 'math', 'colgroup']);
const IMAGES = new Set(['img', 'picture', 'svg', 'canvas']);
const EMBEDS = new Set(['video', 'audio', 'iframe', 'object', 'embed']);
const BLOCKS = new Set(['p', 'div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'nav', 'address',
  'pre', 'figure', 'center', 'dl', 'dt', 'dd', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'ul', 'ol',
  'li', 'blockquote', 'body', 'html']);
const HEADING = /^h[1-6]$/;
const DEFAULT_COLOURS = /^(#0{3}(0{3})?|black|windowtext|auto|inherit|initial|transparent|none|#f{3}(f{3})?|white|rgba?\(\s*0\s*,\s*0\s*,\s*0\s*(,\s*[\d.]+\s*)?\)|rgba\([^)]*,\s*0\s*\)|rgb\(\s*255\s*,\s*255\s*,\s*255\s*\))$/i;

/** The element names in the allowlist; valid_elements for TinyMCE, so typing cannot add what saving drops. */
export function validElements(allowlist) {
  return Object.entries(allowlist.elements).map(([tag, attributes]) => {
    const forced = Object.entries(allowlist.enforced[tag] ?? {}).map(([name, value]) => `${name}=${value}`);
    const all = [...attributes, ...forced];
    return all.length ? `${tag}[${all.join('|')}]` : tag;
  }).join(',');
}

/** What a person formatted on purpose, read from inline styles (Word and Google Docs write little else). */
function styleOf(element) {
  const style = element.style;
  const weight = style.fontWeight;
  const decoration = `${style.textDecorationLine || ''} ${style.textDecoration || ''}`;
  return {
    bold: weight === 'bold' || weight === 'bolder' || Number(weight) >= 600,
    notBold: weight === 'normal' || (Number(weight) > 0 && Number(weight) < 600),
    italic: style.fontStyle === 'italic' || style.fontStyle === 'oblique',
    underline: /underline/.test(decoration),
    strikethrough: /line-through/.test(decoration),
    colour: [style.color, style.backgroundColor, style.background].some((c) => c && !DEFAULT_COLOURS.test(c.trim()))
      || (element.getAttribute('color') && !DEFAULT_COLOURS.test(element.getAttribute('color'))),
    script: /^(super|sub)$/.test(style.verticalAlign),
  };
}

/**
 * Cleans pasted HTML to the allowlist and says what changed: {html, report} where report counts
 * image, embed, table, heading and link, and names the formatting (underline, strikethrough, colour, script) lost.
 */
export function cleanPaste(html, allowlist) {
  const source = new DOMParser().parseFromString(html, 'text/html'); // inert: nothing runs, nothing loads
  const out = document.implementation.createHTMLDocument('');
  const report = emptyReport();
  const allowed = (tag) => Object.hasOwn(allowlist.elements, tag);
  const make = (tag) => out.createElement(tag);

  // Inline content goes into the current paragraph, made when the first inline node comes.
  function writer(container) {
    let paragraph = null;
    return {
      inline(node) {
        if (!paragraph) {
          paragraph = make('p');
          container.append(paragraph);
        }
        paragraph.append(node);
        return paragraph;
      },
      block(node) {
        paragraph = null;
        container.append(node);
      },
      close() {
        paragraph = null;
      },
    };
  }

  // White space as a reader's browser shows it: a run of it is one space (Word breaks its lines mid-sentence).
  const text = (node) => out.createTextNode(node.nodeValue.replace(/[ \t\r\n\f]+/g, ' '));
  const holdsBlocks = (element) => [...element.querySelectorAll('*')].some((e) => BLOCKS.has(e.localName));

  function link(element) {
    const href = element.getAttribute('href');
    if (!href) return null; // Word's bookmarks (<a name>) carry no link
    let scheme;
    try {
      scheme = new URL(href).protocol.replace(/:$/, '');
    } catch {
      scheme = null;
    }
    if (!allowed('a') || !(allowlist.protocols['a.href'] ?? []).includes(scheme)) {
      report.link += 1;
      return null;
    }
    const a = make('a');
    a.setAttribute('href', href);
    Object.entries(allowlist.enforced.a ?? {}).forEach(([name, value]) => a.setAttribute(name, value));
    return a;
  }

  // Inline children of `element`, cleaned, appended to `target` (an inline element or a writer).
  function inlineInto(element, append) {
    for (const child of [...element.childNodes]) {
      if (child.nodeType === Node.TEXT_NODE) {
        append(text(child));
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        inlineElement(child, append);
      }
    }
  }

  function wrapped(tag, element, append) {
    if (!allowed(tag)) return inlineInto(element, append);
    const wrapper = make(tag);
    inlineInto(element, (node) => wrapper.append(node));
    return append(wrapper);
  }

  function inlineElement(element, append) {
    const tag = element.localName;
    if (leaveOut(element)) return;
    if (tag === 'br') return append(make('br'));
    if (BLOCKS.has(tag)) { // a block inside a line (a table cell's paragraphs): its text, a space apart
      if (element.previousElementSibling) append(out.createTextNode(' '));
      return inlineInto(element, append);
    }
    if (tag === 'a') {
      const a = link(element);
      if (!a) return inlineInto(element, append);
      inlineInto(element, (node) => a.append(node));
      return append(a);
    }
    const style = styleOf(element);
    const lost = (tags, styled) => (tags.includes(tag) && !allowed(tag)) || styled;
    const inLink = Boolean(element.closest('a[href]')); // a link's own underline and colour are no loss
    if (lost(['u', 'ins'], style.underline && !inLink)) report.styles.add('underline');
    if (lost(['s', 'strike', 'del'], style.strikethrough)) report.styles.add('strikethrough');
    if (lost(['mark', 'font'], style.colour && !inLink)) report.styles.add('colour');
    if (lost(['sup', 'sub'], style.script)) report.styles.add('script');
    // Google Docs wraps the whole paste in <b style="font-weight:normal">: not bold at all.
    const bold = !style.notBold && (tag === 'b' || tag === 'strong' || style.bold);
    const italic = tag === 'i' || tag === 'em' || tag === 'cite' || style.italic;
    if (bold && italic && allowed('strong') && allowed('em')) {
      const strong = make('strong');
      wrapped('em', element, (node) => strong.append(node));
      return append(strong);
    }
    if (bold) return wrapped('strong', element, append);
    if (italic) return wrapped('em', element, append);
    const emphasis = ['b', 'strong', 'i', 'em'].includes(tag); // with its style saying otherwise
    return allowed(tag) && !emphasis ? wrapped(tag, element, append) : inlineInto(element, append);
  }

  const hasImage = (element) => Boolean(element?.querySelector('img, picture, svg, canvas'));

  // A caption belongs to its image: Word's caption paragraph next to it, a figure's figcaption.
  function isCaption(element) {
    if (element.localName === 'figcaption') return hasImage(element.closest('figure'));
    return /\bMsoCaption\b/.test(element.className)
      && (hasImage(element.previousElementSibling) || hasImage(element.nextElementSibling));
  }

  // Left out with everything in it, counted when it is something a person would miss.
  function leaveOut(element) {
    const tag = element.localName;
    if (isCaption(element)) {
      report.caption += 1;
      return true;
    }
    if (!LEFT_OUT.has(tag) || allowed(tag)) return false;
    if (IMAGES.has(tag)) report.image += 1; // an <img> in a <picture> is left out with it, not counted again
    else if (EMBEDS.has(tag)) report.embed += 1;
    return true;
  }

  // Word writes a list as paragraphs with mso-list in their style ("l0 level2 lfo1": list 0, second level) and the
  // bullet as text in a span to ignore.
  function wordListItem(element) {
    const style = element.getAttribute('style') || '';
    if (!/mso-list:\s*l\d/i.test(style)) return null;
    const marker = element.querySelector('span[style*="mso-list:Ignore" i], span[style*="mso-list: Ignore" i]');
    const ordered = marker ? /^[(]?[0-9a-z]{1,4}[.)]/i.test(marker.textContent.trim()) : false;
    marker?.remove();
    return { tag: ordered ? 'ol' : 'ul', level: Math.max(1, Number(/\blevel(\d+)/i.exec(style)?.[1] ?? 1)) };
  }

  function blocksInto(element, container) {
    const write = writer(container);
    const lists = []; // the open Word lists, one per level: lists[0] is level 1
    for (const child of [...element.childNodes]) {
      if (child.nodeType === Node.TEXT_NODE) {
        if (!child.nodeValue.trim()) continue;
        write.inline(text(child));
        lists.length = 0;
        continue;
      }
      if (child.nodeType !== Node.ELEMENT_NODE) continue;
      const tag = child.localName;
      const wordList = tag === 'p' ? wordListItem(child) : null;
      if (wordList && allowed(wordList.tag) && allowed('li')) {
        // A level deeper than the one before opens inside the item before it (a level skipped counts as one).
        const depth = Math.min(wordList.level, lists.length + 1);
        lists.length = depth;
        if (!lists[depth - 1] || lists[depth - 1].localName !== wordList.tag) {
          const list = make(wordList.tag);
          if (depth === 1) write.block(list);
          else lists[depth - 2].lastElementChild.append(list);
          lists[depth - 1] = list;
        }
        const item = make('li');
        inlineInto(child, (node) => item.append(node));
        lists[depth - 1].append(item);
        continue;
      }
      lists.length = 0;
      if (leaveOut(child)) continue;
      if (!BLOCKS.has(tag) && holdsBlocks(child)) { // Google Docs wraps the whole paste in a <b>
        write.close();
        blocksInto(child, container);
        continue;
      }
      if (!BLOCKS.has(tag) || tag === 'hr') {
        if (tag !== 'hr') inlineElement(child, (node) => write.inline(node));
        else write.close();
        continue;
      }
      write.close();
      block(child, container);
    }
  }

  // Items of a list, each with the lists nested in it (Google Docs puts a paragraph in each item). A list
  // directly inside a list, which browsers accept, joins the list it is in.
  function listItems(element, list) {
    for (const child of element.children) {
      if (child.localName === 'ul' || child.localName === 'ol') listItems(child, list);
      if (child.localName !== 'li') continue;
      const li = make('li');
      const nested = [...child.children].filter((c) => c.localName === 'ul' || c.localName === 'ol');
      nested.forEach((c) => c.remove());
      inlineInto(child, (node) => li.append(node));
      list.append(li);
      for (const inner of nested) {
        if (!allowed(inner.localName)) {
          listItems(inner, list);
          continue;
        }
        const sublist = make(inner.localName);
        listItems(inner, sublist);
        li.append(sublist);
      }
    }
  }

  function block(element, container) {
    const tag = element.localName;
    if (HEADING.test(tag) && !allowed(tag)) {
      report.heading += 1;
      const p = make('p');
      wrapped('strong', element, (node) => p.append(node));
      return container.append(p);
    }
    if (tag === 'table' && !allowed('table')) {
      report.table += 1;
      return element.querySelectorAll('tr').forEach((row) => {
        const p = make('p');
        [...row.cells].forEach((cell, i) => {
          const content = make('span');
          inlineInto(cell, (node) => content.append(node));
          trimEnds(content);
          if (i > 0) p.append(out.createTextNode(' | '));
          p.append(...content.childNodes);
        });
        container.append(p);
      });
    }
    if ((tag === 'ul' || tag === 'ol') && allowed(tag) && allowed('li')) {
      const list = make(tag);
      listItems(element, list);
      return container.append(list);
    }
    if (tag === 'p' && allowed('p')) {
      const p = make('p');
      inlineInto(element, (node) => p.append(node));
      return container.append(p);
    }
    if (tag === 'blockquote' && allowed('blockquote')) {
      const quote = make('blockquote');
      blocksInto(element, quote);
      return container.append(quote);
    }
    return blocksInto(element, container); // div, section, li outside a list …: their content
  }

  const root = out.createElement('div');
  blocksInto(source.body, root);
  // Word and Docs fill space with empty paragraphs (<o:p>&nbsp;</o:p>); an update has no use for them.
  root.querySelectorAll('p, li').forEach((node) => {
    trimEnds(node);
    if (!node.textContent.replace(/\u00a0/g, ' ').trim()) node.remove();
  });
  root.querySelectorAll('ul, ol').forEach((node) => { if (!node.children.length) node.remove(); });
  return { html: root.innerHTML, report };
}

/** Leading and trailing spaces and line breaks of a block go; a reader's browser would not show them either. */
function trimEnds(block) {
  const edge = (first) => {
    for (;;) {
      let node = first ? block.firstChild : block.lastChild;
      while (node?.nodeType === Node.ELEMENT_NODE && node.localName !== 'br' && node.firstChild) {
        node = first ? node.firstChild : node.lastChild;
      }
      if (node?.nodeType === Node.ELEMENT_NODE && node.localName === 'br') node.remove();
      else if (node?.nodeType === Node.TEXT_NODE && !node.nodeValue.trim()) node.remove();
      else if (node?.nodeType === Node.TEXT_NODE) {
        node.nodeValue = first ? node.nodeValue.replace(/^ +/, '') : node.nodeValue.replace(/ +$/, '');
        return;
      } else return;
    }
  };
  edge(true);
  edge(false);
}

const plural = (key, count) => t(`${key}.${new Intl.PluralRules(currentLanguage()).select(count)}`, count);

/** The notice's lines, in the UI language; empty when nothing was changed. */
export function describe(report) {
  const lines = ['image', 'caption', 'embed', 'table', 'heading', 'link']
    .filter((kind) => report[kind] > 0).map((kind) => plural(`editor.paste.${kind}`, report[kind]));
  if (report.styles.size) {
    const names = [...report.styles].map((name) => t(`editor.paste.style.${name}`));
    lines.push(t('editor.paste.styles', new Intl.ListFormat(currentLanguage(), { type: 'conjunction' }).format(names)));
  }
  return lines;
}

/** A notice that says what the last paste lost, until dismissed, the next paste or a post; `id` names it. */
export function createPasteNotice(id = 'paste-notice') {
  const list = h('ul', { class: 'paste-lines' });
  const close = h('button', { type: 'button', class: 'quiet small', id: `${id}-close`,
    onclick: () => { element.hidden = true; } }, t('editor.paste.dismiss'));
  const element = h('div', { class: 'paste-notice', id, role: 'status', hidden: true },
    h('p', { class: 'paste-title' }, t('editor.paste.title')), list, close);
  return {
    element,
    show(report) {
      const lines = describe(report);
      list.replaceChildren(...lines.map((line) => h('li', {}, line)));
      element.hidden = lines.length === 0;
    },
    clear() {
      element.hidden = true;
    },
  };
}

const emptyReport = () => ({ image: 0, caption: 0, embed: 0, table: 0, heading: 0, link: 0, styles: new Set() });

/** Image files on a clipboard or in a drop that brings no HTML of its own (a screenshot, a file from a folder). */
export function imageFilesAlone(transfer) {
  if (!transfer || transfer.getData('text/html')) return 0;
  return [...(transfer.files ?? [])].filter((file) => file.type.startsWith('image/')).length;
}

/** Plain text as paragraphs (a blank line apart) with line breaks, escaped by the DOM. */
function textAsHtml(text) {
  const root = document.createElement('div');
  text.replace(/\r\n?/g, '\n').split(/\n\s*\n/).filter((part) => part.trim()).forEach((part) => {
    const p = document.createElement('p');
    part.trim().split('\n').forEach((line, i) => {
      if (i > 0) p.append(document.createElement('br'));
      p.append(line);
    });
    root.append(p);
  });
  return root.innerHTML;
}

const FIELD_BLOCKS = new Set(['p', 'ul', 'ol', 'blockquote']);

/**
 * Puts cleaned HTML at the caret of a contenteditable field. One paragraph goes into the line; several split the
 * paragraph the caret is in (the first continues it, the rest of it follows the last), as a word processor does,
 * so the field never holds a paragraph inside a paragraph that the server would take apart differently.
 */
function insertAtCaret(field, html) {
  const template = document.createElement('template');
  template.innerHTML = html; // inert; made by cleanPaste or textAsHtml, so allowlisted elements only
  let nodes = [...template.content.childNodes];
  if (nodes.length === 1 && nodes[0].localName === 'p') nodes = [...nodes[0].childNodes];
  if (!nodes.length) return;
  const selection = window.getSelection();
  let range = selection.rangeCount ? selection.getRangeAt(0) : null;
  if (!range || !field.contains(range.commonAncestorContainer)) {
    range = document.createRange();
    range.selectNodeContents(field);
    range.collapse(false);
  }
  range.deleteContents();
  let block = range.startContainer;
  while (block && block.parentNode !== field) block = block.parentNode;
  let last = nodes.at(-1);
  if (block && FIELD_BLOCKS.has(block.localName) && nodes.some((node) => FIELD_BLOCKS.has(node.localName))) {
    const tail = document.createRange();
    tail.setStart(range.startContainer, range.startOffset);
    tail.setEndAfter(block);
    const rest = [...tail.extractContents().childNodes].filter((node) => node.textContent.trim());
    const empty = !block.textContent.trim(); // the new line Enter made: the paste takes its place
    if (!empty && block.localName === 'p' && nodes[0].localName === 'p') block.append(...nodes.shift().childNodes);
    block.after(...nodes, ...rest);
    if (empty) block.remove();
    last = nodes.at(-1) ?? block;
  } else {
    const fragment = document.createDocumentFragment();
    fragment.append(...nodes);
    range.insertNode(fragment);
  }
  const caret = document.createRange();
  if (last.isConnected) {
    caret.setStartAfter(last);
    caret.collapse(true);
  } else {
    caret.selectNodeContents(field);
    caret.collapse(false);
  }
  selection.removeAllRanges();
  selection.addRange(caret);
  field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
}

/**
 * Cleans what is pasted or dropped into a contenteditable field (the edit and correction dialogs) by the same
 * rules as the composer, and tells `notice` what did not fit. Without the rules (the server could not be asked)
 * a paste is taken as plain text. A drag inside the field is the browser's own move.
 */
export function cleanPastesInto(field, notice) {
  let allowlist = null;
  loadBodyRules().then((rules) => { allowlist = rules; });
  let draggingInside = false;
  const take = (event, transfer) => {
    if (!transfer) return;
    event.preventDefault();
    const html = transfer.getData('text/html');
    const cleaned = html && allowlist ? cleanPaste(html, allowlist)
      : { html: textAsHtml(transfer.getData('text/plain')), report: emptyReport() };
    cleaned.report.image += imageFilesAlone(transfer);
    if (cleaned.html) insertAtCaret(field, cleaned.html);
    notice.show(cleaned.report);
  };
  field.addEventListener('paste', (event) => take(event, event.clipboardData));
  field.addEventListener('dragstart', () => { draggingInside = true; });
  field.addEventListener('dragend', () => { draggingInside = false; });
  field.addEventListener('drop', (event) => {
    if (draggingInside) return;
    const at = document.caretRangeFromPoint?.(event.clientX, event.clientY);
    if (at && field.contains(at.startContainer)) {
      window.getSelection().removeAllRanges();
      window.getSelection().addRange(at);
    }
    take(event, event.dataTransfer);
  });
}

/** Tells the notice about image files the composer refuses (TinyMCE drops them without a word). */
export function reportRefusedImages(editor, notice) {
  editor.on('paste drop', (event) => {
    const images = imageFilesAlone(event.clipboardData ?? event.dataTransfer);
    if (images) notice.show({ ...emptyReport(), image: images });
  });
}

/** TinyMCE options that clean every paste and drop with these rules and report to the notice. */
export function pasteOptions(allowlist, notice) {
  if (!allowlist) return { paste_as_text: true, valid_elements: 'p,br' };
  return {
    valid_elements: validElements(allowlist),
    // TinyMCE drops every style attribute of a paste in Chromium before paste_preprocess sees it, so Google Docs'
    // bold (font-weight:700) and its colours would go unnoticed; cleanPaste reads them, then keeps no style at all.
    paste_webkit_styles: 'all',
    entity_encoding: 'raw', // ç, not &ccedil;: the server stores characters, and the composer's HTML is the same
    paste_preprocess: (editor, args) => {
      if (args.internal) return; // copied inside the composer: already clean
      const cleaned = cleanPaste(args.content, allowlist);
      args.content = cleaned.html;
      notice.show(cleaned.report);
    },
  };
}
