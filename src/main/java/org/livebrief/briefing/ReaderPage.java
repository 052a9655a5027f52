package org.livebrief.briefing;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.livebrief.platform.CachePolicy;
import org.livebrief.platform.Caller;
import org.livebrief.platform.Fields;
import org.livebrief.platform.Messages;
import org.livebrief.platform.ProblemException;
import org.livebrief.platform.PublicUrl;
import org.livebrief.platform.TextDirection;
import org.livebrief.security.EmbedPolicy;

/**
 * The reader page {@code /briefings/{slug}}: server-rendered HTML that works without JavaScript.
 * {@code ?before={entryId}} shows older updates. {@code /briefings/} (and the application's root, rewritten to it in
 * {@code WEB-INF/undertow-handlers.conf}) is the front page: the public briefings, newest first, in the reader's
 * language ({@code Accept-Language}: en, uk, ru, otherwise English), each title in its own language.
 * {@code /briefings/{slug}/entries/{id}} is an entry's own page (its permalink): 404 unless the entry is public in that
 * briefing, 410 with a tombstone page for a retracted one, as the API answers.
 */
@WebServlet(urlPatterns = "/briefings/*", loadOnStartup = 1)
public class ReaderPage extends HttpServlet {

    static final int PAGE_SIZE = 50;
    private static final Mustache PAGE = new DefaultMustacheFactory("templates").compile("briefing/page.mustache");
    private static final Mustache NOT_FOUND = new DefaultMustacheFactory("templates").compile("briefing/not-found.mustache");
    private static final Mustache INDEX = new DefaultMustacheFactory("templates").compile("briefing/index.mustache");
    private static final Mustache ENTRY = new DefaultMustacheFactory("templates").compile("briefing/entry-page.mustache");
    private static final String ENTRIES = "entries/";
    /** Briefings on the front page (newest first); older ones stay reachable through search and their links. */
    static final int INDEX_SIZE = 100;

    @Inject
    Contributors contributors;

    @Inject
    transient Briefings briefings;

    @Inject
    transient ReaderStream stream;

    @Inject
    transient Clock clock;

    @Inject
    transient ChangeLog changeLog;

    @Inject
    transient PublicUrl publicUrl;

    @Inject
    transient Datelines datelines;

    @Inject
    transient EmbedPolicy embedPolicy;

    @Inject
    transient ScriptNames scriptNames;

    private transient ReaderSettings settings;
    private transient Publisher publisher;

    /** Reads the settings once, at deployment (load-on-startup): a bad value is an error there, not a surprise for readers. */
    @Override
    public void init() {
        settings = ReaderSettings.current();
        publisher = Publisher.current();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // The container has decoded the path once; decoding it again would read "%25zz" as a broken "%zz".
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        int slash = path.indexOf('/');
        String slug = slash < 0 ? path : path.substring(0, slash);
        if (path.isEmpty()) {
            index(request, response);
            return;
        }
        Optional<LiveBriefing> found = slug.codePointCount(0, slug.length()) > Slugs.MAX_LENGTH || !Fields.isCleanText(slug) ? Optional.empty()
                : briefings.findPublic(slug);
        if (found.isEmpty()) {
            notFound(response);
            return;
        }
        LiveBriefing briefing = found.get();
        Transcript transcript;
        try {
            transcript = Scripts.of(briefing.language(), request.getParameter(Scripts.PARAMETER))
                    .map(t -> t.with(scriptNames)).orElse(null);
        } catch (ProblemException e) {
            problem(response, e);
            return;
        }
        if (slash >= 0) {
            entryPage(request, response, briefing, path.substring(slash + 1));
            return;
        }
        // Read before the entries: live updates resume after it, so a change in between is replayed, not lost.
        long seq = changeLog.latestSeq(briefing.id());
        Entries.Page page;
        Long before;
        try {
            before = before(request);
            page = stream.page(briefing, before, PAGE_SIZE, settings.showsNotices());
        } catch (ProblemException e) {
            notFound(response);
            return;
        }
        String older = page.nextBefore() == null ? null : ReaderPaths.page(briefing) + "?before=" + page.nextBefore()
                + (transcript == null ? "" : "&script=" + transcript.script());
        Map<String, Object> model = new ReaderPageModel(about(briefing, transcript), clock.instant(), transcript)
                .build(page.items(), briefings.translationsOf(briefing, Caller.ANONYMOUS), older);
        // The live script adds entries as written; a page in the other script is read without it (reload for news).
        if (before == null && transcript == null) {
            model.put("live", Map.of("briefingId", briefing.id(), "seq", seq, "timeZone", briefing.timeZone().getId(),
                    "retractions", settings.retractions().jsonName()));
        }
        // ?embed=1: the page inside a host CMS's iframe, without our masthead.
        boolean embed = "1".equals(request.getParameter("embed"));
        model.put("embed", embed);
        model.put("oembed", oembed(ReaderPaths.page(briefing)));
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Content-Language", transcript == null ? briefing.language() : transcript.tag());
        CachePolicy.apply(response, 10, List.of(CachePolicy.briefing(briefing.id())));
        securityHeaders(response, embed);
        PAGE.execute(response.getWriter(), model).flush();
    }

