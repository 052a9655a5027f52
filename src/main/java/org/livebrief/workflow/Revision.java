package org.livebrief.workflow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One Envers revision: a committed transaction that changed audited content, and who made it. */
@Entity
@Table(name = "revinfo")
@RevisionEntity(RevisionUser.class)
public class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    @Column(name = "rev")
    private long id;

    @RevisionTimestamp
    @Column(name = "revtstmp", nullable = false)
    private long timestamp;

    @Column(name = "username")
    private String username;

    public long id() {
        return id;
    }

    public long timestamp() {
        return timestamp;
    }

    public String username() {
        return username;
    }

    void setUsername(String username) {
        this.username = username;
    }
}
