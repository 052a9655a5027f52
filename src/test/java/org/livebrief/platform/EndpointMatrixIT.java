package org.livebrief.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.livebrief.media.TestImages;
import org.livebrief.testing.Api;
import org.livebrief.testing.DeployedWar;
import org.livebrief.testing.EventStreamClient;
import org.livebrief.testing.Newsroom;
import org.livebrief.testing.ResourceMethods;
import org.livebrief.testing.ResourceMethods.Endpoint;

/**
 * Issue #13, authorization matrix: every endpoint × every caller (anonymous, the author {@code reporter}, the
 * other reporter {@code reporter2}, {@code editor}, {@code admin}) × the objects whose ownership or visibility
 * matters (a live and a draft briefing; a draft and a published entry, both written by {@code reporter}).
 *
 * <p>The endpoints come from the resource classes by reflection ({@link ResourceMethods}): a JAX-RS method without
 * a row in {@link #expectations()} fails the build, so a new endpoint cannot be missed. So does a
 * {@code @WebServlet} (the reader page, the feeds) without rows for reading and for every write method, or a
 * {@code @WebFilter} whose pattern no row goes through. The rows are written by
 * hand from the README's API table and the workflow rules, never computed from the annotations under test.
 *
 * <p>A caller who may not is refused: anonymous with 401 (or 404 where the object's existence is hidden), a
 * signed-in caller with 403 or 404 — never 2xx. A caller who may gets 2xx. Every state-changing case runs against
 * fresh objects, so a refusal means the caller was refused, not that the object had already changed.
 */
class EndpointMatrixIT extends DeployedWar {

    static final List<String> CALLERS = List.of("anonymous", "reporter", "reporter2", "editor", "admin");

    static final Set<String> ANYONE = Set.copyOf(CALLERS);
    static final Set<String> SIGNED_IN = Set.of("reporter", "reporter2", "editor", "admin");
    static final Set<String> STAFF = SIGNED_IN;
    static final Set<String> AUTHOR_AND_EDITORS = Set.of("reporter", "editor", "admin");
    static final Set<String> EDITORS = Set.of("editor", "admin");
    static final Set<String> ADMIN = Set.of("admin");
    static final Set<String> NOBODY = Set.of();

    /** Endpoints served outside JAX-RS (servlet filter {@code live.EventStreamFilter}), listed by hand. */
    static final Set<String> OUTSIDE_JAX_RS = Set.of("GET api/briefings/{id}/events",
            "GET api/briefings/{id}/desk-events");

    /** Methods that change state, tried on every servlet's URL pattern: no servlet may answer them with 2xx. */
    static final List<String> WRITE_METHODS = List.of("POST", "PUT", "DELETE", "PATCH");

    /**
     * One row: an endpoint against one kind of object, who may get 2xx, and how to send it. Endpoints served by a
     * servlet or a static file are named by their {@code @WebServlet}/{@code @WebFilter} URL pattern; a refusal
     * there may also be 405, for a method the servlet does not serve.
     */
    record Row(String endpoint, String object, Set<String> allowed, BiFunction<Fixture, Api, Reply> request) {
        boolean servedOutsideJaxRs() {
            return endpoint.endsWith("*");
        }
    }

    /** A status and a description, from a plain request or an event stream. */
    record Reply(int status, String text) {
    }

    /** The objects one case works on, made on first use through the API as the demo users make them. */
    final class Fixture {
        private Long liveBriefing;
        private Long draftBriefing;
        private Long ukrainianBriefing;
        private Long draftEntry;
        private Long publishedEntry;
        private Long name;
        private Long archivedBriefing;

        long live() {
            if (liveBriefing == null) {
                liveBriefing = newsroom.briefing("matrix");
            }
            return liveBriefing;
        }

        long draftBriefing() {
            if (draftBriefing == null) {
                Api.Reply created = api.as("editor").post("api/briefings", """
                        {"slug": "%s", "language": "en", "title": "Embargoed", "status": "draft"}"""
                        .formatted(Api.uniqueSlug("matrix-draft")));
                assertThat(created.status()).as(created.toString()).isEqualTo(201);
                draftBriefing = Newsroom.id(created.json());
            }
            return draftBriefing;
        }

        long ukrainian() {
            if (ukrainianBriefing == null) {
                ukrainianBriefing = Newsroom.id(newsroom.briefing(Api.uniqueSlug("matrix-uk"), "uk", "Europe/Kyiv"));
            }
            return ukrainianBriefing;
        }

        /** A draft by {@code reporter}. */
        long draftEntry() {
            if (draftEntry == null) {
                draftEntry = Newsroom.id(newsroom.post(live(), "reporter", "{\"body\": \"Shelling reported near Enerhodar\"}"));
            }
            return draftEntry;
        }