    /** {@code entries/{id}} under a public briefing: the entry's page, its tombstone (410), or 404 for anything else. */
    private void entryPage(HttpServletRequest request, HttpServletResponse response, LiveBriefing briefing, String rest)
            throws IOException {
        String id = rest.startsWith(ENTRIES) ? rest.substring(ENTRIES.length()) : "";
        Optional<Entry> found = id.matches("[1-9][0-9]{0,17}")
                ? stream.permalink(briefing.id(), Long.parseLong(id)) : Optional.empty();
        if (found.isEmpty()) {
            notFound(response, briefing.locale(), "briefing.entry.notFound");
            return;
        }
        Entry entry = found.get();
        boolean withdrawn = entry.state() == EntryState.RETRACTED;
        ReaderStream.Neighbours neighbours = withdrawn ? new ReaderStream.Neighbours(null, null) : stream.neighbours(entry);
        Map<String, Object> model = new EntryPageModel(about(briefing), clock.instant()).build(entry, neighbours);
        boolean embed = !withdrawn && "1".equals(request.getParameter("embed"));
        model.put("embed", embed);
        if (!withdrawn) {
            model.put("oembed", oembed(ReaderPaths.permalink(entry)));
        }
        response.setStatus(withdrawn ? HttpServletResponse.SC_GONE : HttpServletResponse.SC_OK);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Content-Language", briefing.language());
        CachePolicy.apply(response, 10, List.of(CachePolicy.briefing(briefing.id()), CachePolicy.entry(entry.id())));
        securityHeaders(response, embed);
        ENTRY.execute(response.getWriter(), model).flush();
    }

    /** The oEmbed discovery address of the public page at {@code path} (hosting.OEmbedServlet answers it). */
    private String oembed(String path) {
        return publicUrl.of(ReaderPaths.CONTEXT + "/oembed?url=" + java.net.URLEncoder.encode(publicUrl.of(path),
                java.nio.charset.StandardCharsets.UTF_8) + "&format=json");
    }

    /** What the page says about its briefing in schema.org and Open Graph: addresses, coverage, publisher, bylines. */
    private LiveBlogJsonLd.Page about(LiveBriefing briefing) {
        return about(briefing, null);
    }

    /** Bylines and datelines in the tag readers get: {@code sr-Latn} names where profiles and the authority have them. */
    private LiveBlogJsonLd.Page about(LiveBriefing briefing, Transcript transcript) {
        return new LiveBlogJsonLd.Page(briefing, publicUrl.of(ReaderPaths.page(briefing)), stream.firstPublished(briefing),
                briefing.status() == BriefingStatus.LIVE ? null : briefing.closedAt(), e -> publicUrl.of(ReaderPaths.permalink(e)),
                publisher, publisher.logoUrl(publicUrl.base()),
                contributors.in(transcript == null ? briefing.locale() : transcript.locale()), eventPlace(briefing));
    }

    private String eventPlace(LiveBriefing briefing) {
        BriefingRequest.Event event = briefing.event();
        return event == null || event.place() == null ? null
                : datelines.place(event.place(), briefing.language()).orElse(null);
    }

    /** Bad input on a page (an unknown script): a 400 problem, as the API answers it. */
    private void problem(HttpServletResponse response, ProblemException e) throws IOException {
        response.setStatus(e.problem().status());
        response.setContentType("application/problem+json;charset=UTF-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getWriter().write(e.problem().toJson());
    }

    private void index(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Messages messages = Messages.forLocale(request.getLocale());
        Locale locale = messages.locale();
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
        List<Map<String, Object>> items = new ArrayList<>();
        for (LiveBriefing briefing : briefings.list(Caller.ANONYMOUS, BriefingFilter.NONE, null, INDEX_SIZE)) {
            String status = "briefing.index.status." + briefing.status().name().toLowerCase(Locale.ROOT);
            items.add(Map.of("href", ReaderPaths.page(briefing), "title", briefing.title(), "language", briefing.language(),
                    "status", messages.get(status),
                    "updated", format.withZone(briefing.timeZone()).format(briefing.updatedAt()),
                    "updatedIso", briefing.updatedAt().toString()));
        }
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Content-Language", locale.toLanguageTag());
        response.setHeader("Vary", "Accept-Language");
        CachePolicy.apply(response, 10, List.of(CachePolicy.FRONT));
        securityHeaders(response, false);
        INDEX.execute(response.getWriter(), Map.of("t", messages.forTemplates(), "lang", locale.toLanguageTag(), "dir", TextDirection.of(locale),
                "briefings", items, "hasBriefings", !items.isEmpty())).flush();
    }

    private static Long before(HttpServletRequest request) {
        String before = request.getParameter("before");
        if (before == null) {
            return null;
        }
        try {
            return Long.valueOf(before);
        } catch (NumberFormatException e) {
            throw ProblemException.notFound("Entry", before);
        }
    }

    private void notFound(HttpServletResponse response) throws IOException {
        notFound(response, Locale.ENGLISH, "briefing.page.notFound");
    }

    /** The 404 page in {@code language}, with the title and text under {@code keys} ({@code .title}, {@code .text}). */
    private void notFound(HttpServletResponse response, Locale language, String keys) throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("text/html;charset=UTF-8");
        securityHeaders(response, false);
        Messages messages = Messages.forLocale(language);
        NOT_FOUND.execute(response.getWriter(), Map.of("t", messages.forTemplates(), "lang", messages.locale().toLanguageTag(),
                "dir", TextDirection.of(messages.locale()),
                "title", messages.get(keys + ".title"), "text", messages.get(keys + ".text"))).flush();
    }

    /** CSP with {@code frame-ancestors}: framing by this site only, the embed version by the configured origins. */
    private void securityHeaders(HttpServletResponse response, boolean embed) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Content-Security-Policy", embedPolicy.readerPolicy(embed));
    }
}
