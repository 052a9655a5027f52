package org.livebrief.platform;

import jakarta.json.JsonException;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;

/**
 * Reads every JSON request body to its end before JSON-B binds it, in one streaming pass, and refuses with 400 one
 * that is not well-formed or that nests deeper than {@link #MAX_DEPTH} levels. Depth: JSON-B skips an unknown
 * member by walking it, and 50,000 nested objects kept a worker thread busy for minutes; no request of this API
 * nests more than a few levels. Well-formedness: JSON-B (Yasson) skips properties it does not know with Parsson's {@code skipObject}/{@code skipArray},
 * which loop forever at the end of input (eclipse-ee4j/parsson#23, in the Parsson 1.1.7 WildFly 39 ships): a
 * truncated body such as {@code {"x":{}} would hold a request thread at full CPU. The body is already bounded
 * by {@link RequestLimits}. Numbers: one outside the range of a Java {@code long} (also as 1e30) is refused, since
 * JSON-B binds a number to a {@code long} or {@code int} by cutting off its high bits (an attacker's finding:
 * {@code "briefings": [18446744073709551619]} was taken as briefing 3); an {@code int} field checks its own range.
 */
@Provider
public class JsonBodies implements ReaderInterceptor {

    /** Looked up once: {@code Json.createXxx} asks the ServiceLoader for a provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    static final int MAX_DEPTH = 32;
    /** {@code JSON.createParser} looks the provider up through the service loader on every call; this does it once. */
    private static final JsonParserFactory PARSERS = JSON.createParserFactory(Map.of());

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type != null && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"))) {
            byte[] body = context.getInputStream().readAllBytes();
            requireWellFormed(body);
            context.setInputStream(new ByteArrayInputStream(body));
        }
        return context.proceed();
    }

    /** Throws 400 unless {@code body} is empty or one well-formed JSON text at most {@link #MAX_DEPTH} deep. */
    static void requireWellFormed(byte[] body) {
        requireWellFormed(body, JsonBodies::wellFormed);
    }

    /**
     * As above, with {@code check} the parse. A body the parse refuses is parsed once more before the 400: twice in
     * CI runs (stops 19 and 26, on PostgreSQL) a well-formed body ({@code {}}, a two-byte publish body) was refused once
     * and never again, which points at a parser buffer shared between two threads rather than at the bytes. A body
     * the second parse accepts is taken, with a warning in the log to find the cause by; one refused twice is a 400.
     */
    static void requireWellFormed(byte[] body, java.util.function.Predicate<byte[]> check) {
        if (body.length == 0 || check.test(body)) {
            return;
        }
        if (check.test(body)) {
            LOG.warnf("A JSON body of %d bytes was refused by one parse and accepted by the next: taken (a parser"
                    + " buffer shared between threads?)", body.length);
            return;
        }
        throw ProblemException.invalid("body", "is not well-formed JSON");
    }

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(JsonBodies.class);

    /**
     * Whether {@code body} (not empty) is one well-formed JSON text; 400 for one nested deeper than
     * {@link #MAX_DEPTH} or with a number out of a {@code long}'s range.
     */
    private static boolean wellFormed(byte[] body) {
        int depth = 0;
        try (JsonParser parser = PARSERS.createParser(new ByteArrayInputStream(body))) {
            // hasNext() is false at the end of input even inside an open object ("{"), so count the depth too.
            while (parser.hasNext()) {
                switch (parser.next()) {
                    case START_OBJECT, START_ARRAY -> {
                        if (++depth > MAX_DEPTH) {
                            throw ProblemException.invalid("body", "is nested deeper than " + MAX_DEPTH + " levels");
                        }
                    }
                    case END_OBJECT, END_ARRAY -> depth--;
                    case VALUE_NUMBER -> {
                        if (!fitsALong(parser.getBigDecimal())) {
                            throw ProblemException.invalid("body", "holds a number too large for this API: "
                                    + abbreviated(parser.getString()));
                        }
                    }
                    default -> { }
                }
            }
        } catch (JsonException e) {  // JsonParsingException, and "Cannot auto-detect encoding" for one byte
            depth = -1;
        }
        return depth == 0;
    }

    private static final java.math.BigDecimal MIN = java.math.BigDecimal.valueOf(Long.MIN_VALUE);
    private static final java.math.BigDecimal MAX = java.math.BigDecimal.valueOf(Long.MAX_VALUE);

    static boolean fitsALong(java.math.BigDecimal value) {
        return value.compareTo(MIN) >= 0 && value.compareTo(MAX) <= 0;
    }

    private static String abbreviated(String number) {
        return number.length() <= 40 ? number : number.substring(0, 40) + "…";
    }
}
