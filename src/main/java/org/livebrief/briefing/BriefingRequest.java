package org.livebrief.briefing;

import jakarta.json.bind.annotation.JsonbCreator;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.livebrief.platform.Fields;
import org.livebrief.platform.LanguageTags;

/**
 * The JSON body of {@code POST /api/briefings} and {@code PUT /api/briefings/{id}}. {@code status} is
 * {@code live} (the default) or {@code draft} at creation; {@code fourEyes} (default true) and
 * {@code fastLane} (user names trusted to publish their own entries) are the workflow settings. {@code calendars}
 * (ICU names, the main one first, e.g. {@code ["persian", "gregorian"]}) chooses the calendars dates are shown in;
 * absent keeps the current choice, an empty list goes back to the language's default (issue #18).
 */
public record BriefingRequest(String slug, String language, String title, String summary, String timeZone,
                              String status, Boolean fourEyes, List<String> fastLane, List<String> calendars,
                              Event event) {

    /**
     * The event a briefing covers, for schema.org's {@code about} (issue #17, item 5): its name, the day it began and
     * its place (a name-authority place's id). {@code {"event": {"name": ""}}} removes it; absent keeps it.
     */
    public record Event(String name, java.time.LocalDate startDate, Long place) {

        static final int MAX_NAME = 300;

        @JsonbCreator
        public Event {
        }

        /** The event as stored: null when it has no name (removed). */
        Event valid(Fields fields) {
            String text = fields.text("event.name", name, false, MAX_NAME);
            if (text.contains("\n") || text.contains("\r")) {
                fields.add("event.name", "must be one line of plain text");
            }
            if (text.isEmpty()) {
                if (startDate != null || place != null) {
                    fields.add("event.name", "is required when a start date or place is given");
                }
                return null;
            }
            return new Event(text, startDate, place);
        }
    }

    static final int MAX_TITLE = 300;
    static final int MAX_SUMMARY = 2000;
    /** Trusted reporters who publish their own entries: a handful per desk, never the whole newsroom. */
    static final int MAX_FAST_LANE = 50;
    /** The language column's size, the length RFC 5646 (4.4.1) asks implementations to support. */
    static final int MAX_LANGUAGE_TAG = 35;
    static final Pattern USER_NAME = Pattern.compile("[A-Za-z0-9._@-]{1,100}");

    @JsonbCreator
    public BriefingRequest {
    }

    public BriefingRequest(String slug, String language, String title, String summary, String timeZone) {
        this(slug, language, title, summary, timeZone, null, null, null, null, null);
    }

    public BriefingRequest(String slug, String language, String title, String summary, String timeZone,
                           String status, Boolean fourEyes, List<String> fastLane) {
        this(slug, language, title, summary, timeZone, status, fourEyes, fastLane, null, null);
    }

    public BriefingRequest(String slug, String language, String title, String summary, String timeZone,
                           String status, Boolean fourEyes, List<String> fastLane, List<String> calendars) {
        this(slug, language, title, summary, timeZone, status, fourEyes, fastLane, calendars, null);
    }

    /** A request whose every field has been checked and normalised. */
    record Valid(String slug, Locale language, String title, String summary, ZoneId timeZone, BriefingStatus status,
                 boolean fourEyes, List<String> fastLane, List<String> calendars, Event event) {

        Valid(String slug, Locale language, String title, String summary, ZoneId timeZone, BriefingStatus status,
              boolean fourEyes, List<String> fastLane) {
            this(slug, language, title, summary, timeZone, status, fourEyes, fastLane, List.of(), null);
        }
    }

    Valid validateForCreate() {
        Fields fields = new Fields();
        String validTitle = fields.text("title", title, true, MAX_TITLE);
        String validSummary = fields.text("summary", summary, false, MAX_SUMMARY);
        Locale validLanguage = language(fields);
        ZoneId validZone = zone(fields, ZoneId.of("UTC"));
        boolean derived = slug == null || slug.isBlank();
        String validSlug = derived ? Slugs.fromTitle(validTitle) : slug.strip();
        if (!Slugs.isValid(validSlug) && !(derived && validTitle.isEmpty())) {
            fields.add("slug", "must be 1 to " + Slugs.MAX_LENGTH
                    + " lower-case letters or digits in words joined by single hyphens");
        }
        BriefingStatus validStatus = status == null ? BriefingStatus.LIVE : BriefingStatus.fromJson(status)
                .filter(s -> s == BriefingStatus.LIVE || s == BriefingStatus.DRAFT).orElse(null);
        if (validStatus == null) {
            fields.add("status", "must be live or draft when creating a briefing");
        }
        List<String> validFastLane = fastLane(fields, List.of());
        List<String> validCalendars = calendars(fields, List.of());
        Event validEvent = event == null ? null : event.valid(fields);
        fields.throwIfAny();
        return new Valid(validSlug, validLanguage, validTitle, validSummary, validZone, validStatus,
                fourEyes == null || fourEyes, validFastLane, validCalendars, validEvent);
    }

    /** For updates: absent fields keep the briefing's values; slug, language and status cannot change here. */
    Valid validateForUpdate(LiveBriefing current) {
        Fields fields = new Fields();
        String validTitle = title == null ? current.title() : fields.text("title", title, true, MAX_TITLE);
        String validSummary = summary == null ? current.summary() : fields.text("summary", summary, false, MAX_SUMMARY);
        ZoneId validZone = zone(fields, current.timeZone());
        if (slug != null && !slug.strip().equals(current.slug())) {
            fields.add("slug", "cannot change: it is the briefing's public address");
        }
        if (language != null && !language(fields).toLanguageTag().equals(current.language())) {
            fields.add("language", "cannot change: create a language version instead");
        }
        if (status != null && !status.equals(current.status().jsonName())) {
            fields.add("status", "changes through POST /api/briefings/{id}/go-live, close, reopen or archive");
        }
        List<String> validFastLane = fastLane(fields, List.copyOf(current.fastLane()));
        List<String> validCalendars = calendars(fields, current.calendars());
        Event validEvent = event == null ? current.event() : event.valid(fields);
        fields.throwIfAny();
        return new Valid(current.slug(), current.locale(), validTitle, validSummary, validZone, current.status(),
                fourEyes == null ? current.fourEyes() : fourEyes, validFastLane, validCalendars, validEvent);
    }

    /** Absent keeps {@code keep}; an empty list is the language's default; unknown names are a field error. */
    private List<String> calendars(Fields fields, List<String> keep) {
        if (calendars == null) {
            return keep;
        }
        String problem = Calendars.problem(calendars);
        if (problem != null) {
            fields.add("calendars", problem);
            return keep;
        }
        return calendars.stream().map(String::strip).toList();
    }

    private List<String> fastLane(Fields fields, List<String> keep) {
        if (fastLane == null) {
            return keep;
        }
        if (fastLane.size() > MAX_FAST_LANE) {
            fields.add("fastLane", "may list at most " + MAX_FAST_LANE + " user names");
            return keep;
        }
        if (fastLane.stream().anyMatch(u -> u == null || !USER_NAME.matcher(u).matches())) {
            fields.add("fastLane", "must list user names (1-100 of A-Z a-z 0-9 . _ @ -)");
        }
        return fastLane.stream().filter(u -> u != null && USER_NAME.matcher(u).matches()).distinct().sorted().toList();
    }

    private Locale language(Fields fields) {
        return languageTag("language", language, fields);
    }

    /** A well-formed BCP 47 tag naming a language, or a field error (and {@link Locale#ROOT}). */
    static Locale languageTag(String field, String value, Fields fields) {
        if (value == null || value.isBlank()) {
            fields.add(field, "is required (a BCP 47 tag such as en, uk, ru or sr-Latn)");
            return Locale.ROOT;
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(value.strip()).build();
            if (locale.getLanguage().isEmpty()) {
                fields.add(field, "must name a language");
            } else if (LanguageTags.unknown(locale).isPresent()) {
                fields.add(field, LanguageTags.unknown(locale).get());
            } else if (locale.toLanguageTag().length() > MAX_LANGUAGE_TAG) {
                fields.add(field, "must be at most " + MAX_LANGUAGE_TAG + " characters");
            }
            return locale;
        } catch (IllformedLocaleException e) {
            fields.add(field, "is not a well-formed BCP 47 tag");
            return Locale.ROOT;
        }
    }

    private ZoneId zone(Fields fields, ZoneId absent) {
        if (timeZone == null || timeZone.isBlank()) {
            return absent;
        }
        try {
            return ZoneId.of(timeZone.strip());
        } catch (DateTimeException e) {
            fields.add("timeZone", "is not a known time zone (use an IANA name such as Europe/Kyiv)");
            return absent;
        }
    }
}
