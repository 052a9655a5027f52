/**
 * Livebrief inside a host CMS: the oEmbed provider ({@link org.livebrief.hosting.OEmbedServlet}, {@code /oembed}) for
 * public briefing and entry pages, and signed webhooks for the host CMS and partners
 * ({@link org.livebrief.hosting.WebhooksResource}, {@code /api/webhooks}, admins only).
 *
 * <p>Invariants: oEmbed answers only for addresses under the configured public base that name a public briefing or a
 * public entry of one ({@code briefing.Visibility}); everything else is 404, never a hint of what exists. Webhooks
 * follow the change log after commit, on the model of {@code feeds.WebSubOutbox} (tables {@code webhook_*},
 * migration V39): a change reaches an endpoint only once it committed, a crash delays it without losing it, and an
 * endpoint receives its messages one at a time in change-log order (within a briefing that is commit order; across
 * briefings, a change that commits late with a lower number may arrive after a higher one). Deliveries are signed
 * per Standard Webhooks ({@link org.livebrief.hosting.WebhookSignature}) with every current secret, retried with
 * doubling back-off, and recorded in the delivery log. Nothing here runs on a writer's thread but a wake-up: a
 * receiver that hangs costs one delivery slot until its timeout, never a publication. Endpoint addresses on internal
 * networks are refused unless {@code livebrief.webhooks.allow-private-addresses} is set
 * ({@link org.livebrief.hosting.WebhookAddresses}).
 *
 * <p>Also the CDN or reverse proxy in front ({@link org.livebrief.hosting.CdnPurger}, issue #19 item 3): each change,
 * once committed, purges the surrogate keys ({@code platform.CachePolicy}) of what it touched, read from the change
 * log (table {@code cdn_cursor}, V45), at least once; Varnish, Fastly and Cloudflare adapters
 * ({@link org.livebrief.hosting.CdnTarget}). It reads which names an entry mentions from {@code names.Mentions}.
 */
package org.livebrief.hosting;
