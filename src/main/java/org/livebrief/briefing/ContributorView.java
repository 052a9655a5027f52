package org.livebrief.briefing;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.Map;

/** A byline profile as the API shows it to staff. */
@JsonbPropertyOrder({"id", "login", "displayName", "role", "profileUrl", "avatar", "updatedAt", "version"})
public record ContributorView(long id, String login, Map<String, String> displayName, String role, String profileUrl,
                              String avatar, Instant updatedAt, long version) {

    public static ContributorView of(Contributor c) {
        return new ContributorView(c.id(), c.login(), new java.util.TreeMap<>(c.names()), c.role(), c.profileUrl(),
                c.avatar(), c.updatedAt(), c.version());
    }
}
