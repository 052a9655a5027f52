package org.livebrief.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The pages' schema.org, expanded by a JSON-LD 1.1 processor (Titanium) against the schema.org context bundled in the
 * test resources (no network here). The bundled context lists schema.org's terms without {@code @vocab}, so a term
 * schema.org lacks is dropped by expansion and fails here; each property must also sit on a type schema.org allows it
 * on (the table below, from schema.org's domains, inheritance included).
 */
class LiveBlogJsonLdTest {

    private static final String SCHEMA = "http://schema.org/";
    private static final Set<String> THING = Set.of("LiveBlogPosting", "BlogPosting", "Organization", "Person", "ImageObject",
            "Event", "Place");
    private static final Set<String> CREATIVE_WORK = Set.of("LiveBlogPosting", "BlogPosting", "ImageObject");
    private static final Set<String> ARTICLE = Set.of("LiveBlogPosting", "BlogPosting");
    private static final Map<String, Set<String>> DOMAINS = Map.ofEntries(
            Map.entry("coverageStartTime", Set.of("LiveBlogPosting")), Map.entry("coverageEndTime", Set.of("LiveBlogPosting")),
            Map.entry("liveBlogUpdate", Set.of("LiveBlogPosting")), Map.entry("articleBody", ARTICLE),
            Map.entry("author", CREATIVE_WORK), Map.entry("dateModified", CREATIVE_WORK),
            Map.entry("datePublished", CREATIVE_WORK), Map.entry("headline", CREATIVE_WORK),
            Map.entry("inLanguage", CREATIVE_WORK), Map.entry("isPartOf", CREATIVE_WORK),
            Map.entry("publisher", CREATIVE_WORK), Map.entry("logo", Set.of("Organization")),
            Map.entry("jobTitle", Set.of("Person")), Map.entry("description", THING), Map.entry("mainEntityOfPage", THING),
            Map.entry("name", THING), Map.entry("url", THING), Map.entry("image", THING),
            Map.entry("about", CREATIVE_WORK), Map.entry("contentLocation", CREATIVE_WORK),
            Map.entry("startDate", Set.of("Event")), Map.entry("location", Set.of("Event")));

    private static final Instant NINE = Instant.parse("2026-03-29T06:00:00Z");

    private final LiveBriefing briefing = new LiveBriefing(new BriefingRequest("istanbul", "uk", "Переговори в Стамбулі",
            "День 34", "Europe/Kyiv").validateForCreate(), "editor", Clock.fixed(NINE.plusSeconds(7200), ZoneOffset.UTC));
    private final Map<Entry, Integer> ids = new IdentityHashMap<>();

    private Entry published(String body, String headline, String author, Instant at) {
        Entry entry = new Entry(briefing, EntryBody.sanitize(body), author, new EntryFlags(false, false, null, null, headline),
                Clock.fixed(at, ZoneOffset.UTC));
        entry.apply(Transition.PUBLISH, "admin", TransitionRequest.NONE, Clock.fixed(at, ZoneOffset.UTC));
        ids.put(entry, ids.size() + 1);
        return entry;
    }

    private LiveBlogJsonLd.Page page(Instant firstPublished, Instant closedAt) {
        Contributors.Bylines bylines = login -> "iryna".equals(login)
                ? new Contributors.Byline("Ірина Бондар", "кореспондентка", "https://news.example.org/iryna", true)
                : new Contributors.Byline("Редакція", null, null, false);
        return new LiveBlogJsonLd.Page(briefing, "https://news.example.org/livebrief/briefings/istanbul", firstPublished, closedAt,
                e -> "https://news.example.org/livebrief/briefings/istanbul/entries/" + ids.get(e),
                Publisher.of("Kyiv Desk", "/livebrief/logo.png", "https://news.example.org/"),
                "https://news.example.org/livebrief/logo.png", bylines);
    }

    @Test
    void theReaderPagesLiveBlogExpandsToSchemaOrgTermsOnTheirOwnTypes() throws Exception {
        Entry first = published("<p>Делегації прибули.</p>", "Делегації в Стамбулі", "iryna", NINE);
        String hash = "0123456789abcdef0123456789abcdef01234567";
        Entry second = published("<p>Переговори тривали чотири години.</p><figure><img src=\"/livebrief/media/" + hash
                + "-640.jpg\" srcset=\"/livebrief/media/" + hash + "-640.jpg 640w, /livebrief/media/" + hash
                + "-1024.jpg 1024w\" alt=\"Делегації за столом\"></figure>", null, "editor", NINE.plusSeconds(3600));
        String json = LiveBlogJsonLd.of(page(NINE, NINE.plusSeconds(9000)), List.of(second, first));

        JsonObject posting = Json.createReader(new StringReader(json)).readObject();
        assertThat(posting.getString("coverageStartTime")).isEqualTo(NINE.toString())
                .as("the first publication, not the briefing's creation two hours later")
                .isNotEqualTo(briefing.createdAt().toString());
        assertThat(posting.getString("datePublished")).isEqualTo(NINE.toString());
        assertThat(posting.getString("coverageEndTime")).isEqualTo(NINE.plusSeconds(9000).toString());
        assertThat(posting.getString("mainEntityOfPage")).isEqualTo("https://news.example.org/livebrief/briefings/istanbul");
        assertThat(posting.getJsonObject("publisher").getString("name")).isEqualTo("Kyiv Desk");
        assertThat(posting.getJsonObject("publisher").getJsonObject("logo").getString("url"))
                .isEqualTo("https://news.example.org/livebrief/logo.png");
        JsonObject update = posting.getJsonArray("liveBlogUpdate").getJsonObject(1);
        assertThat(update.getString("url")).isEqualTo("https://news.example.org/livebrief/briefings/istanbul/entries/1");
        assertThat(update.getString("headline")).isEqualTo("Делегації в Стамбулі");
        assertThat(update.getString("articleBody")).isEqualTo("Делегації прибули.");
        assertThat(update.getJsonObject("author").getString("@type")).isEqualTo("Person");
        assertThat(update.getJsonObject("author").getString("name")).isEqualTo("Ірина Бондар");
        assertThat(posting.getJsonArray("liveBlogUpdate").getJsonObject(0).getString("headline"))
                .as("no headline: the text").isEqualTo("Переговори тривали чотири години.");
        assertThat(posting.getJsonArray("liveBlogUpdate").getJsonObject(0).getString("image"))
                .as("its picture, absolute").isEqualTo("https://news.example.org/livebrief/media/" + hash + "-1024.jpg");
        assertThat(update.containsKey("image")).as("no picture, no image").isFalse();

        assertValidSchemaOrg(json);
    }

    @Test
    void theCoveredEventSeveralAuthorsAndADatelineAreSchemaOrgToo() throws Exception {
        LiveBriefing covering = new LiveBriefing(new BriefingRequest("talks", "en", "Talks in Istanbul", "Day 34",
                "Europe/Kyiv", null, null, null, null, new BriefingRequest.Event("Russia–Ukraine talks in Istanbul",
                java.time.LocalDate.of(2022, 3, 29), 7L)).validateForCreate(), "editor", Clock.fixed(NINE, ZoneOffset.UTC));
        Entry entry = new Entry(covering, EntryBody.sanitize("<p>Delegations arrived.</p>"), "iryna",
                new EntryFlags(false, false, null, null, null, List.of(1L, 2L), 7L), Clock.fixed(NINE, ZoneOffset.UTC));
        entry.apply(Transition.PUBLISH, "admin", TransitionRequest.NONE, Clock.fixed(NINE, ZoneOffset.UTC));
        Contributors.Bylines bylines = new Contributors.Bylines() {
            @Override
            public Contributors.Byline of(String login) {
                return new Contributors.Byline("Newsroom", null, null, false);
            }

            @Override
            public Contributors.Byline byId(long id) {
                return new Contributors.Byline(id == 1 ? "Iryna Bondar" : "Petro Stringer", "Reporter",
                        "https://news.example.org/people/" + id, true, id == 1 ? "/livebrief/media/"
                        + "0123456789abcdef0123456789abcdef01234567-320.jpg" : null);
            }

            @Override
            public String place(Entry e) {
                return "Istanbul";
            }
        };
        LiveBlogJsonLd.Page page = new LiveBlogJsonLd.Page(covering, "https://news.example.org/livebrief/briefings/talks",
                NINE, null, e -> "https://news.example.org/livebrief/briefings/talks/entries/1",
                Publisher.of("Kyiv Desk", null, null), null, bylines, "Istanbul");
        String json = LiveBlogJsonLd.of(page, List.of(entry));
        JsonObject posting = Json.createReader(new StringReader(json)).readObject();
        JsonObject about = posting.getJsonObject("about");
        assertThat(about.getString("@type")).isEqualTo("Event");
        assertThat(about.getString("name")).isEqualTo("Russia–Ukraine talks in Istanbul");
        assertThat(about.getString("startDate")).isEqualTo("2022-03-29");
        assertThat(about.getJsonObject("location").getString("name")).isEqualTo("Istanbul");
        JsonObject update = posting.getJsonArray("liveBlogUpdate").getJsonObject(0);
        assertThat(update.getJsonArray("author")).hasSize(2);
        assertThat(update.getJsonArray("author").getJsonObject(0).getString("image"))
                .isEqualTo("https://news.example.org/livebrief/media/0123456789abcdef0123456789abcdef01234567-320.jpg");
        assertThat(update.getJsonObject("contentLocation").getString("name")).isEqualTo("Istanbul");
        assertValidSchemaOrg(json);
    }

    @Test
    void anEntrysPageIsABlogPostingPartOfTheLiveBlog() throws Exception {
        Entry entry = published("<p>Делегації прибули.</p>", "Делегації в Стамбулі", "iryna", NINE);
        String json = LiveBlogJsonLd.ofEntry(page(NINE, null), entry);

        JsonObject posting = Json.createReader(new StringReader(json)).readObject();
        assertThat(posting.getString("@type")).isEqualTo("BlogPosting");
        assertThat(posting.getString("mainEntityOfPage")).isEqualTo(posting.getString("url")).endsWith("/entries/1");
        assertThat(posting.getJsonObject("isPartOf").getString("@type")).isEqualTo("LiveBlogPosting");
        assertThat(posting.getJsonObject("isPartOf").containsKey("coverageEndTime")).as("still live").isFalse();
        assertValidSchemaOrg(json);
    }

    @Test
    void beforeTheFirstPublicationThereIsNoCoverageToStart() throws Exception {
        String json = LiveBlogJsonLd.of(page(null, null), List.of());
        JsonObject posting = Json.createReader(new StringReader(json)).readObject();
        assertThat(posting.containsKey("coverageStartTime")).isFalse();
        assertThat(posting.containsKey("datePublished")).isFalse();
        assertValidSchemaOrg(json);
    }

    @Test
    void aMisspelledTermFailsTheCheck() {
        String json = "{\"@context\": \"https://schema.org\", \"@type\": \"LiveBlogPosting\", \"coverageStartTme\": \"2026-03-29\"}";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> assertValidSchemaOrg(json)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("coverageStartTme");
    }

    @Test
    void nothingInTheJsonCanCloseTheScriptElement() {
        String json = LiveBlogJsonLd.scriptSafe("{\"headline\":\"</script><script>alert(1)</script> & \u2028\"}");
        assertThat(json).doesNotContain("<", ">", "&", "\u2028");
        assertThat(Json.createReader(new StringReader(json)).readObject().getString("headline"))
                .isEqualTo("</script><script>alert(1)</script> & \u2028");
    }

    /** Every key survives expansion as a schema.org IRI, on a type schema.org allows it on; every type is schema.org's. */
    static void assertValidSchemaOrg(String json) throws JsonLdError {
        DocumentLoader schemaOrgOnly = (URI url, com.apicatalog.jsonld.loader.DocumentLoaderOptions options) -> {
            if (!url.toString().replaceAll("/$", "").equals("https://schema.org")) {
                throw new JsonLdError(com.apicatalog.jsonld.JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "offline: " + url);
            }
            InputStream context = LiveBlogJsonLdTest.class.getResourceAsStream("/jsonld/schemaorg-context.jsonld");
            return JsonDocument.of(context);
        };
        JsonArray expanded = JsonLd.expand(JsonDocument.of(new StringReader(json))).loader(schemaOrgOnly).get();
        JsonObject compact = Json.createReader(new StringReader(json)).readObject();
        List<String> problems = new ArrayList<>();
        assertThat(expanded).hasSize(1);
        check(compact, expanded.getJsonObject(0), problems);
        assertThat(problems).as(json).isEmpty();
    }

    private static void check(JsonObject compact, JsonObject expanded, List<String> problems) {
        String type = compact.getString("@type", null);
        JsonArray types = expanded.getJsonArray("@type");
        if (type == null || types == null || !types.getString(0).equals(SCHEMA + type)) {
            problems.add("type " + type + " is not schema.org's: " + types);
        }
        Set<String> kept = new TreeSet<>(expanded.keySet());
        for (String key : compact.keySet()) {
            if (key.startsWith("@")) {
                continue;
            }
            if (!kept.contains(SCHEMA + key)) {
                problems.add(key + " is not a schema.org term (dropped by expansion: " + kept + ")");
                continue;
            }
            if (!DOMAINS.getOrDefault(key, Set.of()).contains(type)) {
                problems.add(key + " is not a property of " + type + " on schema.org");
            }
            JsonValue value = compact.get(key);
            JsonArray values = expanded.getJsonArray(SCHEMA + key);
            if (value.getValueType() == JsonValue.ValueType.OBJECT) {
                check(value.asJsonObject(), values.getJsonObject(0), problems);
            } else if (value.getValueType() == JsonValue.ValueType.ARRAY) {
                for (int i = 0; i < value.asJsonArray().size(); i++) {
                    check(value.asJsonArray().getJsonObject(i), values.getJsonObject(i), problems);
                }
            } else if (value instanceof JsonString text && values.getJsonObject(0).containsKey("@id")
                    && !values.getJsonObject(0).getString("@id").equals(text.getString())) {
                problems.add(key + " expands to another IRI: " + values);
            }
        }
    }
}
