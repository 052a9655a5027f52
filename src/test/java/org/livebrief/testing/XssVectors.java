package org.livebrief.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The XSS vectors of {@code src/test/resources/xss/vectors.txt}: one a line, Java-style escapes, {@code #} lines
 * are comments and {@code ## } lines name the group (source and licence) of the vectors below them.
 */
public final class XssVectors {

    public record Vector(int number, String group, String text) {
        @Override
        public String toString() {
            return "#" + number + " " + text.replaceAll("\\s+", " ").substring(0, Math.min(80, text.length()));
        }
    }

    private static final List<Vector> ALL = load();

    private XssVectors() {
    }

    public static List<Vector> all() {
        return ALL;
    }

    private static List<Vector> load() {
        try (InputStream in = XssVectors.class.getResourceAsStream("/xss/vectors.txt")) {
            if (in == null) {
                throw new IllegalStateException("xss/vectors.txt is not on the test class path");
            }
            List<Vector> vectors = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            String group = "";
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("## ")) {
                    group = line.substring(3);
                } else if (!line.isEmpty() && !line.startsWith("#")) {
                    String text = unescape(line);
                    if (!seen.add(text)) {
                        throw new IllegalStateException("duplicate vector: " + line);
                    }
                    vectors.add(new Vector(vectors.size() + 1, group, text));
                }
            }
            return List.copyOf(vectors);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String unescape(String line) {
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != '\\' || i + 1 == line.length()) {
                out.append(c);
                continue;
            }
            char next = line.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case '\\' -> out.append('\\');
                case 'u' -> {
                    out.append((char) Integer.parseInt(line.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append('\\').append(next);
            }
        }
        return out.toString();
    }
}
