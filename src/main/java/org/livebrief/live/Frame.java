package org.livebrief.live;

import java.nio.charset.StandardCharsets;

/**
 * One server-sent event, encoded once and shared by every subscriber that receives it. {@code seq} is the
 * change-log sequence the event carries as its {@code id}, or {@link #NO_SEQ} for comments and hints.
 */
public record Frame(long seq, String event, byte[] bytes) {

    public static final long NO_SEQ = -1;

    /** An event with {@code id: seq}, {@code event: name} and {@code data}; a multi-line data value becomes several lines. */
    public static Frame event(long seq, String name, String data) {
        if (seq < 0) {
            throw new IllegalArgumentException("seq must not be negative");
        }
        StringBuilder text = new StringBuilder(data.length() + 64);
        text.append("id: ").append(seq).append('\n');
        text.append("event: ").append(singleLine(name)).append('\n');
        for (String line : data.split("\r\n|\r|\n", -1)) {
            text.append("data: ").append(line).append('\n');
        }
        return new Frame(seq, name, text.append('\n').toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A comment line: ignored by clients, it keeps proxies and NATs from closing an idle stream. */
    public static Frame comment(String text) {
        return new Frame(NO_SEQ, null, (": " + singleLine(text) + "\n\n").getBytes(StandardCharsets.UTF_8));
    }

    /** The {@code retry:} hint, in milliseconds, and a comment: what a stream starts with. */
    public static Frame retry(long millis, String comment) {
        return new Frame(NO_SEQ, null, ("retry: " + millis + "\n: " + singleLine(comment) + "\n\n")
                .getBytes(StandardCharsets.UTF_8));
    }

    public boolean hasSeq() {
        return seq != NO_SEQ;
    }

    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static String singleLine(String value) {
        if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("line breaks are not allowed here: " + value);
        }
        return value;
    }
}
