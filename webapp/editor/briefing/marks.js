// Name hints inside the TinyMCE text: each finding of the style checker gets a wavy underline at its offsets.
// The checker's offsets are UTF-16 offsets into the text the composer sent; textMap() makes that text from the
// editor's DOM and remembers where each text node starts in it, so an offset maps back to a node and an offset in
// it without guessing. The underline is a span with data-mce-bogus="1", which TinyMCE's serializer unwraps:
// getContent(), what is posted and what the undo history keeps, never contains it.
export const HINT_CLASS = 'lb-name-hint';

const BLOCKS = /^(P|DIV|LI|UL|OL|BLOCKQUOTE|H[1-6]|PRE|TABLE|TR|TD|TH)$/;

/** The text as sent to the checker: text nodes in document order, a line break between blocks and at <br>. */
export function textMap(root) {
  const segments = [];
  let text = '';
  const newline = () => {
    if (text && !text.endsWith('\n')) text += '\n';
  };
  const walk = (node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        segments.push({ node: child, start: text.length });
        text += child.nodeValue;
      } else if (child.nodeType === Node.ELEMENT_NODE && child.getAttribute('data-mce-type') !== 'bookmark') {
        if (child.nodeName === 'BR') {
          newline();
        } else {
          const block = BLOCKS.test(child.nodeName);
          if (block) newline();
          walk(child);
          if (block) newline();
        }
      }
    }
  };
  walk(root);
  return { text, segments };
}

/** The text node and offset in it at a text offset; {@code atEnd} prefers the end of a node to the start of the next. */
function locate(map, offset, atEnd) {
  for (const { node, start } of map.segments) {
    const end = start + node.nodeValue.length;
    if (offset >= start && (atEnd ? offset <= end : offset < end)) return { node, offset: offset - start };
  }
  return null;
}

/** The text offset of a DOM position (a selection boundary), or null. */
function offsetOf(map, container, offset) {
  if (container.nodeType === Node.TEXT_NODE) {
    const segment = map.segments.find((s) => s.node === container);
    return segment ? segment.start + offset : null;
  }
  const child = container.childNodes[offset];
  const after = child && map.segments.find((s) => s.node === child || child.contains(s.node));
  if (after) return after.start;
  const inside = map.segments.filter((s) => container.contains(s.node));
  const last = inside[inside.length - 1];
  return last ? last.start + last.node.nodeValue.length : null;
}

/**
 * Replaces exactly the text of each finding's span with its preferred spelling, if the editor still holds the text
 * the findings were made for (a name split by formatting included). Returns whether it did.
 */
export function replaceSpans(editor, findings, checkedText) {
  const body = editor.getBody();
  let replaced = false;
  editor.undoManager.transact(() => {
    clearMarks(body);
    const map = textMap(body);
    if (map.text !== checkedText) return;
    // From the end, so the offsets of the earlier spans stay where they were.
    [...findings].sort((a, b) => b.start - a.start).forEach((finding) => {
      const from = locate(map, finding.start, false);
      const to = locate(map, finding.end, true);
      if (!from || !to) return;
      const range = editor.getDoc().createRange();
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset);
      range.deleteContents();
      range.insertNode(editor.getDoc().createTextNode(finding.preferred));
    });
    replaced = true;
  });
  return replaced;
}

/** Removes every underline, leaving the text as it was. */
export function clearMarks(root) {
  root.querySelectorAll(`span.${HINT_CLASS}`).forEach((span) => span.replaceWith(...span.childNodes));
  root.normalize();
}

function wrap(map, finding, title) {
  const from = locate(map, finding.start, false);
  const to = locate(map, finding.end, true);
  // A name split by markup ("Zel<b>ensky</b>") keeps its hint under the composer only.
  if (!from || !to || from.node !== to.node) return;
  const range = from.node.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  const span = from.node.ownerDocument.createElement('span');
  span.className = HINT_CLASS;
  span.setAttribute('data-mce-bogus', '1');
  span.dataset.found = finding.found;
  // A case the checker could not tell (nominativeOnly) is a hint to put the name into it by hand: nothing to fix.
  if (!finding.nominativeOnly) span.dataset.preferred = finding.preferred;
  span.title = title(finding);
  range.surroundContents(span);
}

/**
 * Underlines the findings, if the editor still holds the text they were made for; the caret stays where it was.
 * Returns whether they were applied.
 */
export function markFindings(editor, findings, checkedText, title) {
  const body = editor.getBody();
  let applied = false;
  editor.undoManager.ignore(() => {
    const before = textMap(body);
    // The marks do not change the text, so a text that changed since the check means newer findings are coming.
    if (before.text !== checkedText) return;
    const range = editor.selection.getRng();
    const caret = [offsetOf(before, range.startContainer, range.startOffset),
      offsetOf(before, range.endContainer, range.endOffset)];
    clearMarks(body);
    const map = textMap(body);
    [...findings].sort((a, b) => b.start - a.start).forEach((finding) => wrap(map, finding, title));
    applied = true;
    restoreCaret(editor, textMap(body), caret);
  });
  return applied;
}

function restoreCaret(editor, map, [start, end]) {
  if (start === null || end === null) return;
  const from = locate(map, start, true);
  const to = locate(map, end, true);
  if (!from || !to) return;
  const range = editor.getDoc().createRange();
  const set = (position, boundary) => {
    // A caret at the edge of a mark goes outside it, so what is typed next is not underlined as the name.
    const mark = position.node.parentNode;
    if (mark.classList?.contains(HINT_CLASS) && (position.offset === 0 || position.offset === position.node.nodeValue.length)) {
      range[`${boundary}${position.offset === 0 ? 'Before' : 'After'}`](mark);
    } else {
      range[boundary](position.node, position.offset);
    }
  };
  set(from, 'setStart');
  set(to, 'setEnd');
  editor.selection.setRng(range);
}

/** The underlined name at the caret, if any. */
export function markAtCaret(editor) {
  const node = editor.selection.getNode();
  return node?.closest ? node.closest(`span.${HINT_CLASS}`) : null;
}

/**
 * The underlined name the caret is in or right after ("Zelensky|"): where a reporter's caret is when they have just
 * typed the name, which is outside the underline's span once the checker has drawn it.
 */
export function markBeforeCaret(editor) {
  const inside = markAtCaret(editor);
  if (inside) return inside;
  const range = editor.selection.getRng();
  if (!range || !range.collapsed) return null;
  const { startContainer: container, startOffset: offset } = range;
  let before = null;
  if (container.nodeType === 3) {
    before = offset === 0 || !container.nodeValue.slice(0, offset).replace(/\u200b/g, '')
      ? container.previousSibling : null;
  } else {
    before = container.childNodes[offset - 1] ?? null;
  }
  return before?.nodeType === 1 && before.matches(`span.${HINT_CLASS}`) ? before : null;
}