        /** Written by {@code reporter}, published by {@code editor}. */
        long publishedEntry() {
            if (publishedEntry == null) {
                long entry = Newsroom.id(newsroom.post(live(), "reporter", "{\"body\": \"Talks resumed in Istanbul\"}"));
                Api.Reply published = newsroom.transition(live(), entry, "publish", "editor");
                assertThat(published.status()).as(published.toString()).isEqualTo(200);
                publishedEntry = entry;
            }
            return publishedEntry;
        }

        long name() {
            if (name == null) {
                Api.Reply created = api.as("editor").post("api/names", nameJson());
                assertThat(created.status()).as(created.toString()).isEqualTo(201);
                name = Newsroom.id(created.json());
            }
            return name;
        }

        String entries(long briefing) {
            return "api/briefings/" + briefing + "/entries";
        }

        /** A live briefing with more published entries than a feed page holds (the ITs run with 5): it has an archive. */
        long archived() {
            if (archivedBriefing == null) {
                archivedBriefing = newsroom.briefing("matrix-archive");
                for (int i = 0; i < 6; i++) {
                    newsroom.published(archivedBriefing, "{\"body\": \"Archived update " + i + "\"}");
                }
            }
            return archivedBriefing;
        }

        /** A published translation in the Ukrainian version of an English entry that was corrected since. */
        String flaggedTranslation() {
            Api.Reply linked = api.as("editor").post("api/briefings/" + live() + "/translations",
                    "{\"briefingId\": " + ukrainian() + "}");
            assertThat(linked.status()).as(linked.toString()).isEqualTo(200);
            long source = newsroom.published(live(), "{\"body\": \"Talks resumed in Istanbul\"}");
            long translation = newsroom.published(ukrainian(),
                    "{\"body\": \"Переговори відновилися\", \"translationOf\": " + source + "}");
            String sourcePath = entries(live()) + "/" + source;
            Api.Reply corrected = api.as("editor").header("If-Match", version(sourcePath)).put(sourcePath,
                    "{\"body\": \"Talks resumed in Istanbul on Tuesday\", \"correctionNote\": \"The day was missing\"}");
            assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
            return entries(ukrainian()) + "/" + translation;
        }

        String slug(long briefing) {
            return api.as("admin").get("api/briefings/" + briefing).json().getString("slug");
        }

        String version(String path) {
            return "\"" + api.as("admin").get(path).json().getJsonNumber("version").longValue() + "\"";
        }
    }

    private String job;
    private JsonObject image;

    /** An image in the live briefing's library, uploaded by the reporter on first use. */
    private long image(Fixture o) {
        return Newsroom.id(uploadedImage(o));
    }

    /** Its full-size rendition's path below the context root. */
    private String imageFile(Fixture o) {
        return uploadedImage(o).getString("url").replaceFirst("^/livebrief/", "");
    }

    private JsonObject uploadedImage(Fixture o) {
        if (image == null) {
            Api.Reply made = api.as("reporter").header("X-Requested-With", "matrix")
                    .send("POST", "api/media?briefing=" + o.live(), "image/png", TestImages.plainPng(40, 30, true));
            assertThat(made.status()).as(made.toString()).isIn(200, 201);
            image = made.json();
        }
        return image;
    }

    static String nameJson() {
        return "{\"type\": \"person\", \"names\": {\"uk\": \"" + Newsroom.madeUpSurname() + "\"}}";
    }

    private static Reply of(Api.Reply reply) {
        String body = reply.body();
        return new Reply(reply.status(), body.length() > 200 ? body.substring(0, 200) + "…" : body);
    }

    private static Reply json(Api client, String method, String path, String json) {
        return of(client.send(method, path, "application/json", json.getBytes(StandardCharsets.UTF_8)));
    }

    private static Reply bare(Api client, String method, String path) {
        return of(client.send(method, path, null, new byte[0]));
    }

