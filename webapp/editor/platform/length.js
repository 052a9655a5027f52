// The size of a request as the server counts it (platform.RequestLimits: the bytes of the request body, that is
// the UTF-8 of the JSON the UI sends, markup and escapes included), so the UI refuses a text that is too long
// before sending it, and a counter that warns before the limit. The limit comes with the session.
import { dismiss, announce, h } from './dom.js';
import { currentLanguage, t } from './i18n.js';

const NEAR = 0.8;
let limit = null;

export function setRequestLimit(bytes) {
  limit = Number.isFinite(bytes) && bytes > 0 ? bytes : null;
}

export function requestLimit() {
  return limit;
}

/** The bytes of the body api() would send for this value. */
export function requestBytes(body) {
  return body === undefined ? 0 : new TextEncoder().encode(JSON.stringify(body)).length;
}

export const isTooLarge = (body) => limit !== null && requestBytes(body) > limit;

/** Kilobytes (of 1,024 bytes) rounded up, in the UI language's digits. */
export function kilobytes(bytes) {
  return new Intl.NumberFormat(currentLanguage()).format(Math.ceil(bytes / 1024));
}

/** The sentence shown when a text is too long, before or instead of sending it. */
export function tooLongMessage(bytes, max = limit) {
  return bytes ? t('editor.length.over', kilobytes(bytes), kilobytes(max)) : t('editor.problem.tooLarge', kilobytes(max));
}

/**
 * A counter of characters and of the share of the limit; past 80% it warns, past the limit it says so and the same
 * message goes to the status region until the text is short enough again. measure() → {body, text}: the request
 * body the form would send and the text a person reads.
 */
export function lengthCounter(measure) {
  const element = h('p', { class: 'length-counter', dataset: { level: 'ok' } });
  let level = 'ok';
  function update() {
    const { body, text } = measure();
    const bytes = requestBytes(body);
    const characters = new Intl.NumberFormat(currentLanguage()).format([...(text ?? '')].length);
    const share = limit ? Math.floor((bytes * 100) / limit) : 0;
    const next = !limit ? 'ok' : bytes > limit ? 'over' : bytes >= limit * NEAR ? 'near' : 'ok';
    element.textContent = next === 'over' ? tooLongMessage(bytes)
      : t(next === 'near' ? 'editor.length.near' : 'editor.length.count', characters, share);
    element.dataset.level = next;
    if (next === 'over' && level !== 'over') announce(element.textContent, 'error', 'shorter');
    if (next !== 'over' && level === 'over') dismiss('shorter');
    level = next;
  }
  return { element, update, over: () => level === 'over' };
}
