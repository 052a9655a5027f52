package org.livebrief.names;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.livebrief.platform.Fields;
import org.livebrief.platform.LanguageTags;

/**
 * The JSON body of {@code POST /api/names}: {@code names} by language tag, optional variants (historical
 * ones with validity), related entities, context phrases and the duplicate override.
 */
public record NameRequest(String type, Map<String, String> names, List<Variant> variants, Boolean allowDuplicate,
                          List<Related> related, List<String> contexts) {

    static final int MAX_TEXT = 300;
    /** The sizes of entity_name.language and entity_relation.relation. */
    static final int MAX_LANGUAGE_TAG = 35;
    static final int MAX_RELATION = 32;

    /** A variant: {@code kind} variant (default) or historical; {@code status} accepted (default) etc. */
    public record Variant(String text, String language, String status, String kind, String style,
                          LocalDate validFrom, LocalDate validTo) {

        NameSpelling validate(Fields fields, String at) {
            String validText = name(fields, at + ".text", text);
            String validLanguage = language == null || language.isBlank() ? null : NameRequest.language(fields, at + ".language", language);
            NameStatus validStatus = status == null ? NameStatus.ACCEPTED : NameStatus.parse(status).orElse(null);
            NameKind validKind = kind == null ? (validTo == null ? NameKind.VARIANT : NameKind.HISTORICAL)
                    : NameKind.parse(kind).filter(k -> k != NameKind.NAME).orElse(null);
            HouseStyle validStyle = style == null ? null : HouseStyle.parse(style).orElse(null);
            if (validStatus == null) {
                fields.add(at + ".status", "must be preferred, accepted or deprecated");
            }
            if (validKind == null) {
                fields.add(at + ".kind", "must be variant or historical");
            }
            if (style != null && validStyle == null) {
                fields.add(at + ".style", "must be " + HouseStyle.choices());
            }
            if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
                fields.add(at + ".validTo", "must not be before validFrom");
            }
            return new NameSpelling(validText, validLanguage, validStyle,
                    validKind == null ? NameKind.VARIANT : validKind,
                    validStatus == null ? NameStatus.ACCEPTED : validStatus, validFrom, validTo);
        }
    }

    /** The body of {@code PUT /api/names/{id}/prominence}: 0 (says nothing) to {@link NameEntity#MAX_PROMINENCE}. */
    public record Prominence(Integer prominence) {
        int validate() {
            if (prominence == null || prominence < 0 || prominence > NameEntity.MAX_PROMINENCE) {
                throw org.livebrief.platform.ProblemException.invalid("prominence",
                        "must be a whole number from 0 to " + NameEntity.MAX_PROMINENCE);
            }
            return prominence;
        }
    }

    public record Related(Long id, String relation) {
    }

    /** A request whose fields have all been checked and normalised. */
    record Valid(EntityType type, Map<String, String> names, List<NameSpelling> variants, boolean allowDuplicate,
                 List<Related> related, List<String> contexts) {
    }

    Valid validate() {
        Fields fields = new Fields();
        EntityType validType = EntityType.parse(type).orElse(null);
        if (validType == null) {
            fields.add("type", "must be person, place or organization");
        }
        Map<String, String> validNames = new LinkedHashMap<>();
        if (names == null || names.isEmpty()) {
            fields.add("names", "needs at least one name, keyed by language (uk, ru, en …)");
        } else {
            names.forEach((language, text) -> validNames.put(language(fields, "names", language),
                    name(fields, "names." + language, text)));
        }
        List<NameSpelling> validVariants = variants(fields);
        List<String> validContexts = contexts == null ? List.of()
                : contexts.stream().map(c -> fields.text("contexts", c, true, MAX_TEXT)).toList();
        List<Related> validRelated = related == null ? List.of() : related;
        validRelated.stream().filter(r -> r == null || r.id() == null).findAny()
                .ifPresent(r -> fields.add("related", "each needs the id of an entity"));
        validRelated.stream().filter(r -> r != null && r.relation() != null).forEach(r ->
                fields.text("related.relation", r.relation(), false, MAX_RELATION));
        fields.throwIfAny();
        return new Valid(validType, validNames, validVariants, Boolean.TRUE.equals(allowDuplicate), validRelated,
                validContexts);
    }

    private List<NameSpelling> variants(Fields fields) {
        List<NameSpelling> valid = new ArrayList<>();
        if (variants == null) {
            return valid;
        }
        for (int i = 0; i < variants.size(); i++) {
            Variant v = variants.get(i);
            String at = "variants[" + i + "]";
            if (v == null) {
                fields.add(at, "must be an object with a text");
                continue;
            }
            valid.add(v.validate(fields, at));
        }
        return valid;
    }

    /** A name: its folded form (lower case can be longer: İ is i and a dot) is stored too, in as many characters. */
    static String name(Fields fields, String field, String text) {
        String valid = fields.text(field, text, true, MAX_TEXT);
        if (valid.length() <= MAX_TEXT && EntityName.fold(valid).length() > MAX_TEXT) {
            fields.add(field, "must be at most " + MAX_TEXT + " characters in lower case");
        }
        return valid;
    }

    static String language(Fields fields, String field, String tag) {
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag == null ? "" : tag.strip()).build();
            if (locale.getLanguage().isEmpty()) {
                fields.add(field, "keys must be BCP 47 language tags such as uk, ru or en");
            } else if (LanguageTags.unknown(locale).isPresent()) {
                fields.add(field, LanguageTags.unknown(locale).get() + " (tags such as uk, be, ka, fa-AF or sr-Latn)");
            } else if (locale.toLanguageTag().length() > MAX_LANGUAGE_TAG) {
                fields.add(field, "language tags must be at most " + MAX_LANGUAGE_TAG + " characters");
            }
            return locale.toLanguageTag().toLowerCase(Locale.ROOT);
        } catch (IllformedLocaleException e) {
            fields.add(field, "'" + tag + "' is not a BCP 47 language tag");
            return "und";
        }
    }
}
