package org.livebrief.briefing;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.IllformedLocaleException;
import java.util.Locale;
import org.livebrief.platform.Fields;

/** The JSON body of {@code POST /api/briefings} and {@code PUT /api/briefings/{id}}. */
public record BriefingRequest(String slug, String language, String title, String summary, String timeZone) {

    static final int MAX_TITLE = 300;
    static final int MAX_SUMMARY = 2000;

    /** A request whose every field has been checked and normalised. */
    record Valid(String slug, Locale language, String title, String summary, ZoneId timeZone) {
    }

    Valid validateForCreate() {
        Fields fields = new Fields();
        String validTitle = fields.text("title", title, true, MAX_TITLE);
        String validSummary = fields.text("summary", summary, false, MAX_SUMMARY);
        Locale validLanguage = language(fields);
        ZoneId validZone = zone(fields);
        boolean derived = slug == null || slug.isBlank();
        String validSlug = derived ? Slugs.fromTitle(validTitle) : slug.strip();
        if (!Slugs.isValid(validSlug) && !(derived && validTitle.isEmpty())) {
            fields.add("slug", "must be 1 to " + Slugs.MAX_LENGTH
                    + " lower-case letters or digits in words joined by single hyphens");
        }
        fields.throwIfAny();
        return new Valid(validSlug, validLanguage, validTitle, validSummary, validZone);
    }

    /** For updates: absent fields keep the briefing's values; slug and language cannot change. */
    Valid validateForUpdate(LiveBriefing current) {
        Fields fields = new Fields();
        String validTitle = title == null ? current.title() : fields.text("title", title, true, MAX_TITLE);
        String validSummary = summary == null ? current.summary() : fields.text("summary", summary, false, MAX_SUMMARY);
        ZoneId validZone = timeZone == null ? current.timeZone() : zone(fields);
        if (slug != null && !slug.strip().equals(current.slug())) {
            fields.add("slug", "cannot change: it is the briefing's public address");
        }
        if (language != null && !language(fields).toLanguageTag().equals(current.language())) {
            fields.add("language", "cannot change: create a language version instead");
        }
        fields.throwIfAny();
        return new Valid(current.slug(), current.locale(), validTitle, validSummary, validZone);
    }

    private Locale language(Fields fields) {
        if (language == null || language.isBlank()) {
            fields.add("language", "is required (a BCP 47 tag such as en, uk, ru or sr-Latn)");
            return Locale.ROOT;
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(language.strip()).build();
            if (locale.getLanguage().isEmpty()) {
                fields.add("language", "must name a language");
            }
            return locale;
        } catch (IllformedLocaleException e) {
            fields.add("language", "is not a well-formed BCP 47 tag");
            return Locale.ROOT;
        }
    }

    private ZoneId zone(Fields fields) {
        if (timeZone == null || timeZone.isBlank()) {
            return ZoneId.of("UTC");
        }
        try {
            return ZoneId.of(timeZone.strip());
        } catch (DateTimeException e) {
            fields.add("timeZone", "is not a known time zone (use an IANA name such as Europe/Kyiv)");
            return ZoneId.of("UTC");
        }
    }
}
