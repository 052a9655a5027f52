package org.livebrief.names;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.livebrief.briefing.ScriptNames;

/**
 * The authority's spellings of names in the other script of a two-alphabet language, for pages and feeds read with
 * {@code ?script=} (issue #18, item 4). Names are found as the tagger finds them ({@link NameSpans}); a name counts
 * when it is written as registered (an inflected reading keeps the transform's output, which keeps its case ending),
 * and is replaced when the entity has a preferred name under the target tag: a surname written alone by the
 * registered surname. The snapshot is at most a second old ({@link NameDirectory#recent}).
 */
@ApplicationScoped
public class ScriptNameForms implements ScriptNames {

    @Inject
    NameDirectory directory;

    @Override
    public List<Form> in(String text, String language, String targetTag) {
        return in(directory.recent(), text, targetTag);
    }

    static List<Form> in(NameDirectory.Snapshot names, String text, String targetTag) {
        List<Form> forms = new ArrayList<>();
        for (NameSpans.Span span : NameSpans.inflected(names.index()).find(text)) {
            NameCard card = names.card(span.match().entityId());
            if (span.inflected() || card == null || Contexts.excuse(card, text, span.start(), span.end())) {
                continue;
            }
            card.spellings().stream()
                    .filter(s -> s.kind() == NameKind.NAME && s.status() == NameStatus.PREFERRED && s.style() == null
                            && targetTag.equalsIgnoreCase(s.language()))
                    .map(NameSpelling::text).findFirst()
                    .map(registered -> span.match().surnameOnly() ? NameCard.surname(registered) : registered)
                    .ifPresent(registered -> forms.add(new Form(span.start(), span.end(), registered)));
        }
        return forms;
    }
}
