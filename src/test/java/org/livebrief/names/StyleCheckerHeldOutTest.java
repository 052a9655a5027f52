package org.livebrief.names;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Ordinary text in each language, checked against the product's own name data (the starter places and the
 * demo people and places): the demo briefings, the UI message bundles, the shared seed articles and the
 * sentences of the tagging tests. Their names are spelled as the house writes them, so every finding is a
 * false alarm. The texts were written for other purposes; none was tuned for here.
 */
class StyleCheckerHeldOutTest {

    static final NameDirectory.Snapshot NAMES = StyleCheckerTest.snapshot(cards());

    static List<NameCard> cards() {
        List<NameRequest> requests = new ArrayList<>(StarterNames.read());
        requests.addAll(read("demo/names.json"));
        List<NameCard> cards = new ArrayList<>();
        java.util.Set<String> held = new java.util.HashSet<>();
        for (NameRequest request : requests) {
            NameRequest.Valid valid = request.validate();
            // As registering does: a demo place the starter data already holds is that entity (409), not a second one.
            if (!held.add(valid.type() + ":" + valid.names().get("uk"))) {
                continue;
            }
            List<NameSpelling> spellings = new ArrayList<>();
            valid.names().forEach((language, text) -> spellings.add(NameSpelling.name(language, text)));
            spellings.addAll(valid.variants());
            cards.add(new NameCard(cards.size() + 1, valid.type(), spellings, valid.contexts()));
        }
        return cards;
    }

    @Test
    void ukrainianTextHasNoFindings() throws IOException {
        List<String> texts = new ArrayList<>(briefing("demo/briefing-uk.json"));
        texts.addAll(bundle("i18n/messages_uk.properties"));
        texts.addAll(List.of("Зеленського зустріли в Києві; Зеленському дякували в Харкові, Миколаєві та Запоріжжі.",
                "Заява Володимира Зеленського з Києва.", "Разом із Зеленським.", "У Харкові, не в Херсоні.",
                "київський торт"));
        assertThat(falseAlarms(texts, "uk")).isEmpty();
    }

    @Test
    void russianTextHasNoFindings() throws IOException {
        List<String> texts = new ArrayList<>(bundle("i18n/messages_ru.properties"));
        texts.add("Из Москвы в Москве говорили о Зеленском и Зеленского.");
        assertThat(falseAlarms(texts, "ru")).isEmpty();
    }

    @Test
    void englishTextHasNoFindings() throws IOException {
        List<String> texts = new ArrayList<>(briefing("demo/briefing-en.json"));
        texts.addAll(bundle("i18n/messages.properties"));
        Path seeds = Path.of("/work/shared/seeds");
        if (Files.isDirectory(seeds)) {
            try (Stream<Path> files = Files.list(seeds)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    texts.add(Files.readString(file));
                }
            }
        }
        assertThat(falseAlarms(texts, "en")).isEmpty();
    }

    private static List<String> falseAlarms(List<String> texts, String language) {
        List<String> alarms = new ArrayList<>();
        for (String text : texts) {
            for (StyleChecker.Finding f : StyleCheckerTest.checkIn(NAMES, text, language)) {
                alarms.add(f.found() + " → " + f.preferred());
            }
        }
        return alarms;
    }

    private static List<String> briefing(String resource) throws IOException {
        try (InputStream in = resource(resource); JsonReader reader = Json.createReader(in)) {
            JsonObject briefing = reader.readObject();
            List<String> texts = new ArrayList<>(List.of(briefing.getString("title"), briefing.getString("summary")));
            JsonArray entries = briefing.getJsonArray("entries");
            entries.getValuesAs(JsonObject.class).forEach(e -> texts.add(Tagger.plainText(e.getString("body"))));
            return texts;
        }
    }

    private static List<String> bundle(String path) throws IOException {
        Properties messages = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of(path), StandardCharsets.UTF_8)) {
            messages.load(in);
        }
        return messages.values().stream().map(String::valueOf).sorted().toList();
    }

    private static List<NameRequest> read(String resource) {
        Type listOfRequests = new ArrayList<NameRequest>() { }.getClass().getGenericSuperclass();
        try (InputStream in = resource(resource); var jsonb = JsonbBuilder.create()) {
            return jsonb.fromJson(in, listOfRequests);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read " + resource, e);
        }
    }

    private static InputStream resource(String name) {
        return StyleCheckerHeldOutTest.class.getClassLoader().getResourceAsStream(name);
    }
}
