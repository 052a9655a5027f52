package org.livebrief.feeds;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Media RSS ({@code http://search.yahoo.com/mrss/}) for an entry's pictures, in Atom and RSS alike: one
 * {@code media:content} per picture at the rendition readers get, with its pixels and size, the caption (or the alt
 * text) as {@code media:description}, the credit as {@code media:credit} and the narrowest rendition as
 * {@code media:thumbnail}. Aggregators that ignore the HTML body (Feedly's cards, Flipboard, news apps) take the
 * picture from here.
 */
final class MediaRss {

    static final String NS = "http://search.yahoo.com/mrss/";

    private MediaRss() {
    }

    static void content(XMLStreamWriter xml, Feed.Picture picture) throws XMLStreamException {
        Feed.Rendition main = picture.main();
        xml.writeStartElement(NS, "content");
        xml.writeAttribute("url", main.url());
        xml.writeAttribute("type", main.type());
        xml.writeAttribute("medium", "image");
        dimensions(xml, main);
        if (main.length() >= 0) {
            xml.writeAttribute("fileSize", Long.toString(main.length()));
        }
        if (!picture.description().isBlank()) {
            xml.writeStartElement(NS, "description");
            xml.writeAttribute("type", "plain");
            xml.writeCharacters(picture.description());
            xml.writeEndElement();
        }
        if (!picture.credit().isBlank()) {
            xml.writeStartElement(NS, "credit");
            xml.writeCharacters(picture.credit());
            xml.writeEndElement();
        }
        Feed.Rendition thumbnail = picture.renditions().get(0);
        if (!thumbnail.equals(main)) {
            xml.writeEmptyElement(NS, "thumbnail");
            xml.writeAttribute("url", thumbnail.url());
            dimensions(xml, thumbnail);
        }
        xml.writeEndElement();
    }

    private static void dimensions(XMLStreamWriter xml, Feed.Rendition rendition) throws XMLStreamException {
        if (rendition.width() > 0 && rendition.height() > 0) {
            xml.writeAttribute("width", Integer.toString(rendition.width()));
            xml.writeAttribute("height", Integer.toString(rendition.height()));
        }
    }
}
