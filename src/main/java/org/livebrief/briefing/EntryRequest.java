package org.livebrief.briefing;

import jakarta.json.bind.annotation.JsonbCreator;
import java.time.Instant;
import java.util.List;
import org.livebrief.embeds.EmbedProviders;
import org.livebrief.platform.Fields;

/**
 * The JSON body of {@code POST …/entries} and {@code PUT …/entries/{entryId}}. {@code id}, when sent,
 * must be the id in the URL. {@code correctionNote} is required when the body of a published entry
 * changes, unless an editor marks the edit {@code minor}. {@code publishAt} records a requested embargo
 * (the {@code schedule} transition applies it); {@code translationOf} names the entry this one translates.
 * {@code headline} is optional plain text on one line, at most {@link #MAX_HEADLINE} characters; absent keeps the
 * current one, an empty string removes it. {@code contributors} lists the byline profiles that sign the entry, in
 * order (at most {@link #MAX_CONTRIBUTORS}; absent keeps them, {@code []} leaves the author's byline);
 * {@code dateline} is the name-authority place it was reported from (absent keeps it, {@code 0} removes it).
 */
public record EntryRequest(Long id, String body, Boolean keyEvent, Boolean pinned, String correctionNote,
                           Boolean minor, Instant publishAt, Long translationOf, String headline,
                           List<Long> contributors, Long dateline) {

    static final int MAX_CONTRIBUTORS = 10;

    /** In UTF-16 units, as the column counts; about what a search result or a social card shows whole. */
    static final int MAX_HEADLINE = 160;

    @JsonbCreator
    public EntryRequest {
    }

    public EntryRequest(Long id, String body, Boolean keyEvent, Boolean pinned) {
        this(id, body, keyEvent, pinned, null, null, null, null, null);
    }

    public EntryRequest(Long id, String body, Boolean keyEvent, Boolean pinned, String correctionNote, Boolean minor,
                        Instant publishAt, Long translationOf, String headline) {
        this(id, body, keyEvent, pinned, correctionNote, minor, publishAt, translationOf, headline, null, null);
    }

    EntryBody validBody() {
        Fields fields = new Fields();
        EntryBody sanitized = EntryBody.sanitize(body);
        if (body == null || body.isBlank()) {
            fields.add("body", "is required");
        } else if (body.length() > EntryBody.MAX_INPUT_CHARS) {
            fields.add("body", "must be at most " + EntryBody.MAX_INPUT_CHARS + " characters");
        } else if (sanitized.html().length() > EntryBody.MAX_HTML_CHARS) {
            fields.add("body", "is too long once markup and special characters are escaped (" + sanitized.html().length()
                    + " characters of HTML, at most " + EntryBody.MAX_HTML_CHARS + ")");
        } else if (sanitized.isEmpty()) {
            fields.add("body", "has no readable text once unsafe markup is removed");
        } else if (!sanitized.imagesDescribed()) {
            fields.add("body", "every image needs alt text: describe what it shows for readers who cannot see it");
        }
        // An embed the allowlist refuses is not quietly turned into text: the author learns why.
        Embeds.refusals(body, EmbedProviders.current()).forEach(reason -> fields.add("body", reason));
        fields.throwIfAny();
        return sanitized;
    }

    /** The flags after applying this request to {@code current} (absent fields keep their values). */
    EntryFlags flags(EntryFlags current) {
        return new EntryFlags(keyEvent == null ? current.keyEvent() : keyEvent,
                pinned == null ? current.pinned() : pinned,
                publishAt == null ? current.publishAt() : publishAt,
                translationOf == null ? current.translationOf() : translationOf,
                headline == null ? current.headline() : validHeadline(),
                contributors == null ? current.contributors() : validContributors(),
                dateline == null ? current.dateline() : dateline == 0 ? null : dateline);
    }

    /** The contributors as given, checked for shape (their existence is {@link Entries}'s to check). */
    List<Long> validContributors() {
        Fields fields = new Fields();
        if (contributors.size() > MAX_CONTRIBUTORS) {
            fields.add("contributors", "may name at most " + MAX_CONTRIBUTORS + " contributors");
        } else if (contributors.contains(null)) {
            fields.add("contributors", "must be contributor ids");
        } else if (new java.util.HashSet<>(contributors).size() != contributors.size()) {
            fields.add("contributors", "names a contributor twice");
        }
        fields.throwIfAny();
        return List.copyOf(contributors);
    }

    /** The headline as stored: stripped, null when empty; a 400 when it is too long or not one line of plain text. */
    String validHeadline() {
        Fields fields = new Fields();
        String text = fields.text("headline", headline, false, MAX_HEADLINE);
        if (text.contains("\n") || text.contains("\r") || text.contains("\t")) {
            fields.add("headline", "must be one line of plain text");
        }
        fields.throwIfAny();
        return text.isEmpty() ? null : text;
    }

    static final EntryFlags NO_FLAGS = new EntryFlags(false, false, null, null);
}
