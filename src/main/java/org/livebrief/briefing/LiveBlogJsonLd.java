package org.livebrief.briefing;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.jsoup.Jsoup;

/**
 * schema.org {@code LiveBlogPosting} for the reader page, with one {@code liveBlogUpdate} per published
 * entry. The output is safe inside {@code <script type="application/ld+json">}: nothing in it can
 * close the script element.
 */
final class LiveBlogJsonLd {

    private static final int HEADLINE_CHARS = 110;

    private LiveBlogJsonLd() {
    }

    static String of(LiveBriefing briefing, List<Entry> entries, String canonicalUrl, Contributors.Bylines bylines) {
        JsonArrayBuilder updates = Json.createArrayBuilder();
        for (Entry e : entries) {
            updates.add(Json.createObjectBuilder()
                    .add("@type", "BlogPosting")
                    .add("@id", canonicalUrl + "#" + ReaderPaths.anchor(e))
                    .add("url", canonicalUrl + "#" + ReaderPaths.anchor(e))
                    .add("headline", headline(e.excerpt()))
                    .add("articleBody", Jsoup.parse(e.body()).text())
                    .add("datePublished", e.publishedAt().toString())
                    .add("dateModified", e.updatedAt().toString())
                    .add("author", author(bylines.of(e.author()))));
        }
        JsonObjectBuilder posting = Json.createObjectBuilder()
                .add("@context", "https://schema.org")
                .add("@type", "LiveBlogPosting")
                .add("@id", canonicalUrl)
                .add("url", canonicalUrl)
                .add("headline", briefing.title())
                .add("description", briefing.summary())
                .add("inLanguage", briefing.language())
                .add("datePublished", briefing.createdAt().toString())
                .add("dateModified", briefing.updatedAt().toString())
                .add("coverageStartTime", briefing.createdAt().toString());
        if (briefing.status() == BriefingStatus.CLOSED) {
            posting.add("coverageEndTime", briefing.updatedAt().toString());
        }
        posting.add("liveBlogUpdate", updates);
        return scriptSafe(posting.build().toString());
    }

    /** A person with a profile (and its link), or the newsroom as an organisation: never a login name. */
    static JsonObjectBuilder author(Contributors.Byline byline) {
        JsonObjectBuilder author = Json.createObjectBuilder().add("@type", byline.person() ? "Person" : "Organization")
                .add("name", byline.name());
        if (byline.role() != null) {
            author.add("jobTitle", byline.role());
        }
        if (byline.profileUrl() != null) {
            author.add("url", byline.profileUrl());
        }
        return author;
    }

    static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }

    private static String headline(String excerpt) {
        if (excerpt.codePointCount(0, excerpt.length()) <= HEADLINE_CHARS) {
            return excerpt;
        }
        return excerpt.substring(0, excerpt.offsetByCodePoints(0, HEADLINE_CHARS - 1)).strip() + "…";
    }
}
