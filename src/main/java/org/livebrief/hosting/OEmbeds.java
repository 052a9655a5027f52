package org.livebrief.hosting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.livebrief.briefing.Briefings;
import org.livebrief.briefing.Entry;
import org.livebrief.briefing.LiveBriefing;
import org.livebrief.briefing.Syndication;
import org.livebrief.briefing.Visibility;
import org.livebrief.platform.CachePolicy;
import org.livebrief.platform.PublicUrl;

/** The oEmbed answer for a target, if it is public: a live or closed briefing, a published entry of one. */
@ApplicationScoped
public class OEmbeds {

    static final String SCRIPT = "/livebrief/live/embed.js";

    @Inject
    Briefings briefings;

    @Inject
    Syndication syndication;

    @Inject
    PublicUrl publicUrl;

    @Transactional
    Optional<OEmbed> find(OEmbedTarget target) {
        Optional<LiveBriefing> briefing = briefings.findPublic(target.slug());
        if (briefing.isEmpty()) {
            return Optional.empty();
        }
        String page = publicUrl.of("/livebrief/briefings/" + URLEncoder.encode(target.slug(), StandardCharsets.UTF_8));
        String script = publicUrl.of(SCRIPT);
        if (target.entryId() == null) {
            return Optional.of(new OEmbed(page, briefing.get().title(), script, false,
                    List.of(CachePolicy.briefing(briefing.get().id()))));
        }
        long briefingId = briefing.get().id();
        List<Entry> found = syndication.publicByIds(List.of(target.entryId()));
        return found.stream().filter(e -> e.briefing().id() == briefingId && Visibility.isPublic(e)).findFirst()
                .map(e -> new OEmbed(page + "/entries/" + e.id(), e.title(), script, true,
                        List.of(CachePolicy.briefing(briefingId), CachePolicy.entry(e.id()))));
    }
}
