package org.livebrief.embeds;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The major providers Livebrief knows by heart: which hosts are theirs, which paths name one post or video, and the
 * player address each offers for it. Every player address is built here from ids that match a strict pattern, so
 * nothing an author types reaches a reader's browser but those ids.
 */
public enum Provider {

    YOUTUBE("youtube", "YouTube", "https://www.youtube-nocookie.com", "https://www.youtube.com/oembed",
            "youtube.com", "www.youtube.com", "m.youtube.com", "youtu.be") {
        private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{11}");
        private static final Pattern SHORT = Pattern.compile("/(" + ID.pattern() + ")/?");
        private static final Pattern PATH = Pattern.compile("/(?:shorts|embed|live|v)/(" + ID.pattern() + ")/?");

        @Override
        Embed embed(String host, String path, String query) throws EmbedRefused {
            String id = host.equals("youtu.be") ? group(SHORT, path)
                    : path.equals("/watch") ? Optional.ofNullable(parameter(query, "v")).filter(v -> ID.matcher(v).matches()).orElse(null)
                    : group(PATH, path);
            return id == null ? refuse("a YouTube video address (youtube.com/watch?v=…, youtu.be/…, /shorts/…)")
                    : embed("https://www.youtube.com/watch?v=" + id, frameOrigin + "/embed/" + id);
        }
    },
    VIMEO("vimeo", "Vimeo", "https://player.vimeo.com", "https://vimeo.com/api/oembed.json",
            "vimeo.com", "www.vimeo.com", "player.vimeo.com") {
        private static final Pattern PATH = Pattern.compile("/(?:video/|channels/[A-Za-z0-9_-]{1,64}/)?([0-9]{1,12})/?");

        @Override
        Embed embed(String host, String path, String query) throws EmbedRefused {
            String id = group(PATH, path);
            return id == null ? refuse("a Vimeo video address (vimeo.com/123456)")
                    : embed("https://vimeo.com/" + id, frameOrigin + "/video/" + id + "?dnt=1");
        }
    },
    X("x", "X", "https://platform.twitter.com", "https://publish.twitter.com/oembed",
            "x.com", "www.x.com", "mobile.x.com", "twitter.com", "www.twitter.com", "mobile.twitter.com") {
        private static final Pattern PATH = Pattern.compile("/([A-Za-z0-9_]{1,15})/status(?:es)?/([0-9]{1,20})(?:/(?:photo|video)/[1-4])?/?");

        @Override
        Embed embed(String host, String path, String query) throws EmbedRefused {
            Matcher m = PATH.matcher(path);
            return !m.matches() ? refuse("a post's address (x.com/name/status/123…)")
                    : embed("https://x.com/" + m.group(1) + "/status/" + m.group(2),
                            frameOrigin + "/embed/Tweet.html?id=" + m.group(2) + "&dnt=true");
        }
    },
    TELEGRAM("telegram", "Telegram", "https://t.me", null, "t.me", "telegram.me") {
        private static final Pattern PATH = Pattern.compile("/(?:s/)?([A-Za-z][A-Za-z0-9_]{3,31})/([0-9]{1,12})/?");

        @Override
        Embed embed(String host, String path, String query) throws EmbedRefused {
            Matcher m = PATH.matcher(path);
            String url = "https://t.me/" + (m.matches() ? m.group(1) + "/" + m.group(2) : "");
            return !m.matches() ? refuse("a public channel post's address (t.me/channel/123)") : embed(url, url + "?embed=1");
        }
    },
    INSTAGRAM("instagram", "Instagram", "https://www.instagram.com", null, "instagram.com", "www.instagram.com") {
        private static final Pattern PATH = Pattern.compile("/(?:[A-Za-z0-9_.]{1,30}/)?(p|reel|tv)/([A-Za-z0-9_-]{5,40})/?");

        @Override
        Embed embed(String host, String path, String query) throws EmbedRefused {
            Matcher m = PATH.matcher(path);
            String url = m.matches() ? "https://www.instagram.com/" + m.group(1) + "/" + m.group(2) + "/" : "";
            return !m.matches() ? refuse("a post's or reel's address (instagram.com/p/…, /reel/…)") : embed(url, url + "embed/");
        }
    },
    FACEBOOK("facebook", "Facebook", "https://www.facebook.com", null,
            "facebook.com", "www.facebook.com", "m.facebook.com", "web.facebook.com") {
        private static final Pattern PATH = Pattern.compile("/([A-Za-z0-9.-]{1,80})/(posts|videos)/([A-Za-z0-9]{1,80})/?");
        private static final Pattern ID = Pattern.compile("[0-9]{1,25}");

        @Override
        Embed embed(String host, String path, String query) throws EmbedRefused {
            Matcher m = PATH.matcher(path);
            if (m.matches()) {
                String url = "https://www.facebook.com/" + m.group(1) + "/" + m.group(2) + "/" + m.group(3) + "/";
                return embed(url, plugin(m.group(2).equals("posts") ? "post" : "video", url));
            }
            String video = path.matches("/watch/?") ? parameter(query, "v") : null;
            if (video != null && ID.matcher(video).matches()) {
                String url = "https://www.facebook.com/watch/?v=" + video;
                return embed(url, plugin("video", url));
            }
            return refuse("a post's or video's address (facebook.com/page/posts/…, /videos/…, /watch/?v=…)");
        }

        private String plugin(String kind, String url) {
            return frameOrigin + "/plugins/" + kind + ".php?href=" + URLEncoder.encode(url, StandardCharsets.UTF_8);
        }
    },
    TIKTOK("tiktok", "TikTok", "https://www.tiktok.com", "https://www.tiktok.com/oembed",
            "tiktok.com", "www.tiktok.com", "m.tiktok.com") {
        private static final Pattern PATH = Pattern.compile("/@([A-Za-z0-9_.]{1,40})/video/([0-9]{1,25})/?");

        @Override
        Embed embed(String host, String path, String query) throws EmbedRefused {
            Matcher m = PATH.matcher(path);
            return !m.matches() ? refuse("a video's address (tiktok.com/@name/video/123…)")
                    : embed("https://www.tiktok.com/@" + m.group(1) + "/video/" + m.group(2), frameOrigin + "/embed/v2/" + m.group(2));
        }
    },
    SOUNDCLOUD("soundcloud", "SoundCloud", "https://w.soundcloud.com", "https://soundcloud.com/oembed",
            "soundcloud.com", "www.soundcloud.com", "m.soundcloud.com") {
        private static final Pattern PATH = Pattern.compile("/([A-Za-z0-9_-]{1,64})/((?:sets/)?[A-Za-z0-9_-]{1,128})/?");
        private static final Set<String> NOT_TRACKS = Set.of("sets", "tracks", "albums", "likes", "reposts", "followers",
                "following", "popular-tracks", "comments");

        @Override
        Embed embed(String host, String path, String query) throws EmbedRefused {
            Matcher m = PATH.matcher(path);
            if (!m.matches() || NOT_TRACKS.contains(m.group(2))) {
                return refuse("a track's or playlist's address (soundcloud.com/artist/track)");
            }
            String url = "https://soundcloud.com/" + m.group(1) + "/" + m.group(2);
            return embed(url, frameOrigin + "/player/?url=" + URLEncoder.encode(url, StandardCharsets.UTF_8));
        }
    };

