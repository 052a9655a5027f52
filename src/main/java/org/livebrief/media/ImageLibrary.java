package org.livebrief.media;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.livebrief.briefing.Briefings;
import org.livebrief.briefing.MediaLengths;
import org.livebrief.platform.Caller;
import org.livebrief.platform.ETags;
import org.livebrief.platform.ProblemException;

/**
 * Each briefing's images: stored once checked ({@link Uploads} makes the renditions outside any transaction, this
 * stores them in one), listed, described, read. An image is seen by whoever may see its briefing; its files are
 * public by their unguessable names, like a published page's.
 */
@ApplicationScoped
public class ImageLibrary implements MediaLengths {

    static final int MAX_LISTED = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Briefings briefings;

    @Inject
    DatabaseStore database;

    private MediaStore store;

    @PostConstruct
    void chooseStore() {
        MediaSettings settings = MediaSettings.current();
        store = settings.directory() == null ? database : new FileStore(settings.directory());
    }

    /** 404 unless the caller may see the briefing: checked before an upload's body is read. */
    @Transactional
    public void requireBriefing(long briefingId, Caller caller) {
        briefings.find(briefingId, caller);
    }

    /** The stored image: a new one, or the one this briefing already holds with the same picture. */
    @Transactional
    public Saved save(long briefingId, Renditions.Processed processed, ImageText text, Caller caller) {
        briefings.find(briefingId, caller);
        Optional<Image> same = em.createQuery(
                        "select i from MediaImage i where i.briefingId = :b and i.hash = :h", Image.class)
                .setParameter("b", briefingId).setParameter("h", processed.hash()).getResultStream().findFirst();
        if (same.isPresent()) {
            return new Saved(same.get(), false);
        }
        List<String> written = new ArrayList<>();
        try {
            for (Renditions.Rendition r : processed.renditions()) {
                String name = processed.name(r);
                if (store.put(name, r.contentType(), r.bytes())) {
                    written.add(name);
                }
            }
            Image image = new Image(briefingId, processed, text, caller.name(), clock.instant());
            em.persist(image);
            em.flush();
            return new Saved(image, true);
        } catch (RuntimeException e) {
            written.forEach(store::forget);
            throw e;
        }
    }

    /** Stores an image's renditions outside any library; the path of the narrowest. */
    @Transactional
    public String storeFiles(Renditions.Processed processed) {
        Renditions.Rendition narrowest = processed.renditions().get(0);
        for (Renditions.Rendition r : processed.renditions()) {
            store.put(processed.name(r), r.contentType(), r.bytes());
            if (r.width() < narrowest.width()) {
                narrowest = r;
            }
        }
        return ImageView.BASE + processed.name(narrowest);
    }

    /** An image and whether this upload made it (or found it already in the library). */
    public record Saved(Image image, boolean created) {
    }

    /** The briefing's images, newest first, {@code before} an id. */
    @Transactional
    public List<Image> list(long briefingId, Long before, int limit, Caller caller) {
        briefings.find(briefingId, caller);
        return em.createQuery("select i from MediaImage i where i.briefingId = :b and i.id < :before order by i.id desc",
                        Image.class)
                .setParameter("b", briefingId).setParameter("before", before == null ? Long.MAX_VALUE : before)
                .setMaxResults(Math.min(limit, MAX_LISTED)).getResultList();
    }

    @Transactional
    public Image find(long id, Caller caller) {
        Image image = em.find(Image.class, id);
        if (image == null) {
            throw ProblemException.notFound("Image", id);
        }
        try {
            briefings.find(image.briefingId(), caller);
        } catch (ProblemException hidden) {
            throw ProblemException.notFound("Image", id);
        }
        return image;
    }

    @Transactional
    public Image describe(long id, ImageText text, String ifMatch, Caller caller) {
        Image image = find(id, caller);
        ETags.require(ifMatch, image.version());
        image.describe(text.validated());
        em.flush();
        return image;
    }

    /** For the feeds' enclosures: a rendition's size, by its path on this site. */
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public OptionalLong length(String path) {
        String name = path.startsWith(ImageView.BASE) ? path.substring(ImageView.BASE.length()) : "";
        return MediaStore.NAME.matcher(name).matches() ? store.length(name) : OptionalLong.empty();
    }

    /** A rendition's type and bytes, by its file name; empty for a name that is not one. */
    @Transactional
    public Optional<MediaStore.Stored> file(String name) {
        return MediaStore.NAME.matcher(name).matches() ? store.get(name) : Optional.empty();
    }
}
