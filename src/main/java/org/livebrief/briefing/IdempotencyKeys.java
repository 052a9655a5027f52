package org.livebrief.briefing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Table;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import org.livebrief.platform.Caller;
import org.livebrief.platform.Problem;
import org.livebrief.platform.ProblemException;

/**
 * {@code Idempotency-Key} on {@code POST …/entries}: a retried post (same key, same caller, same body)
 * answers with the entry it already created; the same key with another body is refused (422). The key is
 * stored in the transaction that creates the entry, so a crash cannot separate them.
 */
@ApplicationScoped
public class IdempotencyKeys {

    static final int MAX_KEY_LENGTH = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Entries entries;

    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "briefing_id")
        long briefingId;
        @Column(name = "caller")
        String caller;
        @Column(name = "idem_key")
        String key;

        protected Key() {
        }

        Key(long briefingId, String caller, String key) {
            this.briefingId = briefingId;
            this.caller = caller;
            this.key = key;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.briefingId == briefingId && k.caller.equals(caller) && k.key.equals(key);
        }

        @Override
        public int hashCode() {
            return Objects.hash(briefingId, caller, key);
        }
    }

    @Entity
    @Table(name = "idempotency_key")
    public static class Stored {
        @EmbeddedId
        Key id;
        @Column(name = "request_hash", nullable = false)
        String requestHash;
        @Column(name = "entry_id", nullable = false)
        long entryId;
        @Column(name = "created_at", nullable = false)
        Instant createdAt;
    }

    /** The result of a post: the entry, and whether this request created it or repeated an earlier one. */
    public record Posted(Entry entry, boolean replayed) {
    }

    @Transactional
    public Posted post(long briefingId, String key, EntryRequest request, Caller caller) {
        return post(briefingId, key, request, request, caller);
    }

    /**
     * Posts {@code completed} (the request as sent with what Livebrief added, such as embed titles) under the key of
     * the request as {@code sent}: a retry is the same request even when a provider answers differently the second time.
     */
    @Transactional
    public Posted post(long briefingId, String key, EntryRequest sent, EntryRequest completed, Caller caller) {
        EntryRequest request = completed;
        if (key == null) {
            return new Posted(entries.post(briefingId, request, caller), false);
        }
        checkKey(key);
        String hash = hash(sent);
        Optional<Posted> earlier = earlier(briefingId, key, hash, caller);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Entry entry = entries.post(briefingId, request, caller);
        Stored stored = new Stored();
        stored.id = new Key(briefingId, caller.name(), key);
        stored.requestHash = hash;
        stored.entryId = entry.id();
        stored.createdAt = clock.instant();
        em.persist(stored);
        return new Posted(entry, false);
    }

    static void checkKey(String key) {
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw ProblemException.invalid("Idempotency-Key", "must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
    }

    /** After a lost race on the same key: the winner's entry. */
    public Optional<Posted> earlier(long briefingId, String key, EntryRequest request, Caller caller) {
        return key == null ? Optional.empty() : earlier(briefingId, key, hash(request), caller);
    }

    private Optional<Posted> earlier(long briefingId, String key, String hash, Caller caller) {
        Stored stored = em.find(Stored.class, new Key(briefingId, caller.name(), key));
        if (stored == null) {
            return Optional.empty();
        }
        if (!stored.requestHash.equals(hash)) {
            throw new ProblemException(Problem.of(422, "idempotency-key-reused", "Unprocessable request",
                    "This Idempotency-Key was used for a different request"));
        }
        return Optional.of(new Posted(entries.find(briefingId, stored.entryId, caller), true));
    }

    static String hash(EntryRequest request) {
        String canonical = String.join("\u0000", String.valueOf(request.body()), String.valueOf(request.keyEvent()),
                String.valueOf(request.pinned()), String.valueOf(request.publishAt()),
                String.valueOf(request.translationOf()));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