    final String id;
    final String displayName;
    /** The one origin the provider's player is served from: what the reader page's {@code frame-src} allows. */
    final String frameOrigin;
    /** Where the provider answers oEmbed requests without an access token (titles), or null. */
    final String oEmbedEndpoint;
    private final Set<String> hosts;

    Provider(String id, String displayName, String frameOrigin, String oEmbedEndpoint, String... hosts) {
        this.id = id;
        this.displayName = displayName;
        this.frameOrigin = frameOrigin;
        this.oEmbedEndpoint = oEmbedEndpoint;
        this.hosts = Set.of(hosts);
    }

    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public String frameOrigin() {
        return frameOrigin;
    }

    /** The provider whose site {@code host} (lower case, exact) is. */
    static Optional<Provider> ofHost(String host) {
        return Arrays.stream(values()).filter(p -> p.hosts.contains(host)).findFirst();
    }

    static Optional<Provider> ofId(String id) {
        return Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst();
    }

    /** The embed of a URL on this provider's host, from its decoded-free raw path and raw query (either may be "" ). */
    abstract Embed embed(String host, String path, String query) throws EmbedRefused;

    Embed embed(String url, String frameSrc) {
        return new Embed(id, displayName, url, frameSrc);
    }

    Embed refuse(String expected) throws EmbedRefused {
        throw new EmbedRefused("is on " + displayName + " but is not " + expected);
    }

    static String group(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.matches() ? m.group(1) : null;
    }

    /** The raw value of {@code name} in a raw query string, or null. */
    static String parameter(String query, String name) {
        for (String pair : query.split("&")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        return null;
    }
}
