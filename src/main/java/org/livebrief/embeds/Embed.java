package org.livebrief.embeds;

/**
 * A third-party post or player an entry shows, as Livebrief derived it from the URL an author pasted.
 *
 * @param provider     the provider's id ({@code youtube}, {@code x}, … or a configured oEmbed provider's name)
 * @param providerName the name readers see on the placeholder ("YouTube")
 * @param url          the post's canonical address on the provider's site: the link readers follow without JavaScript
 * @param frameSrc     the address of the provider's embed player, built by Livebrief from the ids in {@code url};
 *                     null when the provider offers none (the placeholder is then only a link)
 */
public record Embed(String provider, String providerName, String url, String frameSrc) {
}
