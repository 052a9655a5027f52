package org.livebrief;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The architecture of docs/architecture.md, enforced: the allowed direction of dependencies between the
 * feature packages, no cycle among them, and one owner per table — no feature queries another feature's
 * tables or entities (native SQL, JPQL or {@code EntityManager.find}); it asks the owner's public classes.
 */
class ArchitectureTest {

    /** Each table of the migrations, and the package that alone may read or write it. */
    static final Map<String, String> TABLE_OWNERS = Map.ofEntries(
            Map.entry("live_briefing", "briefing"), Map.entry("briefing_entry", "briefing"),
            Map.entry("entry_correction", "briefing"), Map.entry("change_log", "briefing"),
            Map.entry("idempotency_key", "briefing"), Map.entry("contributor", "briefing"),
            Map.entry("contributor_name", "briefing"), Map.entry("entry_contributor", "briefing"),
            Map.entry("entry_source_change", "briefing"),
            Map.entry("revinfo", "workflow"), Map.entry("live_briefing_aud", "workflow"),
            Map.entry("briefing_entry_aud", "workflow"),
            Map.entry("name_entity", "names"), Map.entry("entity_name", "names"), Map.entry("entity_relation", "names"),
            Map.entry("name_context", "names"), Map.entry("name_dataset", "names"), Map.entry("entry_mention", "names"),
            Map.entry("websub_cursor", "feeds"), Map.entry("websub_ping", "feeds"), Map.entry("websub_seen", "feeds"),
            Map.entry("feed_archive_page", "feeds"), Map.entry("feed_archive_entry", "feeds"),
            Map.entry("api_token", "security"),
            Map.entry("media_image", "media"), Map.entry("media_file", "media"),
            Map.entry("webhook_endpoint", "hosting"), Map.entry("webhook_cursor", "hosting"),
            Map.entry("webhook_seen", "hosting"), Map.entry("webhook_key_event", "hosting"),
            Map.entry("webhook_delivery", "hosting"), Map.entry("cdn_cursor", "hosting"),
            Map.entry("search_index_state", "search"), Map.entry("search_cursor", "search"),
            Map.entry("change_removed_mention", "names"), Map.entry("name_authority", "names"));

