package org.livebrief.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.livebrief.briefing.BriefingRequest;
import org.livebrief.briefing.Briefings;
import org.livebrief.briefing.ContributorRequest;
import org.livebrief.briefing.Contributors;
import org.livebrief.briefing.Entries;
import org.livebrief.briefing.EntryRequest;
import org.livebrief.briefing.LiveBriefing;
import org.livebrief.names.EntityType;
import org.livebrief.names.NameDirectory;
import org.livebrief.names.NameImport;
import org.livebrief.names.NameRequest;
import org.livebrief.platform.Caller;

/**
 * Demo mode ({@code livebrief.demo=true}, set by the README's run command): loads the demo briefings in
 * {@code demo/} once each, keyed by slug, so a restart neither duplicates nor resurrects them, and links
 * the English and Ukrainian ones as language versions of one story. It starts after the starter names, so
 * a demo place the starter data also holds (Kyiv, Mariupol, Lviv …) keeps the starter's former names.
 */
@Startup
@Singleton
@DependsOn({"Migrations", "StarterNames"})
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoData {

    static final List<String> BRIEFINGS = List.of("demo/briefing-en.json", "demo/briefing-uk.json");
    private static final Logger LOG = Logger.getLogger(DemoData.class);
    private static final Caller DEMO_EDITOR = new Caller("editor", false, true, false);
    private static final Caller DEMO_ADMIN = new Caller("admin", true, true, true);
    private static final String NAMES = "demo/names.json";

    @Inject
    Contributors contributors;

    @Inject
    @ConfigProperty(name = "livebrief.demo", defaultValue = "false")
    boolean demo;

    @Inject
    Briefings briefings;

    @Inject
    Entries entries;

    @Inject
    NameImport names;

    @Inject
    NameDirectory directory;

    /** The shape of a file in {@code demo/}; {@code event} (what it covers, its place by name) may be absent. */
    public record DemoBriefing(String slug, String language, String title, String summary, String timeZone,
                               DemoEvent event, List<DemoEntry> entries) {

        /**
         * Reads a demo briefing from the class path. Here, not on the bean: an EJB's static methods draw a warning at
         * every deploy (WFLYEJB0131).
         */
        public static DemoBriefing read(String resource) {
            try (InputStream in = DemoData.class.getClassLoader().getResourceAsStream(resource);
                 var jsonb = JsonbBuilder.create()) {
                if (in == null) {
                    throw new IllegalStateException("Missing demo resource " + resource);
                }
                return jsonb.fromJson(in, DemoBriefing.class);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (Exception e) {
                throw new IllegalStateException("Cannot read demo resource " + resource, e);
            }
        }
    }

    /** The event a demo briefing covers: its place is a name, looked up in the name authority like datelines. */
    public record DemoEvent(String name, java.time.LocalDate startDate, String place) {
    }

    /**
     * One update of a demo briefing; {@code headline} may be absent, so may {@code dateline} (a place's name in the
     * briefing's language, looked up in the name authority).
     */
    public record DemoEntry(OffsetDateTime at, String author, String headline, String dateline, String body,
                            boolean keyEvent, boolean pinned) {
    }

    @PostConstruct
    void load() {
        if (!demo) {
            return;
        }
        loadNames();
        loadContributors();
        List<LiveBriefing> demos = new java.util.ArrayList<>();
        for (String resource : BRIEFINGS) {
            DemoBriefing content = DemoBriefing.read(resource);
            var existing = briefings.bySlug(content.slug());
            if (existing.isPresent()) {
                demos.add(existing.get());
                continue;
            }
            DemoEvent event = content.event();
            LiveBriefing briefing = briefings.create(new BriefingRequest(content.slug(), content.language(),
                    content.title(), content.summary(), content.timeZone(), null, null, null, null, event == null ? null
                    : new BriefingRequest.Event(event.name(), event.startDate(), place(event.place()))), DEMO_EDITOR);
            for (DemoEntry e : content.entries()) {
                entries.importPublished(briefing.id(), new EntryRequest(null, e.body(), e.keyEvent(), e.pinned(),
                                null, null, null, null, e.headline(), null, place(e.dateline())),
                        e.author(), e.at().toInstant(), DEMO_EDITOR);
            }
            LOG.infof("Demo briefing loaded: /livebrief/briefings/%s", content.slug());
            demos.add(briefing);
        }
        if (demos.size() == 2 && demos.get(0).translationGroup() == null) {
            briefings.linkTranslation(demos.get(0).id(), demos.get(1).id(), DEMO_EDITOR);
        }
    }

    /** The name authority's place of that name, or null (and a warning: the demo entry goes without a dateline). */
    private Long place(String name) {
        if (name == null) {
            return null;
        }
        var snapshot = directory.current();
        for (var match : snapshot.index().resolve(name, 5).matches()) {
            var card = snapshot.card(match.entityId());
            if (card != null && card.type() == EntityType.PLACE) {
                return match.entityId();
            }
        }
        LOG.warnf("Demo dateline %s is no place in the name authority; left out", name);
        return null;
    }

    /**
     * Byline profiles for the demo reporters and editor, so the demo pages sign entries with names, not logins; the
     * admin has none and signs as the newsroom ("Staff").
     */
    private void loadContributors() {
        List<ContributorRequest> demoContributors = List.of(
                new ContributorRequest("reporter", Map.of("en", "Olena Kovalenko", "uk", "Олена Коваленко",
                        "ru", "Елена Коваленко"), "Kyiv correspondent", null),
                new ContributorRequest("reporter2", Map.of("en", "Iryna Bondar", "uk", "Ірина Бондар",
                        "ru", "Ирина Бондарь"), "Reporter", null),
                new ContributorRequest("editor", Map.of("en", "Taras Melnyk", "uk", "Тарас Мельник",
                        "ru", "Тарас Мельник"), "Duty editor", null));
        for (ContributorRequest c : demoContributors) {
            if (contributors.byLogin(c.login()).isEmpty()) {
                contributors.create(c);
            }
        }
    }

    /**
     * The people and places of the demo briefings, registered by their Ukrainian and Russian names only, so
     * the style checker has something to say ("Zelensky" → "Zelenskiy" in the RFE/RL style). Already held
     * names count as duplicates and are left alone.
     */
    private void loadNames() {
        try (InputStream in = DemoData.class.getClassLoader().getResourceAsStream(NAMES);
             var jsonb = JsonbBuilder.create()) {
            List<NameRequest> requests = jsonb.fromJson(in,
                    new java.util.ArrayList<NameRequest>() { }.getClass().getGenericSuperclass());
            NameImport.Report report = names.all(requests, DEMO_ADMIN);
            LOG.infof("Demo names: %d registered, %d already held", report.created().size(), report.duplicates().size());
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read " + NAMES, e);
        }
    }
}
