package org.livebrief.media;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A rendition's bytes in the database ({@link DatabaseStore}). */
@Entity
@Table(name = "media_file")
class MediaFile {

    @Id
    private String name;

    @Column(name = "content_type")
    private String contentType;

    private byte[] bytes;

    @Column(name = "created_at")
    private Instant createdAt;

    protected MediaFile() {
    }

    MediaFile(String name, String contentType, byte[] bytes, Instant createdAt) {
        this.name = name;
        this.contentType = contentType;
        this.bytes = bytes;
        this.createdAt = createdAt;
    }

    MediaStore.Stored stored() {
        return new MediaStore.Stored(contentType, bytes);
    }
}