    static final Path MAIN = Path.of("src/main/java/org/livebrief");
    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    static final Pattern STRING = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);
    static final Pattern CREATE_TABLE = Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)");

    static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.livebrief");
    }

    @Test
    void featurePackagesFormNoCycle() {
        slices().matching("org.livebrief.(*)..").should().beFreeOfCycles().check(main);
    }

    @Test
    void dependenciesPointOneWay() {
        Architectures.layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("platform").definedBy("org.livebrief.platform..")
                .layer("embeds").definedBy("org.livebrief.embeds..")
                .layer("security").definedBy("org.livebrief.security..")
                .layer("briefing").definedBy("org.livebrief.briefing..")
                .layer("workflow").definedBy("org.livebrief.workflow..")
                .layer("names").definedBy("org.livebrief.names..")
                .layer("search").definedBy("org.livebrief.search..")
                .layer("feeds").definedBy("org.livebrief.feeds..")
                .layer("live").definedBy("org.livebrief.live..")
                .layer("media").definedBy("org.livebrief.media..")
                .layer("demo").definedBy("org.livebrief.demo..")
                .layer("hosting").definedBy("org.livebrief.hosting..")
                .whereLayer("demo").mayNotBeAccessedByAnyLayer()
                .whereLayer("hosting").mayNotBeAccessedByAnyLayer()
                .whereLayer("embeds").mayOnlyBeAccessedByLayers("security", "briefing", "demo")
                .whereLayer("media").mayOnlyBeAccessedByLayers("demo")
                .whereLayer("security").mayOnlyBeAccessedByLayers("briefing", "workflow", "names", "search", "feeds",
                        "live", "media", "demo")
                .whereLayer("search").mayOnlyBeAccessedByLayers("demo")
                .whereLayer("feeds").mayOnlyBeAccessedByLayers("demo")
                .whereLayer("live").mayOnlyBeAccessedByLayers("demo")
                .whereLayer("workflow").mayOnlyBeAccessedByLayers("live", "demo")
                .whereLayer("names").mayOnlyBeAccessedByLayers("search", "feeds", "demo", "hosting")
                .whereLayer("briefing").mayOnlyBeAccessedByLayers("workflow", "names", "search", "feeds", "live", "media",
                        "demo", "hosting")
                .check(main);
    }

    @Test
    void platformIsTheGroundFloor() {
        noClasses().that().resideInAPackage("org.livebrief.platform..")
                .should().dependOnClassesThat().resideInAnyPackage("org.livebrief.security..",
                        "org.livebrief.briefing..", "org.livebrief.workflow..",
                        "org.livebrief.names..", "org.livebrief.search..", "org.livebrief.feeds..", "org.livebrief.live..",
                        "org.livebrief.media..", "org.livebrief.embeds..", "org.livebrief.demo..", "org.livebrief.hosting..")
                .check(main);
    }

    /**
     * Background work runs on {@code platform.Threads}: the deployment's own pools, one per kind of work, every task
     * guarded against leaving a transaction on its thread. Never on the server's default executors, which every
     * deployment shares (the stop 17 stalls on PostgreSQL, in {@code Threads}' documentation).
     */
    @Test
    void backgroundWorkRunsOnLivebriefsOwnThreads() {
        noClasses().that().doNotHaveFullyQualifiedName("org.livebrief.platform.Threads")
                .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.enterprise.concurrent.ManagedExecutorService")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.enterprise.concurrent.ManagedScheduledExecutorService")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.enterprise.concurrent.ManagedThreadFactory")
                .orShould().callConstructorWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                        com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                                com.tngtech.archunit.base.DescribedPredicate.describe("Thread",
                                        (com.tngtech.archunit.core.domain.JavaClass c) -> c.isAssignableTo(Thread.class)))))
                .because("the server's default executors are shared by every deployment: see platform.Threads")
                .check(main);
    }

    /**
     * {@code jakarta.json.Json}'s factory methods look the provider up through the ServiceLoader on every call: on the
     * reader page, which builds its JSON-LD entry by entry, that lookup was 16 % of the CPU (stop 18, JFR). A class
     * that writes JSON keeps one {@code JsonProvider} instead.
     */
    @Test
    void jsonIsWrittenThroughAProviderLookedUpOnce() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("jakarta.json.Json")
                .because("Json.createXxx asks the ServiceLoader for a provider on every call; keep a JsonProvider")
                .check(main);
    }

    @Test
    void everyClassBelongsToAKnownFeature() {
        classes().should().resideInAnyPackage("org.livebrief.platform..", "org.livebrief.security..",
                        "org.livebrief.briefing..",
                        "org.livebrief.workflow..", "org.livebrief.names..", "org.livebrief.search..",
                        "org.livebrief.feeds..", "org.livebrief.live..", "org.livebrief.media..", "org.livebrief.embeds..",
                        "org.livebrief.demo..", "org.livebrief.hosting..")
                .because("a new package needs its place in the layers above and in docs/architecture.md")
                .check(main);
    }

    @Test
    void everyTableHasOneOwner() throws IOException {
        List<String> tables = new ArrayList<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.toList()) {
                Matcher m = CREATE_TABLE.matcher(Files.readString(file));
                while (m.find()) {
                    tables.add(m.group(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        assertThat(tables).isNotEmpty();
        assertThat(TABLE_OWNERS.keySet()).as("tables of the migrations, each with its owner")
                .containsExactlyInAnyOrderElementsOf(tables);
    }

    /** Native SQL and JPQL name tables and entities; only their owner's code may name them in a string. */
    @Test
    void noFeatureQueriesAnotherFeaturesTables() {
        Map<String, String> entityOwners = new TreeMap<>();
        main.stream().filter(c -> c.isAnnotatedWith(Entity.class))
                .forEach(c -> entityOwners.put(entityName(c.reflect()), feature(c.getPackageName())));
        assertThat(entityOwners).containsKeys("Entry", "LiveBriefing", "Change", "NameEntity", "EntryMention", "Revision");

        List<String> violations = new ArrayList<>();
        forEachSource((feature, file, text) -> {
            Matcher literal = STRING.matcher(text);
            while (literal.find()) {
                String s = literal.group(1) != null ? literal.group(1) : literal.group(2);
                TABLE_OWNERS.forEach((table, owner) -> {
                    if (!owner.equals(feature) && Pattern.compile("(?i)\\b" + table + "\\b").matcher(s).find()) {
                        violations.add(file + ": table " + table + " of " + owner + " in \"" + s.strip() + "\"");
                    }
                });
                entityOwners.forEach((entity, owner) -> {
                    if (!owner.equals(feature)
                            && Pattern.compile("(?i)\\b(from|join|update)\\s+" + entity + "\\b").matcher(s).find()) {
                        violations.add(file + ": entity " + entity + " of " + owner + " in \"" + s.strip() + "\"");
                    }
                });
            }
            entityOwners.forEach((entity, owner) -> {
                if (!owner.equals(feature)
                        && Pattern.compile("\\.(find|getReference|lock|refresh)\\(\\s*" + entity + "\\.class").matcher(text).find()) {
                    violations.add(file + ": EntityManager lookup of " + entity + " of " + owner);
                }
            });
        });
        assertThat(violations).as("queries of another feature's tables: ask the owner's public classes").isEmpty();
    }

    /** The rule above sees what it must: a query in the wrong package is a violation. */
    @Test
    void theOwnershipScanFindsQueriesInStrings() {
        Matcher literal = STRING.matcher("em.createNativeQuery(\"select rev from revinfo\"); q(\"\"\"\n select 1 from change_log\"\"\");");
        List<String> found = new ArrayList<>();
        while (literal.find()) {
            found.add(literal.group(1) != null ? literal.group(1) : literal.group(2));
        }
        assertThat(found).containsExactly("select rev from revinfo", "\n select 1 from change_log");
    }

    interface SourceVisitor {
        void visit(String feature, Path file, String text);
    }

    static void forEachSource(SourceVisitor visitor) {
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String feature = MAIN.relativize(file).getName(0).toString();
                visitor.visit(feature, file, Files.readString(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String feature(String packageName) {
        String rest = packageName.substring("org.livebrief.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    static String entityName(Class<?> type) {
        Entity entity = type.getAnnotation(Entity.class);
        return entity.name().isEmpty() ? type.getSimpleName() : entity.name();
    }
}
