package org.livebrief.feeds;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * RSS 2.0 with {@code atom:link} for self, hub and archives, {@code dc:creator} for authors, and an entry's
 * pictures as its {@code enclosure} (the first) and Media RSS (all). Dates are
 * RFC 822 in English (the formatter's names are fixed, whatever the JVM locale). Each item has one date,
 * {@code pubDate}; no {@code dc:date}. RSS has no tombstones: a retracted entry simply leaves the feed.
 */
final class RssWriter {

    static final String DC = "http://purl.org/dc/elements/1.1/";

    private final XMLStreamWriter xml;

    private RssWriter(XMLStreamWriter xml) {
        this.xml = xml;
    }

    static byte[] write(Feed feed) {
        return XmlText.document("the RSS feed " + feed.id(), xml -> new RssWriter(xml).rss(feed));
    }

    private void rss(Feed feed) throws XMLStreamException {
        xml.writeStartElement("rss");
        xml.writeAttribute("version", "2.0");
        xml.writeNamespace("atom", AtomWriter.ATOM);
        xml.writeNamespace("dc", DC);
        xml.writeNamespace("media", MediaRss.NS);
        xml.writeStartElement("channel");
        text("title", feed.title());
        text("link", feed.links().alternate() != null ? feed.links().alternate() : feed.links().self());
        // RSS readers take a channel's description as HTML; the summary is plain text, so it goes in escaped.
        text("description", FeedItems.escape(feed.subtitle() == null || feed.subtitle().isBlank() ? feed.title()
                : feed.subtitle()));
        text("language", feed.language());
        text("lastBuildDate", date(feed.updated()));
        text("generator", "Livebrief");
        Feed.Links links = feed.links();
        atomLink("self", FeedFormat.RSS.mediaType(), links.self());
        atomLink("hub", null, links.hub());
        atomLink("current", FeedFormat.RSS.mediaType(), links.current());
        atomLink("prev-archive", FeedFormat.RSS.mediaType(), links.prevArchive());
        atomLink("next-archive", FeedFormat.RSS.mediaType(), links.nextArchive());
        for (Feed.Item item : feed.items()) {
            item(item);
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void item(Feed.Item item) throws XMLStreamException {
        xml.writeStartElement("item");
        text("title", item.title());
        text("link", item.link());
        xml.writeStartElement("guid");
        xml.writeAttribute("isPermaLink", "false");
        xml.writeCharacters(item.id());
        xml.writeEndElement();
        text("description", item.html());
        for (Feed.Author author : item.authors()) {
            xml.writeStartElement(DC, "creator");
            xml.writeCharacters(author.name());
            xml.writeEndElement();
        }
        text("pubDate", date(item.published()));
        if (!item.pictures().isEmpty()) {
            // RSS 2.0 allows one enclosure per item (the RSS Advisory Board's profile); Media RSS carries them all.
            Feed.Rendition first = item.pictures().get(0).main();
            xml.writeEmptyElement("enclosure");
            xml.writeAttribute("url", first.url());
            xml.writeAttribute("length", Long.toString(Math.max(0, first.length()))); // required; 0 when unknown
            xml.writeAttribute("type", first.type());
        }
        for (Feed.Picture picture : item.pictures()) {
            MediaRss.content(xml, picture);
        }
        xml.writeEndElement();
    }

    private void atomLink(String rel, String type, String href) throws XMLStreamException {
        if (href == null) {
            return;
        }
        xml.writeEmptyElement(AtomWriter.ATOM, "link");
        xml.writeAttribute("rel", rel);
        if (type != null) {
            xml.writeAttribute("type", type);
        }
        xml.writeAttribute("href", href);
    }

    private void text(String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    static String date(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
    }
}
