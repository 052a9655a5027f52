package org.livebrief.feeds;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Atom 1.0 (RFC 4287) with RFC 5005 paging and RFC 6721 tombstones, written with StAX so that
 * {@code xml:lang}, self and hub links and foreign elements come out exactly as intended.
 */
final class AtomWriter {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String HISTORY = "http://purl.org/syndication/history/1.0";
    static final String TOMBSTONES = "http://purl.org/atompub/tombstones/1.0";

    private final XMLStreamWriter xml;

    private AtomWriter(XMLStreamWriter xml) {
        this.xml = xml;
    }

    static byte[] write(Feed feed) {
        return XmlText.document("the Atom feed " + feed.id(), xml -> new AtomWriter(xml).feed(feed));
    }

    private void feed(Feed feed) throws XMLStreamException {
        xml.setDefaultNamespace(ATOM);
        xml.writeStartElement(ATOM, "feed");
        xml.writeDefaultNamespace(ATOM);
        xml.writeNamespace("fh", HISTORY);
        xml.writeNamespace("at", TOMBSTONES);
        xml.writeNamespace("media", MediaRss.NS);
        xml.writeAttribute(XMLConstants.XML_NS_URI, "lang", feed.language());
        text("id", feed.id());
        textConstruct("title", feed.title());
        if (feed.subtitle() != null && !feed.subtitle().isBlank()) {
            textConstruct("subtitle", feed.subtitle());
        }
        text("updated", date(feed.updated()));
        xml.writeStartElement(ATOM, "generator");
        xml.writeCharacters("Livebrief");
        xml.writeEndElement();
        links(feed.links());
        if (feed.complete()) {
            xml.writeEmptyElement(HISTORY, "complete");
        }
        if (feed.archive()) {
            xml.writeEmptyElement(HISTORY, "archive");
        }
        // RFC 4287's schema wants every extension element, tombstones included, before the first entry.
        for (Feed.Tombstone tombstone : feed.tombstones()) {
            tombstone(tombstone);
        }
        for (Feed.Item item : feed.items()) {
            entry(item);
        }
        xml.writeEndElement();
    }

    private void links(Feed.Links links) throws XMLStreamException {
        link("self", FeedFormat.ATOM.mediaType(), links.self());
        link("alternate", "text/html", links.alternate());
        for (Feed.Format format : links.formats()) {
            if (!format.mediaType().equals(FeedFormat.ATOM.mediaType())) {
                link("alternate", format.mediaType(), format.href());
            }
        }
        link("hub", null, links.hub());
        link("current", FeedFormat.ATOM.mediaType(), links.current());
        link("prev-archive", FeedFormat.ATOM.mediaType(), links.prevArchive());
        link("next-archive", FeedFormat.ATOM.mediaType(), links.nextArchive());
    }

    private void entry(Feed.Item item) throws XMLStreamException {
        xml.writeStartElement(ATOM, "entry");
        xml.writeAttribute(XMLConstants.XML_NS_URI, "lang", item.language());
        text("id", item.id());
        textConstruct("title", item.title());
        text("published", date(item.published()));
        text("updated", date(item.updated()));
        for (Feed.Author author : item.authors()) {
            xml.writeStartElement(ATOM, "author");
            text("name", author.name());
            if (author.url() != null) {
                text("uri", author.url());
            }
            xml.writeEndElement();
        }
        link("alternate", "text/html", item.link());
        for (Feed.Picture picture : item.pictures()) {
            // RFC 4287 4.2.7.2: a related resource that may be large; title is the alt text, which says what it shows.
            xml.writeEmptyElement(ATOM, "link");
            xml.writeAttribute("rel", "enclosure");
            xml.writeAttribute("type", picture.main().type());
            xml.writeAttribute("href", picture.main().url());
            if (picture.main().length() >= 0) {
                xml.writeAttribute("length", Long.toString(picture.main().length()));
            }
            if (!picture.alt().isBlank()) {
                xml.writeAttribute("title", picture.alt());
            }
        }
        for (Feed.Picture picture : item.pictures()) {
            MediaRss.content(xml, picture);
        }
        textConstruct("summary", item.summary());
        xml.writeStartElement(ATOM, "content");
        xml.writeAttribute("type", "html");
        xml.writeCharacters(item.html());
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void tombstone(Feed.Tombstone tombstone) throws XMLStreamException {
        xml.writeStartElement(TOMBSTONES, "deleted-entry");
        xml.writeAttribute("ref", tombstone.ref());
        xml.writeAttribute("when", date(tombstone.when()));
        if (tombstone.link() != null) {
            xml.writeEmptyElement(ATOM, "link");
            xml.writeAttribute("rel", "alternate");
            xml.writeAttribute("href", tombstone.link());
        }
        xml.writeStartElement(TOMBSTONES, "comment");
        xml.writeAttribute(XMLConstants.XML_NS_URI, "lang", tombstone.language());
        xml.writeCharacters(tombstone.reason());
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void link(String rel, String type, String href) throws XMLStreamException {
        if (href == null) {
            return;
        }
        xml.writeEmptyElement(ATOM, "link");
        xml.writeAttribute("rel", rel);
        if (type != null) {
            xml.writeAttribute("type", type);
        }
        xml.writeAttribute("href", href);
    }

    private void textConstruct(String name, String value) throws XMLStreamException {
        xml.writeStartElement(ATOM, name);
        xml.writeAttribute("type", "text");
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private void text(String name, String value) throws XMLStreamException {
        xml.writeStartElement(ATOM, name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    /** RFC 3339 in UTC, to the millisecond: distinct corrections get distinct {@code updated} values. */
    static String date(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS).toString();
    }
}