    /** The expectation table, by hand: README "API", "Workflow", "Editor UI" and docs/security.md. */
    List<Row> expectations() {
        List<Row> rows = new ArrayList<>();
        // Briefings
        rows.add(new Row("GET api/briefings", "-", ANYONE, (o, c) -> of(c.get("api/briefings?limit=5"))));
        rows.add(new Row("POST api/briefings", "-", EDITORS, (o, c) -> json(c, "POST", "api/briefings", """
                {"slug": "%s", "language": "en", "title": "Matrix", "timeZone": "Europe/Kyiv"}"""
                .formatted(Api.uniqueSlug("matrix-new")))));
        rows.add(new Row("GET api/briefings/{id}", "live briefing", ANYONE,
                (o, c) -> of(c.get("api/briefings/" + o.live()))));
        rows.add(new Row("GET api/briefings/{id}", "draft briefing", STAFF,
                (o, c) -> of(c.get("api/briefings/" + o.draftBriefing()))));
        rows.add(new Row("PUT api/briefings/{id}", "live briefing", EDITORS, (o, c) -> {
            String path = "api/briefings/" + o.live();
            return json(c.header("If-Match", o.version(path)), "PUT", path, "{\"title\": \"Revised title\"}");
        }));
        rows.add(new Row("POST api/briefings/{id}/{action}", "live briefing (close)", EDITORS, (o, c) -> {
            String path = "api/briefings/" + o.live();
            return bare(c.header("If-Match", o.version(path)), "POST", path + "/close");
        }));
        rows.add(new Row("POST api/briefings/{id}/{action}", "draft briefing (go-live)", EDITORS, (o, c) -> {
            String path = "api/briefings/" + o.draftBriefing();
            return bare(c.header("If-Match", o.version(path)), "POST", path + "/go-live");
        }));
        rows.add(new Row("POST api/briefings/{id}/translations", "live briefing", EDITORS,
                (o, c) -> json(c, "POST", "api/briefings/" + o.live() + "/translations",
                        "{\"briefingId\": " + o.ukrainian() + "}")));
        rows.add(new Row("GET api/briefings/{id}/audit", "live briefing", EDITORS,
                (o, c) -> of(c.get("api/briefings/" + o.live() + "/audit?limit=5"))));
        rows.add(new Row("GET api/briefings/{briefingId}/changes", "live briefing", ANYONE,
                (o, c) -> of(c.get("api/briefings/" + o.live() + "/changes?since=0"))));
        // The poll fallback and the public stream carry public briefings only, for everyone: staff follow a draft
        // briefing on the desk stream. No 2xx for anyone on a draft briefing.
        rows.add(new Row("GET api/briefings/{briefingId}/changes", "draft briefing", NOBODY,
                (o, c) -> of(c.get("api/briefings/" + o.draftBriefing() + "/changes?since=0"))));
        rows.add(new Row("GET api/briefings/{id}/events", "live briefing", ANYONE,
                (o, c) -> stream(c, "api/briefings/" + o.live() + "/events")));
        rows.add(new Row("GET api/briefings/{id}/events", "draft briefing", NOBODY,
                (o, c) -> stream(c, "api/briefings/" + o.draftBriefing() + "/events")));
        rows.add(new Row("GET api/briefings/{id}/desk-events", "live briefing", STAFF,
                (o, c) -> stream(c, "api/briefings/" + o.live() + "/desk-events")));
        rows.add(new Row("GET api/briefings/{id}/desk-events", "draft briefing", STAFF,
                (o, c) -> stream(c, "api/briefings/" + o.draftBriefing() + "/desk-events")));
        // Entries
        rows.add(new Row("GET api/briefings/{briefingId}/entries", "live briefing", ANYONE,
                (o, c) -> of(c.get(o.entries(o.live()) + "?limit=5"))));
        rows.add(new Row("GET api/briefings/{briefingId}/entries", "draft briefing", STAFF,
                (o, c) -> of(c.get(o.entries(o.draftBriefing()) + "?limit=5"))));
        rows.add(new Row("POST api/briefings/{briefingId}/entries", "live briefing", STAFF,
                (o, c) -> json(c, "POST", o.entries(o.live()), "{\"body\": \"<p>Sirens in Kyiv</p>\"}")));
        rows.add(new Row("GET api/briefings/{briefingId}/entries/{entryId}", "published entry", ANYONE,
                (o, c) -> of(c.get(o.entries(o.live()) + "/" + o.publishedEntry()))));
        rows.add(new Row("GET api/briefings/{briefingId}/entries/{entryId}", "reporter's draft", STAFF,
                (o, c) -> of(c.get(o.entries(o.live()) + "/" + o.draftEntry()))));
        rows.add(new Row("PUT api/briefings/{briefingId}/entries/{entryId}", "reporter's draft", AUTHOR_AND_EDITORS,
                (o, c) -> {
                    String path = o.entries(o.live()) + "/" + o.draftEntry();
                    return json(c.header("If-Match", o.version(path)), "PUT", path,
                            "{\"body\": \"<p>Shelling reported near Enerhodar, officials say</p>\"}");
                }));
        rows.add(new Row("PUT api/briefings/{briefingId}/entries/{entryId}", "reporter's published entry", EDITORS,
                (o, c) -> {
                    String path = o.entries(o.live()) + "/" + o.publishedEntry();
                    return json(c.header("If-Match", o.version(path)), "PUT", path,
                            "{\"body\": \"<p>Talks resumed in Istanbul on Tuesday</p>\", "
                                    + "\"correctionNote\": \"The day was missing\"}");
                }));
        // The desk's draft path and deleting a draft (issue #14). On a published entry the draft path is a 409 for
        // staff (DeskEditingIT), which this table, of 2xx / 401 / 403 / 404, does not hold.
        rows.add(new Row("PUT api/briefings/{briefingId}/entries/{entryId}/draft", "reporter's draft", AUTHOR_AND_EDITORS,
                (o, c) -> {
                    String path = o.entries(o.live()) + "/" + o.draftEntry();
                    return json(c.header("If-Match", o.version(path)), "PUT", path + "/draft",
                            "{\"body\": \"<p>Shelling reported near Enerhodar, officials say</p>\"}");
                }));
        rows.add(new Row("DELETE api/briefings/{briefingId}/entries/{entryId}", "reporter's draft", Set.of("reporter"),
                (o, c) -> {
                    String path = o.entries(o.live()) + "/" + o.draftEntry();
                    return bare(c.header("If-Match", o.version(path)), "DELETE", path);
                }));
        // Every transition by every role and state: workflow.AuthorizationMatrixIT. Here: one per ownership case.
        rows.add(new Row("POST api/briefings/{briefingId}/entries/{entryId}/{transition}", "reporter's draft (submit)",
                AUTHOR_AND_EDITORS, (o, c) -> {
                    String path = o.entries(o.live()) + "/" + o.draftEntry();
                    return json(c.header("If-Match", o.version(path)), "POST", path + "/submit", "{}");
                }));
        rows.add(new Row("POST api/briefings/{briefingId}/entries/{entryId}/{transition}",
                "reporter's published entry (retract)", EDITORS, (o, c) -> {
                    String path = o.entries(o.live()) + "/" + o.publishedEntry();
                    return json(c.header("If-Match", o.version(path)), "POST", path + "/retract",
                            "{\"reason\": \"The report was wrong\"}");
                }));
        // Translation links (#18 item 5): only editors confirm a translation after its source changed.
        rows.add(new Row("POST api/briefings/{briefingId}/entries/{entryId}/source-confirmed", "flagged translation",
                EDITORS, (o, c) -> {
                    String path = o.flaggedTranslation();
                    return json(c.header("If-Match", o.version(path)), "POST", path + "/source-confirmed", "{}");
                }));
        rows.add(new Row("GET api/briefings/{briefingId}/entries/{entryId}/revisions", "reporter's draft", STAFF,
                (o, c) -> of(c.get(o.entries(o.live()) + "/" + o.draftEntry() + "/revisions"))));
        rows.add(new Row("GET api/briefings/{briefingId}/entries/{entryId}/revisions", "published entry", STAFF,
                (o, c) -> of(c.get(o.entries(o.live()) + "/" + o.publishedEntry() + "/revisions"))));
        // Names, style, i18n, search, jobs, session
        rows.add(new Row("POST api/names", "-", EDITORS, (o, c) -> json(c, "POST", "api/names", nameJson())));
        rows.add(new Row("GET api/names/{id}", "name", ANYONE, (o, c) -> of(c.get("api/names/" + o.name()))));
        rows.add(new Row("GET api/names/{id}/entries", "name", ANYONE,
                (o, c) -> of(c.get("api/names/" + o.name() + "/entries?limit=5"))));
        rows.add(new Row("POST api/names/{id}/variants", "name", EDITORS,
                (o, c) -> json(c, "POST", "api/names/" + o.name() + "/variants", """
                        {"text": "%s", "language": "en", "status": "accepted"}"""
                        .formatted("Matrix" + Newsroom.madeUpSurname().hashCode()))));
        rows.add(new Row("PUT api/names/{id}/prominence", "name", EDITORS, (o, c) -> {
            String path = "api/names/" + o.name();
            return json(c.header("If-Match", o.version(path)), "PUT", path + "/prominence", "{\"prominence\": 5}");
        }));
        rows.add(new Row("GET api/names/resolve", "-", ANYONE, (o, c) -> of(c.get("api/names/resolve?q=Kyiv"))));
        rows.add(new Row("POST api/names/import", "JSON", ADMIN,
                (o, c) -> json(c, "POST", "api/names/import", "[" + nameJson() + "]")));
        rows.add(new Row("POST api/names/import", "CSV", ADMIN, (o, c) -> of(c.send("POST", "api/names/import",
                "text/csv", ("type,uk\nplace," + Newsroom.madeUpSurname() + "\n").getBytes(StandardCharsets.UTF_8)))));
        rows.add(new Row("POST api/names/retag", "-", ADMIN, (o, c) -> bare(c, "POST", "api/names/retag")));
        rows.add(new Row("POST api/style/check", "-", STAFF, (o, c) -> json(c, "POST", "api/style/check",
                "{\"language\": \"en\", \"text\": \"Zelensky spoke in Kiev\", \"style\": \"rferl\"}")));
        rows.add(new Row("GET api/i18n/{language}", "-", ANYONE, (o, c) -> of(c.get("api/i18n/uk"))));
        rows.add(new Row("GET api/body-rules", "-", ANYONE, (o, c) -> of(c.get("api/body-rules"))));
        rows.add(new Row("GET api/search", "-", ANYONE, (o, c) -> of(c.get("api/search?q=Istanbul&limit=5"))));
        rows.add(new Row("POST api/search/reindex", "-", ADMIN, (o, c) -> bare(c, "POST", "api/search/reindex")));
        rows.add(new Row("GET api/jobs", "-", ADMIN, (o, c) -> of(c.get("api/jobs"))));
        // Backups (#19 item 7): admins. On PostgreSQL the admin's answer is a 409 problem naming pg_dump (backups are the
        // database admin's there); that is the allowed caller's answer, so it counts as one here.
        rows.add(new Row("POST api/backups", "-", ADMIN, (o, c) -> {
            Reply reply = bare(c, "POST", "api/backups");
            boolean postgresql = !System.getProperty("it.pg.url", "").isBlank();
            return postgresql && reply.status() == 409 && reply.text().contains("backup-external")
                    ? new Reply(200, "409 backup-external on PostgreSQL: " + reply.text()) : reply;
        }));
        // Metrics (#19 item 2): admins (a scraper uses an admin's read-only token).
        rows.add(new Row("GET api/metrics", "-", ADMIN, (o, c) -> of(c.get("api/metrics"))));
        rows.add(new Row("GET api/jobs/{id}", "retag job", ADMIN, (o, c) -> of(c.get("api/jobs/" + job))));
        // API tokens (#15): any signed-in user makes and lists their own; a token is revoked by its owner or an admin.
        rows.add(new Row("POST api/tokens", "-", SIGNED_IN, (o, c) -> json(c, "POST", "api/tokens", "{\"name\": \"matrix\"}")));
        rows.add(new Row("GET api/tokens", "-", SIGNED_IN, (o, c) -> of(c.get("api/tokens"))));
        rows.add(new Row("DELETE api/tokens/{id}", "reporter's token", Set.of("reporter", "admin"), (o, c) -> {
            Api.Reply token = api.as("reporter").post("api/tokens", "{\"name\": \"matrix\"}");
            assertThat(token.status()).as(token.toString()).isEqualTo(201);
            return bare(c.header("If-Match", token.header("ETag")), "DELETE", "api/tokens/" + Newsroom.id(token.json()));
        }));
        // Signed webhooks (#18 item 6): admins only. The receivers are unreachable (port 9); deliveries just fail.
        rows.add(new Row("POST api/webhooks", "-", ADMIN, (o, c) -> json(c, "POST", "api/webhooks", WEBHOOK)));
        rows.add(new Row("GET api/webhooks", "-", ADMIN, (o, c) -> of(c.get("api/webhooks"))));
        rows.add(new Row("GET api/webhooks/{id}", "an endpoint", ADMIN, (o, c) -> of(c.get("api/webhooks/" + webhook()))));
        rows.add(new Row("GET api/webhooks/{id}/deliveries", "an endpoint", ADMIN,
                (o, c) -> of(c.get("api/webhooks/" + webhook() + "/deliveries"))));
        rows.add(new Row("POST api/webhooks/{id}/secret", "an endpoint", ADMIN, (o, c) -> {
            String path = "api/webhooks/" + webhook();
            return bare(c.header("If-Match", o.version(path)), "POST", path + "/secret");
        }));
        rows.add(new Row("DELETE api/webhooks/{id}", "a fresh endpoint", ADMIN, (o, c) -> {
            Api.Reply made = api.as("admin").post("api/webhooks", WEBHOOK);
            assertThat(made.status()).as(made.toString()).isEqualTo(201);
            return bare(c.header("If-Match", made.header("ETag")), "DELETE", "api/webhooks/" + Newsroom.id(made.json()));
        }));
        // Byline profiles (#13 finding 3, #17): staff read them, admins make and delete them, the owner edits theirs.
        rows.add(new Row("GET api/contributors", "-", STAFF, (o, c) -> of(c.get("api/contributors"))));
        rows.add(new Row("POST api/contributors", "-", ADMIN, (o, c) -> json(c, "POST", "api/contributors",
                "{\"displayName\": {\"en\": \"Matrix Stringer\"}}")));
        rows.add(new Row("GET api/contributors/me", "the caller's profile", SIGNED_IN,
                (o, c) -> {
                    profileOf(userOf(c));
                    return of(c.get("api/contributors/me"));
                }));
        rows.add(new Row("GET api/contributors/{id}", "reporter's profile", STAFF,
                (o, c) -> of(c.get("api/contributors/" + profileOf("reporter")))));
        rows.add(new Row("PUT api/contributors/{id}", "reporter's profile", Set.of("reporter", "admin"), (o, c) -> {
            long id = profileOf("reporter");
            return json(c.header("If-Match", o.version("api/contributors/" + id)), "PUT", "api/contributors/" + id,
                    "{\"displayName\": {\"en\": \"Matrix Reporter\"}}");
        }));
        rows.add(new Row("DELETE api/contributors/{id}", "a stringer's profile", ADMIN, (o, c) -> {
            Api.Reply made = api.as("admin").post("api/contributors", "{\"displayName\": {\"en\": \"Matrix Gone\"}}");
            assertThat(made.status()).as(made.toString()).isEqualTo(201);
            return bare(c.header("If-Match", made.header("ETag")), "DELETE", "api/contributors/" + Newsroom.id(made.json()));
        }));
        rows.add(new Row("POST api/contributors/{id}/avatar", "reporter's profile", Set.of("reporter", "admin"),
                (o, c) -> of(c.header("X-Requested-With", "matrix").send("POST",
                        "api/contributors/" + profileOf("reporter") + "/avatar", "image/png", TestImages.plainPng(24, 24, false)))));
        // Images (README "Images"): staff upload into a briefing's library and describe; renditions are public.
        rows.add(new Row("POST api/media", "live briefing", STAFF, (o, c) -> of(c.header("X-Requested-With", "matrix")
                .send("POST", "api/media?briefing=" + o.live(), "image/png", TestImages.plainPng(24, 16, false)))));
        rows.add(new Row("GET api/media", "live briefing's library", STAFF,
                (o, c) -> of(c.get("api/media?briefing=" + o.live()))));
        rows.add(new Row("GET api/media/{id}", "an image", STAFF, (o, c) -> of(c.get("api/media/" + image(o)))));
        rows.add(new Row("PUT api/media/{id}", "an image", STAFF, (o, c) -> json(
                c.header("If-Match", o.version("api/media/" + image(o))), "PUT", "api/media/" + image(o),
                "{\"alt\": \"Matrix\"}")));
        // Signing in is open to anyone who knows a password; anonymous signs in as the reporter.
        rows.add(new Row("POST api/session", "-", ANYONE, (o, c) -> json(c, "POST", "api/session",
                "{\"username\": \"%s\", \"password\": \"%s\"}".formatted(userOf(c), Api.PASSWORD))));
        // Who am I, for the browser session: 401 when signed out (README, Editor UI). A signed-in caller here is one
        // who signed in with POST api/session and sends the session cookie only.
        rows.add(new Row("GET api/session", "browser session", SIGNED_IN, (o, c) -> of(sessionOf(c).get("api/session"))));
        rows.add(new Row("DELETE api/session", "-", ANYONE, (o, c) -> bare(c, "DELETE", "api/session")));
        rows.addAll(outsideJaxRs());
        return rows;
    }

