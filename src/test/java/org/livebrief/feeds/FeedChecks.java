package org.livebrief.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import com.thaiopensource.validate.rng.CompactSchemaReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Validators shared by the feed tests: RFC 4287's RELAX NG schema, the ninjs 2.2 and 3.1 JSON Schemas,
 * a JSON Schema of JSON Feed 1.1 written from its specification, XPath.
 */
public final class FeedChecks {

    private static final JsonSchema NINJS = schema("/feeds/ninjs-schema_2.2.json");
    private static final JsonSchema NINJS3 = schema("/feeds/ninjs-schema_3.1.json");
    private static final JsonSchema JSON_FEED = schema("/feeds/jsonfeed-1.1.schema.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    private FeedChecks() {
    }

    /** Validates against RFC 4287's schema (asserting no errors) and parses with a DOCTYPE-refusing parser. */
    public static Document atom(byte[] xml) {
        assertThat(relaxNgErrors(xml)).as(new String(xml, java.nio.charset.StandardCharsets.UTF_8)).isEmpty();
        return parse(xml);
    }

    public static List<String> relaxNgErrors(byte[] xml) {
        List<String> errors = new ArrayList<>();
        PropertyMapBuilder properties = new PropertyMapBuilder();
        properties.put(ValidateProperty.ERROR_HANDLER, new DefaultHandler() {
            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        });
        ValidationDriver driver = new ValidationDriver(properties.toPropertyMap(), CompactSchemaReader.getInstance());
        try {
            driver.loadSchema(new InputSource(FeedChecks.class.getResource("/feeds/atom-rfc4287.rnc").toString()));
            driver.validate(new InputSource(new ByteArrayInputStream(xml)));
        } catch (SAXException e) {
            errors.add(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return errors;
    }

    public static Document parse(byte[] xml) {
        try {
            return XmlText.safeParser().parse(new ByteArrayInputStream(xml));
        } catch (SAXException e) {
            throw new AssertionError("Not well-formed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Validates ninjs against the 2.2 schema and returns it parsed. */
    public static JsonNode ninjs(byte[] json) {
        return valid(NINJS, json);
    }

    /** Validates ninjs against the 3.1 schema and returns it parsed. */
    public static JsonNode ninjs3(byte[] json) {
        return valid(NINJS3, json);
    }

    /** The schema's complaints about {@code json}, none when it is valid. */
    static Set<ValidationMessage> jsonFeedErrors(byte[] json) {
        return JSON_FEED.validate(json(json));
    }

    private static JsonNode valid(JsonSchema schema, byte[] json) {
        JsonNode node = json(json);
        Set<ValidationMessage> errors = schema.validate(node);
        assertThat(errors).as(node.toPrettyString()).isEmpty();
        return node;
    }

    public static JsonNode json(byte[] json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Valid against the JSON Feed 1.1 schema (formats asserted: RFC 3339 dates, URIs), and the required
     * members checked once more by hand.
     */
    public static JsonNode jsonFeed(byte[] bytes) {
        JsonNode feed = valid(JSON_FEED, bytes);
        assertThat(feed.path("version").asText()).isEqualTo("https://jsonfeed.org/version/1.1");
        assertThat(feed.path("title").isTextual()).isTrue();
        assertThat(feed.path("items").isArray()).isTrue();
        feed.path("items").forEach(item -> {
            assertThat(item.path("id").isTextual()).as(item.toString()).isTrue();
            assertThat(item.has("content_html") || item.has("content_text")).as(item.toString()).isTrue();
        });
        return feed;
    }

    public static String xpath(Document document, String expression) {
        try {
            return xpathFor().evaluate(expression, document);
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(expression, e);
        }
    }

    public static int count(Document document, String expression) {
        try {
            return ((NodeList) xpathFor().evaluate(expression, document, XPathConstants.NODESET)).getLength();
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(expression, e);
        }
    }

    private static XPath xpathFor() {
        XPath xpath = XPathFactory.newDefaultInstance().newXPath();
        xpath.setNamespaceContext(new javax.xml.namespace.NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return switch (prefix) {
                    case "a" -> AtomWriter.ATOM;
                    case "at" -> AtomWriter.TOMBSTONES;
                    case "fh" -> AtomWriter.HISTORY;
                    case "dc" -> RssWriter.DC;
                    case "xml" -> javax.xml.XMLConstants.XML_NS_URI;
                    default -> null;
                };
            }

            @Override
            public String getPrefix(String uri) {
                return null;
            }

            @Override
            public java.util.Iterator<String> getPrefixes(String uri) {
                return null;
            }
        });
        return xpath;
    }

    private static JsonSchema schema(String resource) {
        try (InputStream in = FeedChecks.class.getResourceAsStream(resource)) {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
