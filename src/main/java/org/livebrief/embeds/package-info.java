/**
 * Embeds of third-party posts and players (issue #17, item 2): which providers this site allows
 * ({@link org.livebrief.embeds.EmbedProviders}, {@code livebrief.embeds.*}), how a pasted URL becomes an
 * {@link org.livebrief.embeds.Embed} ({@link org.livebrief.embeds.Provider} for the built-in ones,
 * {@link org.livebrief.embeds.OEmbedProvider} for those an admin adds) and what a provider's oEmbed endpoint may tell
 * us ({@link org.livebrief.embeds.OEmbedClient}).
 * <p>Invariants: a player address is only ever built by this package, from ids that match a strict pattern, or (for an
 * admin's oEmbed provider) taken from the {@code src} of an iframe in its answer when it is on the origin the admin
 * configured; no HTML from an author or a provider is kept. A URL is refused unless it is a plain http(s) address (no
 * user info, no other port, an ASCII host matched exactly) of an allowed provider's post. Nothing here touches the
 * database or another feature: {@code briefing.Embeds} puts embeds into entry bodies and
 * {@code security.EmbedPolicy} names the players' origins in the reader page's {@code frame-src}.
 */
package org.livebrief.embeds;
