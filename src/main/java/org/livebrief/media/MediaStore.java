package org.livebrief.media;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where renditions' bytes are kept, by file name ({@code <hash>-<width>.<extension>}): the database by default
 * ({@link DatabaseStore}), or a directory ({@link FileStore}, {@code livebrief.media.directory}). Names are
 * content-addressed, so a name once written is never written with other bytes.
 */
interface MediaStore {

    /** The only names a store takes or answers for: no path, no traversal. */
    Pattern NAME = Pattern.compile("[0-9a-f]{40}-[0-9]{1,5}\\.(jpg|png|gif)");

    /** A file's type and bytes. */
    record Stored(String contentType, byte[] bytes) {
    }

    /**
     * Writes the file unless a file of that name is there already; called inside the upload's transaction.
     *
     * @return whether this call wrote it (and {@link #forget} may remove it again)
     */
    boolean put(String name, String contentType, byte[] bytes);

    Optional<Stored> get(String name);

    /** The file's size in bytes without reading it; empty when there is no such file. */
    java.util.OptionalLong length(String name);

    /** Undoes {@link #put} of a name this upload wrote, when the upload fails after it. */
    void forget(String name);

    static String contentType(String name) {
        return name.endsWith(".jpg") ? "image/jpeg" : name.endsWith(".png") ? "image/png" : "image/gif";
    }
}