    /**
     * The reader page, the feeds and the editor's static files: public reading for anyone where the briefing is
     * public, nothing for anyone where it is not (staff read drafts through the API, never through a public page or
     * feed), and no state change through any of them, whatever the caller.
     */
    List<Row> outsideJaxRs() {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("GET briefings/*", "live briefing", ANYONE,
                (o, c) -> of(c.get("briefings/" + o.slug(o.live())))));
        rows.add(new Row("GET briefings/*", "live briefing (embed)", ANYONE,
                (o, c) -> of(c.get("briefings/" + o.slug(o.live()) + "?embed=1"))));
        rows.add(new Row("GET briefings/*", "draft briefing", NOBODY,
                (o, c) -> of(c.get("briefings/" + o.slug(o.draftBriefing())))));
        rows.add(new Row("GET briefings/*", "draft briefing (embed)", NOBODY,
                (o, c) -> of(c.get("briefings/" + o.slug(o.draftBriefing()) + "?embed=1"))));
        for (String format : List.of("atom", "rss", "json", "ninjs", "ninjs3")) {
            rows.add(new Row("GET feeds/*", "live briefing (" + format + ")", ANYONE,
                    (o, c) -> of(c.get("feeds/briefings/" + o.slug(o.live()) + "." + format))));
            rows.add(new Row("GET feeds/*", "draft briefing (" + format + ")", NOBODY,
                    (o, c) -> of(c.get("feeds/briefings/" + o.slug(o.draftBriefing()) + "." + format))));
        }
        rows.add(new Row("GET feeds/*", "live briefing (key events)", ANYONE,
                (o, c) -> of(c.get("feeds/briefings/" + o.slug(o.live()) + "/key-events.atom"))));
        rows.add(new Row("GET feeds/*", "draft briefing (key events)", NOBODY,
                (o, c) -> of(c.get("feeds/briefings/" + o.slug(o.draftBriefing()) + "/key-events.atom"))));
        rows.add(new Row("GET feeds/*", "live briefing (archive 1)", ANYONE,
                (o, c) -> of(c.get("feeds/briefings/" + o.slug(o.archived()) + "/archive/1.atom"))));
        rows.add(new Row("GET feeds/*", "draft briefing (archive 1)", NOBODY,
                (o, c) -> of(c.get("feeds/briefings/" + o.slug(o.draftBriefing()) + "/archive/1.atom"))));
        rows.add(new Row("GET feeds/*", "language", ANYONE, (o, c) -> of(c.get("feeds/languages/en.atom"))));
        rows.add(new Row("GET feeds/*", "name", ANYONE, (o, c) -> of(c.get("feeds/names/" + o.name() + ".json"))));
        rows.add(new Row("GET editor/*", "desk page", ANYONE, (o, c) -> of(c.get("editor/"))));
        rows.add(new Row("GET media/*", "a rendition", ANYONE, (o, c) -> of(c.get(imageFile(o)))));
        rows.add(new Row("GET oembed/*", "live briefing", ANYONE, (o, c) -> of(c.get("oembed?format=json&url="
                + URLEncoder.encode(canonical("briefings/" + o.slug(o.live())), StandardCharsets.UTF_8)))));
        rows.add(new Row("GET oembed/*", "draft briefing", NOBODY, (o, c) -> of(c.get("oembed?format=json&url="
                + URLEncoder.encode(canonical("briefings/" + o.slug(o.live())).replaceFirst("/briefings/.*$", "/briefings/")
                + o.slug(o.draftBriefing()), StandardCharsets.UTF_8)))));
        // Single sign-on's way in (security.SingleSignOn): without an identity provider configured, a 404 for everyone.
        rows.add(new Row("GET signin", "no single sign-on", NOBODY, (o, c) -> of(c.get("signin"))));
        for (String method : WRITE_METHODS) {
            rows.add(new Row(method + " signin", "no single sign-on", NOBODY, (o, c) -> json(c, method, "signin", "{}")));
            rows.add(new Row(method + " briefings/*", "live briefing", NOBODY,
                    (o, c) -> json(c, method, "briefings/" + o.slug(o.live()), "{\"title\": \"Defaced\"}")));
            rows.add(new Row(method + " feeds/*", "live briefing (atom)", NOBODY,
                    (o, c) -> json(c, method, "feeds/briefings/" + o.slug(o.live()) + ".atom", "{}")));
            rows.add(new Row(method + " editor/*", "desk page", NOBODY,
                    (o, c) -> json(c, method, "editor/index.html", "{}")));
            rows.add(new Row(method + " media/*", "a rendition", NOBODY, (o, c) -> json(c, method, imageFile(o), "{}")));
            rows.add(new Row(method + " oembed/*", "live briefing", NOBODY, (o, c) -> json(c, method, "oembed?url="
                    + URLEncoder.encode(canonical("briefings/" + o.slug(o.live())), StandardCharsets.UTF_8), "{}")));
        }
        return rows;
    }

    static final String WEBHOOK = "{\"url\": \"http://127.0.0.1:9/matrix\", \"events\": [\"briefing.closed\"]}";
    private Long webhook;

    /** An endpoint registered by the admin on first use. */
    private long webhook() {
        if (webhook == null) {
            Api.Reply made = api.as("admin").post("api/webhooks", WEBHOOK);
            assertThat(made.status()).as(made.toString()).isEqualTo(201);
            webhook = Newsroom.id(made.json());
        }
        return webhook;
    }

    /** The public address of a page, as its canonical link names it (what the oEmbed endpoint accepts). */
    private String canonical(String path) {
        return org.jsoup.Jsoup.parse(api.get(path).body()).selectFirst("link[rel=canonical]").attr("href");
    }

    /** The id of {@code login}'s byline profile, made by the admin when there is none. */
    private long profileOf(String login) {
        Api.Reply mine = api.as(login).get("api/contributors/me");
        if (mine.status() == 200) {
            return Newsroom.id(mine.json());
        }
        Api.Reply made = api.as("admin").post("api/contributors",
                "{\"login\": \"%s\", \"displayName\": {\"en\": \"Matrix %s\"}}".formatted(login, login));
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        return Newsroom.id(made.json());
    }

    private final Map<Api, String> users = new LinkedHashMap<>();

    private String userOf(Api client) {
        String user = users.get(client);
        return user == null || user.equals("anonymous") ? "reporter" : user;
    }

    /** The anonymous client, or one that signed in as the caller and holds only the session cookie. */
    private Api sessionOf(Api client) {
        String user = users.get(client);
        if (user == null || user.equals("anonymous")) {
            return api;
        }
        Api.Reply signedIn = api.post("api/session",
                "{\"username\": \"%s\", \"password\": \"%s\"}".formatted(user, Api.PASSWORD));
        assertThat(signedIn.status()).as(signedIn.toString()).isEqualTo(200);
        String cookie = signedIn.response().headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        return api.header("Cookie", cookie.substring(0, cookie.indexOf(';') < 0 ? cookie.length() : cookie.indexOf(';')));
    }

    private Reply stream(Api client, String path) {
        Map<String, String> headers = new LinkedHashMap<>();
        String user = users.get(client);
        if (user != null && !user.equals("anonymous")) {
            headers.put("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        // Every test of the run reaches the server from 127.0.0.1, so the per-address cap on open streams counts the
        // streams of the tests before this one too: the server sees that a reader left only when a heartbeat to it
        // fails (the second after the reader closed). A 429 "too many streams" is that cap, not an answer about who
        // may read: ask again, as a client would, until the server has counted the closed streams out (two
        // heartbeats; the ITs run with 2 s ones).
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            try (EventStreamClient events = EventStreamClient.open(api.uri(path), headers)) {
                if (events.status() != 429 || System.nanoTime() > deadline) {
                    return new Reply(events.status(), "event stream, " + events.header("Content-Type"));
                }
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static String key(Endpoint endpoint) {
        return endpoint.httpMethod() + " " + endpoint.template();
    }

    @Test
    void everyJaxRsEndpointHasARowAndNoRowIsStale() {
        Set<String> scanned = ResourceMethods.all().stream().map(EndpointMatrixIT::key)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> table = expectations().stream().map(Row::endpoint).collect(Collectors.toCollection(TreeSet::new));
        Set<String> missing = new TreeSet<>(scanned);
        missing.removeAll(table);
        assertThat(missing).as("JAX-RS endpoints without a row in EndpointMatrixIT.expectations()").isEmpty();
        Set<String> patterns = ResourceMethods.webComponents().stream().map(ResourceMethods.WebComponent::pattern)
                .collect(Collectors.toSet());
        Set<String> stale = new TreeSet<>(table);
        stale.removeAll(scanned);
        stale.removeAll(OUTSIDE_JAX_RS);
        stale.removeIf(endpoint -> patterns.contains(endpoint.substring(endpoint.indexOf(' ') + 1)));
        assertThat(stale).as("rows for endpoints that no longer exist").isEmpty();
        assertThat(scanned).as("the scan sees GETs too").contains("GET api/briefings", "GET api/jobs/{id}");
    }

    @Test
    void everyServletAndFilterHasRowsForReadingAndForEveryWriteMethod() {
        List<ResourceMethods.WebComponent> components = ResourceMethods.webComponents();
        assertThat(components).as("the scan sees the reader page and the feeds")
                .extracting(ResourceMethods.WebComponent::pattern).contains("briefings/*", "feeds/*");
        Set<String> table = expectations().stream().map(Row::endpoint).collect(Collectors.toCollection(TreeSet::new));
        List<String> missing = new ArrayList<>();
        for (ResourceMethods.WebComponent component : components) {
            String glob = component.pattern();
            String prefix = glob.substring(0, glob.length() - 1);
            if (component.kind().equals("servlet")) {
                for (String method : concat("GET", WRITE_METHODS)) {
                    if (!table.contains(method + " " + glob)) {
                        missing.add(method + " " + glob + " (" + component.type().getSimpleName() + ")");
                    }
                }
            } else if (table.stream().noneMatch(row -> row.substring(row.indexOf(' ') + 1).startsWith(prefix))) {
                // A filter guards what lies under its pattern: at least one row must go through it.
                missing.add(glob + " (" + component.type().getSimpleName() + ")");
            }
        }
        assertThat(missing).as("servlets and filters without rows in EndpointMatrixIT").isEmpty();
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }

    @Test
    void everyEndpointAnswersEveryCallerAsTheTableSays() {
        Api.Reply retag = api.as("admin").send("POST", "api/names/retag", null, new byte[0]);
        assertThat(retag.status()).as(retag.toString()).isEqualTo(202);
        job = retag.header("Location").replaceFirst("^.*/api/jobs/", "");
        api.awaitJob(retag);

        Fixture shared = new Fixture();
        List<String> unexpected = new ArrayList<>();
        Set<String> endpoints = new TreeSet<>();
        int cases = 0;
        for (Row row : expectations()) {
            endpoints.add(row.endpoint());
            boolean changesState = !row.endpoint().startsWith("GET ");
            // Refused callers first, so an allowed caller's change never hides a refusal.
            List<String> order = new ArrayList<>(CALLERS.stream().filter(c -> !row.allowed().contains(c)).toList());
            order.addAll(CALLERS.stream().filter(row.allowed()::contains).toList());
            for (String caller : order) {
                Api client = caller.equals("anonymous") ? api : api.as(caller);
                users.put(client, caller);
                Reply reply = row.request().apply(changesState ? new Fixture() : shared, client);
                users.remove(client);
                cases++;
                int status = reply.status();
                boolean ok;
                if (row.allowed().contains(caller)) {
                    ok = status >= 200 && status < 300;
                } else if (row.servedOutsideJaxRs() && status == 405) {
                    ok = true;
                } else if (caller.equals("anonymous")) {
                    ok = status == 401 || status == 404;
                } else {
                    ok = status == 403 || status == 404;
                }
                if (!ok) {
                    unexpected.add(row.endpoint() + " [" + row.object() + "] as " + caller + " (allowed: "
                            + new TreeSet<>(row.allowed()) + ") → " + status + " " + reply.text());
                }
            }
        }
        System.out.printf("EndpointMatrixIT: %d endpoints, %d rows, %d endpoint × caller cases checked%n",
                endpoints.size(), expectations().size(), cases);
        assertThat(unexpected).as("answers that differ from the expectation table").isEmpty();
        assertThat(cases).isEqualTo(expectations().size() * CALLERS.size());
    }
}
