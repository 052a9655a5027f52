// A word diff for the merge view (issue #14, finding 2): which words of two versions of a text differ, so an
// editor who met a clash sees at a glance what the other person changed instead of reading both texts whole.

/** Words and the white space between them, in order; joined they give the text back. */
const tokens = (text) => text.match(/\s+|[^\s]+/gu) ?? [];

/** Above this many cells the middle of two texts is shown as replaced whole rather than compared word by word. */
const MAX_CELLS = 4_000_000;

/**
 * The difference between `mine` and `theirs` as runs {kind: 'same' | 'mine' | 'theirs', text}, in reading order:
 * 'mine' is only in mine, 'theirs' only in theirs. The words both share at the start and the end are found first;
 * the middle is compared by longest common subsequence.
 */
export function wordDiff(mine, theirs) {
  const a = tokens(mine);
  const b = tokens(theirs);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  const runs = [];
  const push = (kind, text) => {
    if (!text) return;
    const previous = runs.at(-1);
    if (previous?.kind === kind) previous.text += text;
    else runs.push({ kind, text });
  };
  push('same', a.slice(0, start).join(''));
  const n = endA - start;
  const m = endB - start;
  if (n * m > MAX_CELLS) {
    push('mine', a.slice(start, endA).join(''));
    push('theirs', b.slice(start, endB).join(''));
  } else {
    // lengths[i][j]: the longest common subsequence of a[start + i ..] and b[start + j ..].
    const lengths = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
    for (let i = n - 1; i >= 0; i -= 1) {
      for (let j = m - 1; j >= 0; j -= 1) {
        lengths[i][j] = a[start + i] === b[start + j] ? lengths[i + 1][j + 1] + 1
          : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a[start + i] === b[start + j]) {
        push('same', a[start + i]);
        i += 1;
        j += 1;
      } else if (i < n && (j === m || lengths[i + 1][j] >= lengths[i][j + 1])) {
        push('mine', a[start + i]); // what is only in mine first, then what replaced it
        i += 1;
      } else {
        push('theirs', b[start + j]);
        j += 1;
      }
    }
  }
  push('same', a.slice(endA).join(''));
  return grouped(runs);
}

/**
 * Reads as a person would write it: a change of several words is one struck-out run followed by one underlined
 * run ("after a pause" → "on Tuesday"), not words and spaces taken in turn, so a space alone between two changes
 * joins them.
 */
function grouped(runs) {
  const out = [];
  let mine = '';
  let theirs = '';
  const flush = () => {
    if (mine.trim() || (mine && !theirs)) out.push({ kind: 'mine', text: mine });
    if (theirs.trim() || (theirs && !mine)) out.push({ kind: 'theirs', text: theirs });
    mine = '';
    theirs = '';
  };
  runs.forEach((run, k) => {
    if (run.kind === 'mine') mine += run.text;
    else if (run.kind === 'theirs') theirs += run.text;
    else if (!run.text.trim() && (mine || theirs) && k < runs.length - 1) {
      mine += run.text;
      theirs += run.text;
    } else {
      flush();
      out.push(run);
    }
  });
  flush();
  return out;
}
