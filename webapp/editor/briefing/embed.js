// An embed for the update being written (issue #17, item 2): the reporter pastes the address of a post or video
// (X, YouTube, Telegram, Instagram, Facebook, TikTok, Vimeo, SoundCloud or a provider the admin added). On posting,
// the desk appends <figure data-embed-url="…"> to the update; the server checks the address against its allowlist
// (a 400 says why it refuses one), builds the player address itself and asks the provider for a title. Nothing is
// loaded from the provider here: the composer shows the address only.
import { h, uniqueId } from '../platform/dom.js';
import { t } from '../platform/i18n.js';

export function createEmbedPanel() {
  const id = uniqueId('embed');
  const input = h('input', { type: 'url', id: `${id}-url`, name: 'embed', class: 'embed-url', maxlength: 2048,
    inputmode: 'url', autocomplete: 'off', spellcheck: 'false', placeholder: 'https://' });
  const element = h('fieldset', { class: 'embed-panel', id },
    h('legend', {}, t('editor.desk.embed.legend')),
    h('label', { for: input.id }, t('editor.desk.embed.url')), input,
    h('span', { class: 'hint' }, t('editor.desk.embed.hint')));

  /** The embed as entry HTML, '' without one. Built with the DOM, so the address stays an attribute value. */
  function figureHtml() {
    const url = input.value.trim();
    return url ? h('figure', { 'data-embed-url': url }).outerHTML : '';
  }

  return {
    element,
    figureHtml,
    clear: () => { input.value = ''; },
    hasEmbed: () => input.value.trim() !== '',
  };
}
