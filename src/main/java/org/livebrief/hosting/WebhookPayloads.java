package org.livebrief.hosting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.livebrief.briefing.BriefingStatus;
import org.livebrief.briefing.Change;
import org.livebrief.briefing.Entry;
import org.livebrief.briefing.EntryState;
import org.livebrief.briefing.LiveBriefing;
import org.livebrief.briefing.Syndication;
import org.livebrief.briefing.Visibility;
import org.livebrief.platform.PublicUrl;

/**
 * The webhook messages a change makes, in the Standard Webhooks shape {@code {type, timestamp, data}}. Only what the
 * public may see: a published entry of a public briefing, the tombstone of a retracted one, a closed briefing. The
 * change log records that something changed, not the state it left, so a message describes the state when the change
 * is read (shortly after its commit). {@code entry.key_event} goes out once per entry that becomes a key event (on
 * publication, or when a published entry is marked), again only after it was unmarked.
 */
@ApplicationScoped
public class WebhookPayloads {

    /** Looked up once: {@code Json.createXxx} asks the ServiceLoader for a provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    static final int MAX_TITLE = 300;

    @PersistenceContext
    EntityManager em;

    @Inject
    Syndication syndication;

    @Inject
    PublicUrl publicUrl;

    record Message(WebhookEvent event, String payload) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    List<Message> of(Change change) {
        List<Message> messages = new ArrayList<>();
        if (change.kind() == Change.Kind.BRIEFING_STATUS_CHANGED) {
            syndication.briefing(change.briefingId()).filter(b -> b.status() == BriefingStatus.CLOSED)
                    .ifPresent(b -> messages.add(message(WebhookEvent.BRIEFING_CLOSED, change, b, null)));
            return messages;
        }
        if (change.entryId() == null) {
            return messages;
        }
        Optional<Entry> found = syndication.publicByIds(List.of(change.entryId())).stream().findFirst();
        if (found.isEmpty()) {
            return messages;
        }
        Entry entry = found.get();
        LiveBriefing briefing = entry.briefing();
        switch (change.kind()) {
            case ENTRY_PUBLISHED -> {
                if (Visibility.isPublic(entry)) {
                    messages.add(message(WebhookEvent.ENTRY_PUBLISHED, change, briefing, entry));
                }
            }
            case ENTRY_CORRECTED -> {
                if (Visibility.isPublic(entry)) {
                    messages.add(message(WebhookEvent.ENTRY_CORRECTED, change, briefing, entry));
                }
            }
            case ENTRY_RETRACTED -> {
                if (Visibility.isTombstone(entry)) {
                    messages.add(message(WebhookEvent.ENTRY_RETRACTED, change, briefing, entry));
                }
            }
            default -> {
            }
        }
        if (Visibility.isPublic(entry) && keyEventAnnounced(entry)) {
            messages.add(message(WebhookEvent.KEY_EVENT, change, briefing, entry));
        }
        return messages;
    }

    /** True the first time a public entry is seen as a key event; unmarking it lets a later marking count again. */
    private boolean keyEventAnnounced(Entry entry) {
        if (!entry.keyEvent()) {
            em.createNativeQuery("DELETE FROM webhook_key_event WHERE entry_id = ?1").setParameter(1, entry.id()).executeUpdate();
            return false;
        }
        boolean known = !em.createNativeQuery("SELECT entry_id FROM webhook_key_event WHERE entry_id = ?1")
                .setParameter(1, entry.id()).getResultList().isEmpty();
        if (known) {
            return false;
        }
        em.createNativeQuery("INSERT INTO webhook_key_event (entry_id) VALUES (?1)").setParameter(1, entry.id()).executeUpdate();
        return true;
    }

    private Message message(WebhookEvent event, Change change, LiveBriefing briefing, Entry entry) {
        String page = "/livebrief/briefings/" + URLEncoder.encode(briefing.slug(), StandardCharsets.UTF_8);
        JsonObjectBuilder data = JSON.createObjectBuilder()
                .add("seq", change.seq())
                .add("briefing", JSON.createObjectBuilder()
                        .add("id", briefing.id())
                        .add("slug", briefing.slug())
                        .add("language", briefing.language())
                        .add("title", briefing.title())
                        .add("status", briefing.status().name().toLowerCase(java.util.Locale.ROOT))
                        .add("url", publicUrl.of(page)));
        if (entry != null) {
            JsonObjectBuilder about = JSON.createObjectBuilder()
                    .add("id", entry.id())
                    .add("url", publicUrl.of(page + "/entries/" + entry.id()))
                    .add("api", publicUrl.of("/livebrief/api/briefings/" + briefing.id() + "/entries/" + entry.id()))
                    .add("keyEvent", entry.keyEvent());
            if (entry.state() == EntryState.PUBLISHED) {
                String title = entry.title();
                about.add("title", title.length() > MAX_TITLE ? title.substring(0, MAX_TITLE) : title)
                        .add("publishedAt", entry.publishedAt().toString())
                        .add("updatedAt", entry.updatedAt().toString());
            } else if (entry.retractedAt() != null) {
                about.add("retractedAt", entry.retractedAt().toString());
            }
            data.add("entry", about);
        }
        String payload = JSON.createObjectBuilder()
                .add("type", event.type())
                .add("timestamp", change.occurredAt().toString())
                .add("data", data)
                .build().toString();
        return new Message(event, payload);
    }
}
