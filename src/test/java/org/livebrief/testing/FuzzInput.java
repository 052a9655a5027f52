package org.livebrief.testing;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Turns a fuzzer's bytes into the strings a parser receives, for the {@code *FuzzTest}s. Seed files stay
 * readable: bytes are UTF-8 text, and a target that takes several strings reads them separated by
 * {@link #SEPARATOR} (␞; missing parts are null). Bytes that start with {@code 0x00} are read as raw UTF-16
 * code units instead, so lone surrogates and every other char reach the parsers too.
 */
public final class FuzzInput {

    /** Separates the parameters of a multi-string target: U+241E SYMBOL FOR RECORD SEPARATOR. */
    public static final String SEPARATOR = "\u241E";

    private FuzzInput() {
    }

    public static String text(byte[] data) {
        if (data.length > 0 && data[0] == 0) {
            char[] chars = new char[(data.length - 1) / 2];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = (char) ((data[1 + 2 * i] & 0xFF) << 8 | data[2 + 2 * i] & 0xFF);
            }
            return new String(chars);
        }
        return new String(data, StandardCharsets.UTF_8);
    }

    /** The first {@code count} parts of the text; the ones it does not have are null. */
    public static String[] parts(byte[] data, int count) {
        String[] parts = text(data).split(SEPARATOR, -1);
        return Arrays.copyOf(parts, count);
    }

    /** {@code text} with every lone surrogate replaced by U+FFFD: what a decoded URL or JSON string can hold. */
    public static String wellFormed(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else {
                out.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }
}
