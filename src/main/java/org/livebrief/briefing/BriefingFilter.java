package org.livebrief.briefing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.livebrief.platform.Caller;
import org.livebrief.platform.Fields;

/**
 * What {@code GET /api/briefings?q=&language=&status=&mine=} asks for: words in the title or slug (case-insensitive,
 * anywhere), one language (a BCP 47 tag, normalised as on create), one status, and "mine" (briefings the caller
 * created or wrote an entry in). Every field is optional; a malformed one is a 400 naming it.
 */
public record BriefingFilter(String q, String language, BriefingStatus status, boolean mine) {

    static final int MAX_QUERY = 200;
    public static final BriefingFilter NONE = new BriefingFilter(null, null, null, false);

    /** Validates the raw query parameters; blank ones count as absent. */
    public static BriefingFilter parse(String q, String language, String status, String mine, Caller caller) {
        Fields fields = new Fields();
        String query = q == null || q.isBlank() ? null : q.strip();
        if (query != null && (query.length() > MAX_QUERY || !Fields.isCleanText(query))) {
            fields.add("q", "must be at most " + MAX_QUERY + " characters of plain text");
        }
        String tag = language == null || language.isBlank() ? null : languageTag(language.strip(), fields);
        BriefingStatus wanted = status == null || status.isBlank() ? null : BriefingStatus.fromJson(status.strip())
                .orElse(null);
        if (status != null && !status.isBlank() && wanted == null) {
            fields.add("status", "must be one of draft, live, closed, archived");
        }
        boolean onlyMine = mine != null && !mine.isBlank() && flag(mine, fields);
        if (onlyMine && caller.name() == null) {
            fields.add("mine", "needs a signed-in caller");
        }
        fields.throwIfAny();
        return new BriefingFilter(query, tag, wanted, onlyMine);
    }

    private static String languageTag(String raw, Fields fields) {
        try {
            String tag = new Locale.Builder().setLanguageTag(raw).build().toLanguageTag();
            if (tag.length() <= BriefingRequest.MAX_LANGUAGE_TAG && !"und".equals(tag)) {
                return tag;
            }
        } catch (IllformedLocaleException e) {
            // reported below
        }
        fields.add("language", "is not a well-formed BCP 47 tag");
        return null;
    }

    private static boolean flag(String raw, Fields fields) {
        return switch (raw.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                fields.add("mine", "must be true or false");
                yield false;
            }
        };
    }

    /** The JPQL conditions on {@code b} (after a {@code where}), each starting with {@code " and "}. */
    String conditions() {
        StringBuilder where = new StringBuilder();
        if (q != null) {
            where.append(" and (lower(b.title) like :q escape '!' or lower(b.slug) like :q escape '!')");
        }
        if (language != null) {
            where.append(" and b.language = :language");
        }
        if (status != null) {
            where.append(" and b.status = :status");
        }
        if (mine) {
            where.append(" and (b.createdBy = :me or exists (select 1 from Entry e where e.briefing = b and e.author = :me))");
        }
        return where.toString();
    }

    /** The parameters {@link #conditions()} names. */
    Map<String, Object> parameters(Caller caller) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (q != null) {
            String escaped = q.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
            parameters.put("q", "%" + escaped + "%");
        }
        if (language != null) {
            parameters.put("language", language);
        }
        if (status != null) {
            parameters.put("status", status);
        }
        if (mine) {
            parameters.put("me", caller.name());
        }
        return parameters;
    }

    /** The filter as query parameters for the next page's URL: {@code &q=…&language=…}, or empty. */
    public String queryString() {
        List<String> parts = new ArrayList<>();
        if (q != null) {
            parts.add("q=" + URLEncoder.encode(q, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        if (language != null) {
            parts.add("language=" + language);
        }
        if (status != null) {
            parts.add("status=" + status.jsonName());
        }
        if (mine) {
            parts.add("mine=true");
        }
        return parts.stream().map(p -> "&" + p).reduce("", String::concat);
    }
}
