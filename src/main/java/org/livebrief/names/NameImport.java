package org.livebrief.names;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.livebrief.platform.Caller;
import org.livebrief.platform.ProblemException;

/**
 * Bulk import for admins: each entity is registered in its own transaction, so one duplicate or invalid
 * row does not stop the rest; the report lists what happened to every row (numbered from 1).
 *
 * <p>CSV: a header row naming the columns: {@code type}, one column per language tag (uk, ru, en …),
 * and optionally {@code variants} and {@code historical}, each a list separated by {@code ;}. A
 * historical name may end in {@code /YYYY-MM-DD}, the day it stopped being the name.
 */
@ApplicationScoped
public class NameImport {

    @Inject
    Names names;

    public record Report(List<Row> created, List<Row> duplicates, List<Row> errors) {
    }

    public record Row(int row, Long id, String detail) {
    }

    public Report all(List<NameRequest> requests, Caller caller) {
        Report report = new Report(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < requests.size(); i++) {
            if (requests.get(i) == null) {
                report.errors().add(new Row(i + 1, null, "must be an object"));
                continue;
            }
            try {
                long id = names.register(requests.get(i), caller).id();
                report.created().add(new Row(i + 1, id, null));
            } catch (ProblemException e) {
                Object existing = e.problem().extensions().get("existingId");
                if (existing instanceof Number n) {
                    report.duplicates().add(new Row(i + 1, n.longValue(), e.problem().detail()));
                } else {
                    report.errors().add(new Row(i + 1, null, e.getMessage()));
                }
            }
        }
        return report;
    }

    static List<NameRequest> fromCsv(String csv) {
        List<List<String>> rows = Csv.parse(csv);
        if (rows.isEmpty()) {
            throw ProblemException.invalid("body", "CSV needs a header row");
        }
        List<String> header = rows.get(0).stream().map(String::strip).toList();
        if (!header.contains("type")) {
            throw ProblemException.invalid("body", "the CSV header needs a type column");
        }
        List<NameRequest> requests = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            requests.add(request(header, row));
        }
        return requests;
    }

    private static NameRequest request(List<String> header, List<String> row) {
        String type = null;
        Map<String, String> byLanguage = new LinkedHashMap<>();
        List<NameRequest.Variant> variants = new ArrayList<>();
        for (int c = 0; c < header.size() && c < row.size(); c++) {
            String value = row.get(c).strip();
            switch (header.get(c)) {
                case "type" -> type = value;
                case "variants" -> split(value).forEach(v -> variants.add(variant(v, "variant")));
                case "historical" -> split(value).forEach(v -> variants.add(variant(v, "historical")));
                default -> {
                    if (!value.isEmpty()) {
                        byLanguage.put(header.get(c), value);
                    }
                }
            }
        }
        return new NameRequest(type, byLanguage, variants, false, null, null);
    }

    private static List<String> split(String list) {
        return java.util.Arrays.stream(list.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static NameRequest.Variant variant(String value, String kind) {
        int slash = value.lastIndexOf('/');
        LocalDate until = null;
        String text = value;
        if (slash > 0) {
            try {
                until = LocalDate.parse(value.substring(slash + 1).strip());
                text = value.substring(0, slash).strip();
            } catch (DateTimeParseException e) {
                until = null;
            }
        }
        return new NameRequest.Variant(text, null, null, kind, null, null, until);
    }
}
