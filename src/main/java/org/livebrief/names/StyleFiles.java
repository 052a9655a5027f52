package org.livebrief.names;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads the shipped house styles: {@code names/styles/styles.json} lists their names in order, and
 * {@code names/styles/<name>.json} holds each (format in {@code docs/house-styles.md}). A file that is
 * incomplete — a spelling without a source or a date, an unknown romanization system, a rule that is not a
 * regular expression — is an error naming the file and the field, so that a broken style stops the
 * deployment instead of spelling names wrongly.
 */
final class StyleFiles {

    /** Looked up once: {@code Json.createXxx} asks the ServiceLoader for a provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    static final String DIRECTORY = "names/styles/";
    /** The size of {@code entity_name.style}, which stores a style's name. */
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,15}");
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    private StyleFiles() {
    }

    static List<HouseStyle> shipped() {
        JsonArray names = read(DIRECTORY + "styles.json").getJsonArray("styles");
        List<HouseStyle> styles = new ArrayList<>();
        for (JsonString name : names.getValuesAs(JsonString.class)) {
            String file = DIRECTORY + name.getString() + ".json";
            HouseStyle style = style(file, read(file));
            if (!style.json().equals(name.getString())) {
                throw new IllegalStateException(file + ": name must be " + name.getString());
            }
            styles.add(style);
        }
        return List.copyOf(styles);
    }

    /** One style from its JSON text, for tests of the format. */
    static HouseStyle parse(String file, String json) {
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            return style(file, reader.readObject());
        }
    }

    private static JsonObject read(String resource) {
        try (InputStream in = StyleFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing house style file " + resource);
            }
            try (JsonReader reader = JSON.createReader(in)) {
                return reader.readObject();
            }
        } catch (java.io.IOException | jakarta.json.JsonException e) {
            throw new IllegalStateException("Cannot read house style file " + resource, e);
        }
    }

    private static HouseStyle style(String file, JsonObject json) {
        Fields fields = new Fields(file);
        String name = fields.text(json, "name");
        if (!NAME.matcher(name).matches()) {
            throw fields.error("name", "must be lower-case letters, digits and hyphens, at most 16");
        }
        String outlet = fields.text(json, "outlet");
        Map<String, HouseStyle.Scheme> schemes = new LinkedHashMap<>();
        JsonObject languages = fields.object(json, "languages");
        for (String language : languages.keySet()) {
            schemes.put(language, scheme(fields.at("languages." + language), languages.getJsonObject(language), outlet));
        }
        List<HouseStyle.Spelling> spellings = spellings(fields, json, "spellings", outlet, schemes);
        List<HouseStyle.Spelling> sample = spellings(fields, json, "sample", outlet, schemes);
        return new HouseStyle(name, outlet, schemes, spellings, sample);
    }

    private static HouseStyle.Scheme scheme(Fields fields, JsonObject json, String outlet) {
        String system = fields.text(json, "system");
        Romanization romanization;
        try {
            romanization = Romanization.valueOf(system.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw fields.error("system", "must be one of " + java.util.Arrays.toString(Romanization.values()));
        }
        List<HouseStyle.Rule> rules = new ArrayList<>();
        JsonArray array = json.getJsonArray("rules");
        for (int i = 0; array != null && i < array.size(); i++) {
            Fields at = fields.at("rules[" + i + "]");
            JsonObject rule = array.getJsonObject(i);
            try {
                rules.add(new HouseStyle.Rule(Pattern.compile(at.text(rule, "find")), at.text(rule, "write", true),
                        at.text(rule, "why")));
            } catch (PatternSyntaxException e) {
                throw at.error("find", "is not a regular expression: " + e.getDescription());
            }
        }
        return new HouseStyle.Scheme(romanization, List.copyOf(rules), source(fields, json, outlet));
    }

    private static List<HouseStyle.Spelling> spellings(Fields fields, JsonObject json, String member, String outlet,
                                                       Map<String, HouseStyle.Scheme> schemes) {
        List<HouseStyle.Spelling> spellings = new ArrayList<>();
        JsonArray array = json.getJsonArray(member);
        for (int i = 0; array != null && i < array.size(); i++) {
            Fields at = fields.at(member + "[" + i + "]");
            JsonObject spelling = array.getJsonObject(i);
            String language = at.text(spelling, "language");
            if (!schemes.containsKey(language)) {
                throw at.error("language", "has no system in this style");
            }
            spellings.add(new HouseStyle.Spelling(language, at.text(spelling, "native"), at.text(spelling, "english"),
                    source(at, spelling, outlet)));
        }
        return List.copyOf(spellings);
    }

    private static HouseStyle.Source source(Fields fields, JsonObject json, String outlet) {
        Fields at = fields.at("source");
        JsonObject source = fields.object(json, "source");
        String kind = at.text(source, "kind");
        HouseStyle.SourceKind sourceKind = java.util.Arrays.stream(HouseStyle.SourceKind.values())
                .filter(k -> k.json().equals(kind)).findFirst()
                .orElseThrow(() -> at.error("kind", "must be stylebook, usage, standard or product"));
        String date = at.text(source, "date");
        if (!DATE.matcher(date).matches()) {
            throw at.error("date", "must be an ISO 8601 year, month or day (2022, 2022-03, 2022-03-29)");
        }
        String by = source.containsKey("outlet") ? at.text(source, "outlet") : outlet;
        return new HouseStyle.Source(by, sourceKind, at.text(source, "where"), date);
    }

    /** Reads required members and names the file and member of what is missing. */
    private record Fields(String path) {

        Fields at(String member) {
            return new Fields(path + (path.endsWith(".json") ? ": " : ".") + member);
        }

        String text(JsonObject json, String member) {
            return text(json, member, false);
        }

        String text(JsonObject json, String member, boolean mayBeEmpty) {
            JsonValue value = json.get(member);
            if (!(value instanceof JsonString string) || !mayBeEmpty && string.getString().isBlank()) {
                throw error(member, "is required (a string)");
            }
            return string.getString();
        }

        JsonObject object(JsonObject json, String member) {
            if (!(json.get(member) instanceof JsonObject object)) {
                throw error(member, "is required (an object)");
            }
            return object;
        }

        IllegalStateException error(String member, String message) {
            return new IllegalStateException(at(member).path + " " + message);
        }
    }
}
