package org.livebrief.names;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON of one entity: names by language, the preferred English spelling per house style, the rest. */
public record NameView(long id, String type, Map<String, String> names, Map<String, String> preferred,
                       List<Variant> variants, List<String> contexts, List<Related> related, Instant createdAt,
                       Instant updatedAt, long version, int prominence, Map<String, String> feeds) {

    /** The public context root; feeds of an entity live under it. */
    static final String CONTEXT = "/livebrief";

    public record Variant(String text, String language, String style, String kind, String status, LocalDate validFrom,
                          LocalDate validTo) {
    }

    public record Related(long id, String relation) {
    }

    static NameView of(NameEntity entity, HouseStyle defaultStyle) {
        NameCard card = entity.card();
        Map<String, String> names = new LinkedHashMap<>();
        List<Variant> variants = new java.util.ArrayList<>();
        for (NameSpelling s : card.spellings()) {
            if (s.kind() == NameKind.NAME && s.status() == NameStatus.PREFERRED && s.style() == null) {
                names.putIfAbsent(s.language(), s.text());
            } else {
                variants.add(new Variant(s.text(), s.language(), s.style() == null ? null : s.style().json(),
                        s.kind().json(), s.status().json(), s.validFrom(), s.validTo()));
            }
        }
        Map<String, String> preferred = new LinkedHashMap<>();
        HouseStyle.shipped().forEach(st -> preferred.put(st.json(), card.preferred("en", st, defaultStyle)));
        List<Related> related = entity.relations().stream().map(r -> new Related(r.relatedId(), r.relation())).toList();
        return new NameView(card.id(), card.type().json(), names, preferred, variants, card.contexts(), related,
                entity.createdAt(), entity.updatedAt(), entity.version(), entity.prominence(), feeds(card.id()));
    }

    /** Every entry that mentions the entity, whatever the spelling, as feeds (paths below the server root). */
    static Map<String, String> feeds(long id) {
        Map<String, String> feeds = new LinkedHashMap<>();
        for (String format : List.of("atom", "rss", "json", "ninjs", "ninjs3")) {
            feeds.put(format, CONTEXT + "/feeds/names/" + id + "." + format);
        }
        return feeds;
    }
}
