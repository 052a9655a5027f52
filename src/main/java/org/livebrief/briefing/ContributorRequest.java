package org.livebrief.briefing;

import jakarta.json.bind.annotation.JsonbCreator;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.livebrief.platform.Fields;

/**
 * The body of {@code POST /api/contributors} and {@code PUT /api/contributors/{id}}: display names per language
 * ({@code {"en": "Olena Kovalenko", "uk": "Олена Коваленко"}}), a role ("Kyiv correspondent"), a profile link, and
 * on creation the staff login the profile signs for (none for a contributor without an account). {@code avatar} is
 * one of this site's own pictures ({@code /livebrief/media/<hash>-<width>.<ext>}, as an upload to
 * {@code /api/media} answers), never another site's address: a reader's browser loads nothing from a third party.
 */
public record ContributorRequest(String login, Map<String, String> displayName, String role, String profileUrl,
                                 String avatar) {

    @JsonbCreator
    public ContributorRequest {
    }

    public ContributorRequest(String login, Map<String, String> displayName, String role, String profileUrl) {
        this(login, displayName, role, profileUrl, null);
    }

    static final int MAX_LANGUAGES = 30;
    static final int MAX_NAME = 200;
    static final int MAX_ROLE = 200;
    static final int MAX_URL = 2000;

    /** What the request says, checked and normalised (language tags in their canonical form). */
    record Valid(String login, Map<String, String> names, String role, String profileUrl, String avatar) {
    }

    /** Every field error at once (400), or the normalised request. */
    Valid validate() {
        Fields fields = new Fields();
        String validLogin = login == null || login.isBlank() ? null : login.strip();
        if (validLogin != null && !BriefingRequest.USER_NAME.matcher(validLogin).matches()) {
            fields.add("login", "must be a user name: 1-100 of A-Z a-z 0-9 . _ @ -");
        }
        Map<String, String> names = new TreeMap<>();
        if (displayName == null || displayName.isEmpty()) {
            fields.add("displayName", "is required: names per language, such as {\"en\": \"Olena Kovalenko\"}");
        } else if (displayName.size() > MAX_LANGUAGES) {
            fields.add("displayName", "may name at most " + MAX_LANGUAGES + " languages");
        } else {
            displayName.forEach((language, name) -> {
                String field = "displayName." + language;
                Locale locale = BriefingRequest.languageTag(field, language, fields);
                String text = fields.text(field, name, true, MAX_NAME);
                if (!locale.getLanguage().isEmpty() && names.putIfAbsent(locale.toLanguageTag(), text) != null) {
                    fields.add(field, "names a language given twice");
                }
            });
        }
        String validRole = fields.text("role", role, false, MAX_ROLE);
        String url = fields.text("profileUrl", profileUrl, false, MAX_URL);
        if (!url.isEmpty() && !isWebLink(url)) {
            fields.add("profileUrl", "must be an absolute http or https URL without user information");
        }
        String picture = fields.text("avatar", avatar, false, 120);
        if (!picture.isEmpty() && !Figures.MEDIA_URL.matcher(picture).matches()) {
            fields.add("avatar", "must be one of this site's pictures (/livebrief/media/…, the url of an upload to"
                    + " /api/media), not another address");
        }
        fields.throwIfAny();
        return new Valid(validLogin, names, validRole.isEmpty() ? null : validRole, url.isEmpty() ? null : url,
                picture.isEmpty() ? null : picture);
    }

    static boolean isWebLink(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && uri.getRawUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
