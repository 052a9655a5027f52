package org.livebrief.briefing;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.jsoup.Jsoup;

/**
 * schema.org for the reader page ({@code LiveBlogPosting}, one {@code liveBlogUpdate} per published entry) and for an
 * entry's own page (a {@code BlogPosting} that is part of the live blog). Coverage starts at the first publication in
 * the briefing (never its creation, which an import or a prepared briefing can put after its first updates) and ends
 * when the briefing is closed. The output is safe inside {@code <script type="application/ld+json">}: nothing in it
 * can close the script element.
 */
final class LiveBlogJsonLd {

    /** Looked up once: {@code Json.createXxx} asks the ServiceLoader for a provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final int HEADLINE_CHARS = 110;

    /**
     * What the page is about, besides its entries.
     *
     * @param canonicalUrl the reader page's absolute address
     * @param firstPublished the first publication of any entry in the briefing, or null before the first
     * @param permalink an entry's absolute permalink
     * @param publisherLogo the publisher's logo as an absolute URL, or null
     * @param eventPlace the name of the covered event's place in the briefing's language, or null
     */
    record Page(LiveBriefing briefing, String canonicalUrl, Instant firstPublished, Instant closedAt,
                Function<Entry, String> permalink, Publisher publisher, String publisherLogo, Contributors.Bylines bylines,
                String eventPlace) {

        Page(LiveBriefing briefing, String canonicalUrl, Instant firstPublished, Instant closedAt,
             Function<Entry, String> permalink, Publisher publisher, String publisherLogo, Contributors.Bylines bylines) {
            this(briefing, canonicalUrl, firstPublished, closedAt, permalink, publisher, publisherLogo, bylines, null);
        }
    }

    private LiveBlogJsonLd() {
    }

    /** The reader page: the live blog with its updates. */
    static String of(Page page, List<Entry> entries) {
        JsonArrayBuilder updates = JSON.createArrayBuilder();
        for (Entry e : entries) {
            updates.add(update(page, e));
        }
        JsonObjectBuilder posting = liveBlog(page).add("@context", "https://schema.org")
                .add("mainEntityOfPage", page.canonicalUrl())
                .add("liveBlogUpdate", updates);
        return scriptSafe(posting.build().toString());
    }

    /** An entry's own page: the update, part of the live blog, the main thing on the page. */
    static String ofEntry(Page page, Entry entry) {
        JsonObjectBuilder update = update(page, entry).add("@context", "https://schema.org")
                .add("mainEntityOfPage", page.permalink().apply(entry))
                .add("inLanguage", page.briefing().language())
                .add("publisher", publisher(page))
                .add("isPartOf", liveBlog(page));
        return scriptSafe(update.build().toString());
    }

    private static JsonObjectBuilder liveBlog(Page page) {
        LiveBriefing briefing = page.briefing();
        JsonObjectBuilder posting = JSON.createObjectBuilder()
                .add("@type", "LiveBlogPosting")
                .add("@id", page.canonicalUrl())
                .add("url", page.canonicalUrl())
                .add("headline", briefing.title())
                .add("description", briefing.summary())
                .add("inLanguage", briefing.language())
                .add("publisher", publisher(page))
                .add("dateModified", briefing.updatedAt().toString());
        if (page.firstPublished() != null) {
            posting.add("datePublished", page.firstPublished().toString())
                    .add("coverageStartTime", page.firstPublished().toString());
        }
        if (page.closedAt() != null) {
            posting.add("coverageEndTime", page.closedAt().toString());
        }
        BriefingRequest.Event event = briefing.event();
        if (event != null) {
            // What search engines show the live blog for ("about": an Event, as Google's live-blog guide asks).
            JsonObjectBuilder about = JSON.createObjectBuilder().add("@type", "Event").add("name", event.name());
            if (event.startDate() != null) {
                about.add("startDate", event.startDate().toString());
            }
            if (page.eventPlace() != null) {
                about.add("location", JSON.createObjectBuilder().add("@type", "Place").add("name", page.eventPlace()));
            }
            posting.add("about", about);
        }
        return posting;
    }

    private static JsonObjectBuilder update(Page page, Entry e) {
        String url = page.permalink().apply(e);
        JsonObjectBuilder update = JSON.createObjectBuilder()
                .add("@type", "BlogPosting")
                .add("@id", url)
                .add("url", url)
                .add("headline", headline(e.headline() != null ? e.headline() : e.excerpt()))
                .add("articleBody", Jsoup.parse(e.body()).text())
                .add("datePublished", e.publishedAt().toString())
                .add("dateModified", e.updatedAt().toString())
                .add("author", authors(page.bylines().of(e), url));
        String place = page.bylines().place(e);
        if (place != null) {
            update.add("contentLocation", JSON.createObjectBuilder().add("@type", "Place").add("name", place));
        }
        // The update's first picture, absolute, as search engines want for each item of a live blog.
        Figures.first(e.body(), EntryPageModel.OG_IMAGE_WIDTH)
                .ifPresent(picture -> update.add("image", picture.from(url)));
        return update;
    }

    private static JsonObjectBuilder publisher(Page page) {
        JsonObjectBuilder organization = JSON.createObjectBuilder().add("@type", "Organization")
                .add("name", page.publisher().name());
        if (page.publisherLogo() != null) {
            organization.add("logo", JSON.createObjectBuilder().add("@type", "ImageObject").add("url", page.publisherLogo()));
        }
        if (page.publisher().url() != null) {
            organization.add("url", page.publisher().url());
        }
        return organization;
    }

    /** One author as an object, several as an array, in byline order. */
    private static jakarta.json.JsonValue authors(java.util.List<Contributors.Byline> bylines, String pageUrl) {
        if (bylines.size() == 1) {
            return author(bylines.get(0), pageUrl).build();
        }
        jakarta.json.JsonArrayBuilder all = JSON.createArrayBuilder();
        bylines.forEach(byline -> all.add(author(byline, pageUrl)));
        return all.build();
    }

    static JsonObjectBuilder author(Contributors.Byline byline) {
        return author(byline, null);
    }

    /**
     * A person with a profile (its link, role and picture, made absolute against {@code pageUrl}), or the newsroom as
     * an organisation: never a login name.
     */
    static JsonObjectBuilder author(Contributors.Byline byline, String pageUrl) {
        JsonObjectBuilder author = JSON.createObjectBuilder().add("@type", byline.person() ? "Person" : "Organization")
                .add("name", byline.name());
        if (byline.role() != null) {
            author.add("jobTitle", byline.role());
        }
        if (byline.profileUrl() != null) {
            author.add("url", byline.profileUrl());
        }
        if (byline.avatar() != null && pageUrl != null) {
            author.add("image", java.net.URI.create(pageUrl).resolve(byline.avatar()).toString());
        }
        return author;
    }

    static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }

    /** Headlines of at most 110 characters, as search engines show them. */
    private static String headline(String text) {
        if (text.codePointCount(0, text.length()) <= HEADLINE_CHARS) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, HEADLINE_CHARS - 1)).strip() + "…";
    }
}
