package org.livebrief.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Renditions as rows of {@code media_file}: written in the upload's transaction, so a failed upload leaves none. */
@ApplicationScoped
class DatabaseStore implements MediaStore {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    public boolean put(String name, String contentType, byte[] bytes) {
        if (em.find(MediaFile.class, name) != null) {
            return false;
        }
        em.persist(new MediaFile(name, contentType, bytes, clock.instant()));
        return true;
    }

    @Override
    public Optional<Stored> get(String name) {
        return Optional.ofNullable(em.find(MediaFile.class, name)).map(MediaFile::stored);
    }

    @Override
    public java.util.OptionalLong length(String name) {
        // OCTET_LENGTH is in H2 and PostgreSQL alike; the bytes themselves stay in the database.
        List<?> rows = em.createNativeQuery("SELECT OCTET_LENGTH(bytes) FROM media_file WHERE name = ?1")
                .setParameter(1, name).getResultList();
        return rows.isEmpty() ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(((Number) rows.get(0)).longValue());
    }

    @Override
    public void forget(String name) {
        // The transaction's rollback removes the row.
    }
}
