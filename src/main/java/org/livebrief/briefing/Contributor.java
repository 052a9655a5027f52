package org.livebrief.briefing;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * A byline profile: display names per language, a role, a profile link, a picture, and the staff login it signs for.
 */
@Entity
@Table(name = "contributor")
public class Contributor {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String login;

    private String role;

    @Column(name = "profile_url")
    private String profileUrl;

    /** One of this site's own pictures ({@code /livebrief/media/…}), or null. */
    private String avatar;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "contributor_name", joinColumns = @JoinColumn(name = "contributor_id"))
    @MapKeyColumn(name = "language")
    @Column(name = "display_name", nullable = false)
    private Map<String, String> names = new TreeMap<>();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Contributor() {
    }

    Contributor(ContributorRequest.Valid valid, Instant now) {
        login = valid.login();
        apply(valid, now);
    }

    void apply(ContributorRequest.Valid valid, Instant now) {
        names.clear();
        names.putAll(valid.names());
        role = valid.role();
        profileUrl = valid.profileUrl();
        avatar = valid.avatar();
        updatedAt = now;
    }

    void avatar(String path, Instant now) {
        avatar = path;
        updatedAt = now;
    }

    public long id() {
        return id;
    }

    public String login() {
        return login;
    }

    public String role() {
        return role;
    }

    public String profileUrl() {
        return profileUrl;
    }

    public String avatar() {
        return avatar;
    }

    public Map<String, String> names() {
        return Map.copyOf(names);
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
