package org.livebrief.feeds;

import java.io.ByteArrayOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

/**
 * Text that is safe in XML 1.0, and XML parsers that are safe against it. Entry bodies are cleaned on
 * write, but titles, summaries, notes and author names reach the writers from many places, so every
 * string is cleaned here once more: a feed must never become ill-formed.
 */
public final class XmlText {

    private XmlText() {
    }

    /**
     * Drops what XML 1.0 forbids (C0 controls other than tab, newline and carriage return, lone surrogates,
     * U+FFFE and U+FFFF) and the C1 controls it discourages. Null stays null.
     */
    public static String clean(String s) {
        if (s == null || isClean(s)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().filter(XmlText::allowed).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static boolean isClean(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c) || !allowed(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean allowed(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD
                || (cp >= 0x20 && cp < 0x7F) || (cp > 0x9F && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
    }

    /** A namespace-aware DOM parser that refuses DOCTYPEs, so no external entity is ever resolved (no XXE). */
    /** Writes the body of one XML document. */
    interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newDefaultFactory();

    /** A UTF-8 XML 1.0 document around {@code body}; {@code what} names it in the error, should writing fail. */
    static byte[] document(String what, Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        try {
            XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            body.write(xml);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write " + what, e);
        }
        return out.toByteArray();
    }

    public static DocumentBuilder safeParser() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser lacks a security feature", e);
        }
    }
}
