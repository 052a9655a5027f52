package org.livebrief.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * The text and the HTML a machine-readable output carries, for the XSS suite: which strings a consumer shows as
 * text and which it renders as HTML. XML must be well-formed (a vector that broke out of its text would make it
 * not so, or add elements); JSON must parse.
 */
public final class OutputContents {

    /** Atom text constructs and RSS elements whose content is HTML. */
    private static final Set<String> RSS_HTML = Set.of("description", "encoded");
    private static final Set<String> JSON_HTML = Set.of("content_html", "body_html", "body", "snippet", "html");

    public final List<String> texts = new ArrayList<>();
    public final List<String> html = new ArrayList<>();
    /** Elements an XML output should never hold: anything in the XHTML namespace (type="xhtml" content). */
    public final List<String> unexpected = new ArrayList<>();

    public static OutputContents ofXml(String xml) {
        OutputContents contents = new OutputContents();
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element root = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml))).getDocumentElement();
            contents.walk(root);
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
        return contents;
    }

    private void walk(Element element) {
        if ("http://www.w3.org/1999/xhtml".equals(element.getNamespaceURI())) {
            unexpected.add(element.getTagName());
        }
        boolean hasChildElements = false;
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                hasChildElements = true;
                walk(e);
            }
        }
        if (!hasChildElements) {
            String text = element.getTextContent();
            boolean isHtml = "html".equals(element.getAttribute("type")) || RSS_HTML.contains(element.getLocalName());
            (isHtml ? html : texts).add(text);
            for (int i = 0; i < element.getAttributes().getLength(); i++) {
                texts.add(element.getAttributes().item(i).getNodeValue());
            }
        }
    }

    public static OutputContents ofJson(String json) {
        OutputContents contents = new OutputContents();
        try (var reader = Json.createReader(new StringReader(json))) {
            contents.walk(null, reader.readValue());
        }
        return contents;
    }

    private void walk(String key, JsonValue value) {
        switch (value.getValueType()) {
            case OBJECT -> ((JsonObject) value).forEach(this::walk);
            case ARRAY -> ((JsonArray) value).forEach(v -> walk(key, v));
            case STRING -> (key != null && JSON_HTML.contains(key) ? html : texts).add(((JsonString) value).getString());
            default -> {
            }
        }
    }

    /** The strings of every {@code data:} line of a text/event-stream, parsed as JSON. */
    public static OutputContents ofEventStream(String stream) {
        OutputContents contents = new OutputContents();
        for (String line : stream.split("\r\n|\r|\n")) {
            if (line.startsWith("data:")) {
                OutputContents frame = ofJson(line.substring(5));
                contents.texts.addAll(frame.texts);
                contents.html.addAll(frame.html);
            }
        }
        return contents;
    }
}
