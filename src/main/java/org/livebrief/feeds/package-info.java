/**
 * Syndication: Atom 1.0, RSS 2.0, JSON Feed 1.1 and IPTC ninjs (2.2 and 3.1) feeds of each public briefing
 * (all entries, or key events only), of each language and of each entity of the name authority
 * ({@link org.livebrief.feeds.NameFeeds}: every entry that mentions it), served by {@link org.livebrief.feeds.FeedServlet}
 * under {@code /livebrief/feeds/}, with conditional GET, gzip, RFC 5005 archives and WebSub pings.
 *
 * <p>Invariants: an entry's feed id is a {@code tag:} URI made from its database id and the configured
 * authority ({@link org.livebrief.feeds.TagIds}), so corrections, new host names and server moves never
 * change it; {@code published} is the entry's first publication and never moves, {@code updated} moves
 * with every correction, and correction notes are part of the content; a retracted entry's content never
 * appears again, only its tombstone (Atom {@code at:deleted-entry}, ninjs {@code canceled}); no string
 * reaches XML without {@link org.livebrief.feeds.XmlText#clean}; feed bytes are built only when the change
 * log has moved ({@link org.livebrief.feeds.FeedCache}).
 *
 * <p>Archive pages never trade entries: pages of all entries go by publication position, which never
 * moves; pages of key events and languages, whose membership changes after the fact, are sealed lists
 * ({@link org.livebrief.feeds.FeedArchives}, tables {@code feed_archive_*}).
 *
 * <p>WebSub follows the change log, not the CDI event ({@link org.livebrief.feeds.WebSubOutbox}, tables
 * {@code websub_*}): the hub hears of a change only after it committed, and a crash between commit and
 * ping delays the ping without losing it. The worker ({@link org.livebrief.feeds.WebSubNotifier}) holds the
 * cursor row lock only while it reads the log and queues or claims pings, never while it talks to the hub.
 *
 * <p>New kinds of feed plug in as {@link org.livebrief.feeds.FeedSubjects} beans; they name the feeds a
 * change affects in {@code affectedBy}, and WebSub announces those.
 */
package org.livebrief.feeds;
