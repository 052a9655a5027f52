/**
 * Syndication: Atom 1.0, RSS 2.0, JSON Feed 1.1 and IPTC ninjs 2.2 feeds of each public briefing (all
 * entries, or key events only), of each language and of each entity of the name authority
 * ({@link org.livebrief.feeds.NameFeeds}: every entry that mentions it), served by {@link org.livebrief.feeds.FeedServlet}
 * under {@code /livebrief/feeds/}, with conditional GET, gzip, RFC 5005 archives and WebSub pings.
 *
 * <p>Invariants: an entry's feed id is a {@code tag:} URI made from its database id and the configured
 * authority ({@link org.livebrief.feeds.TagIds}), so corrections, new host names and server moves never
 * change it; {@code published} is the entry's first publication and never moves, {@code updated} moves
 * with every correction, and correction notes are part of the content; a retracted entry's content never
 * appears again, only its tombstone (Atom {@code at:deleted-entry}, ninjs {@code pubstatus: canceled});
 * no string reaches XML without {@link org.livebrief.feeds.XmlText#clean}; feed bytes are built only when
 * the change log has moved ({@link org.livebrief.feeds.FeedCache}), and everything that talks to the
 * outside world after a change (the WebSub hub) does so only after the change committed.
 *
 * <p>New kinds of feed plug in as {@link org.livebrief.feeds.FeedSubjects} beans.
 */
package org.livebrief.feeds;
