// A picture for the update being written (issue #17, item 1): chosen with the file picker, dropped on the panel or
// pasted into the composer, uploaded at once with a progress bar into the briefing's image library
// (POST /api/media, the file's bytes as the body), then described: alt text (required: the server refuses an update
// with a picture without it), caption and credit. On posting, the desk appends the picture to the update as a
// <figure> of our own renditions (briefing.Figures on the server keeps nothing else). The figure is built with the
// DOM, never from strings, so what is typed in the fields stays text.
import { csrfHeaders, ApiError } from '../platform/api.js';
import { h, uniqueId } from '../platform/dom.js';
import { t } from '../platform/i18n.js';

const TYPES = ['image/jpeg', 'image/png', 'image/gif', 'image/webp'];
const SIZES = '(max-width: 44rem) 100vw, 44rem';

/** The sentence for a refused upload, in the UI language; undefined for kinds the desk describes itself. */
function refusal(error) {
  const kind = String(error.problem?.type ?? '').split('/').pop();
  const key = {
    'not-an-image': 'notAnImage', 'unsupported-media-type': 'notAnImage', 'corrupt-image': 'corrupt',
    'too-many-pixels': 'tooManyPixels', 'payload-too-large': 'tooLarge', 'empty-upload': 'corrupt',
  }[kind];
  return key ? t(`editor.desk.picture.${key}`) : error.describe();
}

/** Uploads {@code file} with progress; resolves to the image JSON. */
function upload(briefingId, file, onProgress) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `../api/media?briefing=${encodeURIComponent(briefingId)}`);
    // The server sniffs the bytes; an unknown type goes as octet-stream and is refused there with a clear problem.
    xhr.setRequestHeader('Content-Type', TYPES.includes(file.type) ? file.type : 'application/octet-stream');
    Object.entries(csrfHeaders()).forEach(([name, value]) => xhr.setRequestHeader(name, value));
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (event) => { if (event.lengthComputable) onProgress(event.loaded / event.total); };
    xhr.onload = () => {
      let json = null;
      try {
        json = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      } catch {
        // not JSON: the status says enough
      }
      if (xhr.status === 200 || xhr.status === 201) resolve(json);
      else reject(new ApiError(xhr.status, json));
    };
    xhr.onerror = () => reject(new ApiError(0, {}));
    xhr.send(file);
  });
}

export function createPicturePanel(briefingId) {
  const id = uniqueId('picture');
  let image = null;
  const input = h('input', { type: 'file', id: `${id}-file`, accept: TYPES.join(','), class: 'picture-file',
    onchange: () => input.files[0] && take(input.files[0]) });
  const progress = h('progress', { max: 1, value: 0, hidden: true, 'aria-label': t('editor.desk.picture.uploading') });
  const message = h('p', { class: 'picture-message', role: 'status' });
  const preview = h('img', { class: 'picture-preview', alt: '', hidden: true });
  const alt = h('input', { type: 'text', id: `${id}-alt`, name: 'alt', maxlength: 1000 });
  const caption = h('input', { type: 'text', id: `${id}-caption`, name: 'caption', maxlength: 2000 });
  const credit = h('input', { type: 'text', id: `${id}-credit`, name: 'credit', maxlength: 300 });
  const fields = h('div', { class: 'picture-fields', hidden: true },
    h('label', { for: alt.id }, t('editor.desk.picture.alt')), alt,
    h('label', { for: caption.id }, t('editor.desk.picture.caption')), caption,
    h('label', { for: credit.id }, t('editor.desk.picture.credit')), credit,
    h('button', { type: 'button', class: 'picture-remove', onclick: () => clear() }, t('editor.desk.picture.remove')));
  const element = h('fieldset', { class: 'picture', id },
    h('legend', {}, t('editor.desk.picture.legend')),
    h('label', { for: input.id, class: 'picture-choose' }, t('editor.desk.picture.choose')), input,
    h('span', { class: 'hint' }, t('editor.desk.picture.drop')),
    progress, message, preview, fields);

  element.addEventListener('dragover', (event) => {
    if ([...(event.dataTransfer?.items ?? [])].some((item) => item.kind === 'file')) {
      event.preventDefault();
      element.classList.add('dropping');
    }
  });
  element.addEventListener('dragleave', () => element.classList.remove('dropping'));
  element.addEventListener('drop', (event) => {
    element.classList.remove('dropping');
    const file = event.dataTransfer?.files?.[0];
    if (file) {
      event.preventDefault();
      take(file);
    }
  });

  async function take(file) {
    delete message.dataset.kind;
    message.textContent = t('editor.desk.picture.uploading');
    progress.hidden = false;
    progress.value = 0;
    try {
      image = await upload(briefingId, file, (share) => { progress.value = share; });
      preview.src = image.renditions[0].url;
      preview.hidden = false;
      fields.hidden = false;
      alt.value = image.alt ?? '';
      caption.value = image.caption ?? '';
      credit.value = image.credit ?? '';
      message.textContent = t('editor.desk.picture.ready');
      alt.focus();
    } catch (error) {
      image = null;
      message.textContent = error instanceof ApiError ? refusal(error) : String(error);
      message.dataset.kind = 'error';
    } finally {
      progress.hidden = true;
      input.value = '';
    }
  }

  function clear() {
    image = null;
    [alt, caption, credit].forEach((field) => { field.value = ''; });
    preview.removeAttribute('src');
    preview.hidden = true;
    fields.hidden = true;
    message.textContent = '';
    delete message.dataset.kind;
  }

  /** The picture as entry HTML, '' without one; throws a sentence when its alt text is missing. */
  function figureHtml() {
    if (!image) return '';
    if (!alt.value.trim()) {
      alt.focus();
      throw new Error(t('editor.desk.picture.altRequired'));
    }
    const middle = image.renditions.filter((r) => r.width <= 1024).pop() ?? image.renditions[0];
    const figure = h('figure', {},
      h('img', { src: middle.url, srcset: image.srcset, sizes: SIZES, alt: alt.value.trim(),
        width: middle.width, height: middle.height }));
    if (caption.value.trim() || credit.value.trim()) {
      figure.append(h('figcaption', {}, caption.value.trim(),
        credit.value.trim() ? [' ', h('small', {}, credit.value.trim())] : null));
    }
    return figure.outerHTML;
  }

  return {
    element,
    take,
    figureHtml,
    clear,
    hasPicture: () => image !== null,
  };
}
