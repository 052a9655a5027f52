package org.livebrief.media;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.livebrief.testing.Api;
import org.livebrief.testing.DeployedWar;
import org.livebrief.testing.Newsroom;
import org.livebrief.testing.RawHttp;

/**
 * Images on the real server (issue #17, item 1 and its "must show"): an upload's renditions carry no metadata and
 * are served immutable; bad uploads get problems and leave nothing in the library; only staff upload.
 */
class ImagesIT extends DeployedWar {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final Set<Integer> PIXEL_MARKERS = Set.of(0xE0, 0xDB, 0xC0, 0xC2, 0xC4, 0xDD, 0xDA);

    private Api.Reply upload(String user, long briefing, String type, byte[] bytes, String query) {
        return api.as(user).header("X-Requested-With", "test")
                .send("POST", "api/media?briefing=" + briefing + query, type, bytes);
    }

    private static String q(String name, String value) {
        return "&" + name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpResponse<byte[]> fetch(String url, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.getScheme() + "://" + base.getAuthority() + url))
                .timeout(Duration.ofSeconds(30));
        headers.forEach(request::header);
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void aPhotoWithGpsComesOutWithNoMetadataInAnyRenditionUprightAndImmutable() throws Exception {
        long briefing = newsroom.briefing("images");
        Api.Reply made = upload("reporter", briefing, "image/jpeg", TestImages.cameraJpeg(),
                q("alt", "Rescuers at a damaged building") + q("caption", "Kyiv, morning") + q("credit", "Photo: Test"));
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        assertThat(made.header("Location")).endsWith("/livebrief/api/media/" + Newsroom.id(made.json()));
        JsonObject image = made.json();
        assertThat(image.getInt("width")).isEqualTo(100);
        assertThat(image.getInt("height")).as("orientation 6 applied").isEqualTo(200);
        assertThat(image.getString("alt")).isEqualTo("Rescuers at a damaged building");
        assertThat(image.getString("credit")).isEqualTo("Photo: Test");

        JsonObject big = upload("editor", briefing, "image/jpeg", exifOn(TestImages.plainJpeg(2000, 1500)), "").json();
        List<Integer> widths = big.getJsonArray("renditions").stream()
                .map(r -> r.asJsonObject().getInt("width")).toList();
        assertThat(big.getInt("height")).as("the camera's orientation 6 turned it upright").isEqualTo(2000);
        assertThat(widths).containsExactly(320, 640, 1024, 1500);
        assertThat(big.getString("srcset")).contains("-320.jpg 320w").contains("-1500.jpg 1500w");

        for (JsonObject each : List.of(image, big)) {
            for (var r : each.getJsonArray("renditions")) {
                String url = r.asJsonObject().getString("url");
                assertThat(url).matches("/livebrief/media/[0-9a-f]{40}-[0-9]+\\.jpg");
                HttpResponse<byte[]> file = fetch(url, Map.of());
                assertThat(file.statusCode()).as(url).isEqualTo(200);
                assertThat(file.headers().firstValue("Content-Type")).hasValue("image/jpeg");
                assertThat(file.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
                assertThat(file.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
                byte[] bytes = file.body();
                assertThat(TestImages.jpegMarkers(bytes)).as("segments of " + url).isSubsetOf(PIXEL_MARKERS);
                String text = new String(bytes, StandardCharsets.ISO_8859_1);
                assertThat(text).doesNotContain("Exif").doesNotContain(TestImages.SECRET_SERIAL)
                        .doesNotContain("ns.adobe.com").doesNotContain("Photoshop");
                BufferedImage read = ImageIO.read(new ByteArrayInputStream(bytes));
                assertThat(read.getWidth()).isEqualTo(r.asJsonObject().getInt("width"));
                String etag = file.headers().firstValue("ETag").orElseThrow();
                assertThat(fetch(url, Map.of("If-None-Match", etag)).statusCode()).isEqualTo(304);
            }
        }
    }

    /** A plain JPEG with the camera fixture's EXIF (GPS, serial) put in front of its pixels. */
    private static byte[] exifOn(byte[] jpeg) {
        byte[] camera = TestImages.cameraJpeg();
        int exifLength = 2 + ((camera[4] & 0xFF) << 8 | camera[5] & 0xFF);
        byte[] out = new byte[jpeg.length + exifLength];
        System.arraycopy(jpeg, 0, out, 0, 2);
        System.arraycopy(camera, 2, out, 2, exifLength);
        System.arraycopy(jpeg, 2, out, 2 + exifLength, jpeg.length - 2);
        return out;
    }

    @Test
    void pngGifAndWebpTypesAreKeptAndAnAnimatedGifStaysAnimated() throws Exception {
        long briefing = newsroom.briefing("images-kinds");
        Api.Reply png = upload("reporter", briefing, "image/png", TestImages.pngWithText(), "");
        assertThat(png.status()).as(png.toString()).isEqualTo(201);
        HttpResponse<byte[]> pngFile = fetch(png.json().getString("url"), Map.of());
        assertThat(pngFile.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(TestImages.pngChunkTypes(pngFile.body())).isSubsetOf("IHDR", "PLTE", "tRNS", "IDAT", "IEND");

        Api.Reply webp = upload("reporter", briefing, "image/webp", TestImages.resource("camera.webp"), "");
        assertThat(webp.status()).as(webp.toString()).isEqualTo(201);
        HttpResponse<byte[]> webpFile = fetch(webp.json().getString("url"), Map.of());
        assertThat(webpFile.headers().firstValue("Content-Type")).as("WebP is served as JPEG").hasValue("image/jpeg");
        assertThat(TestImages.jpegMarkers(webpFile.body())).isSubsetOf(PIXEL_MARKERS);
        assertThat(new String(webpFile.body(), StandardCharsets.ISO_8859_1)).doesNotContain(TestImages.SECRET_SERIAL);

        Api.Reply gif = upload("reporter", briefing, "image/gif", TestImages.animatedGif(), "");
        assertThat(gif.status()).as(gif.toString()).isEqualTo(201);
        assertThat(gif.json().getBoolean("animated")).isTrue();
        HttpResponse<byte[]> gifFile = fetch(gif.json().getString("url"), Map.of());
        assertThat(gifFile.headers().firstValue("Content-Type")).hasValue("image/gif");
        var reader = ImageIO.getImageReadersByFormatName("gif").next();
        reader.setInput(ImageIO.createImageInputStream(new ByteArrayInputStream(gifFile.body())));
        assertThat(reader.getNumImages(true)).as("both frames served").isEqualTo(2);
        assertThat(new String(gifFile.body(), StandardCharsets.ISO_8859_1)).doesNotContain(TestImages.SECRET_SERIAL)
                .doesNotContain("XMP");
    }

    @Test
    void badUploadsGetProblemsAndLeaveNothingInTheLibrary() throws Exception {
        long briefing = newsroom.briefing("images-bad");
        byte[] jpeg = TestImages.plainJpeg(400, 300);
        assertProblem(upload("reporter", briefing, "image/jpeg", new byte[0], ""), 400, "empty-upload");
        assertProblem(upload("reporter", briefing, "image/png",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8),
                ""), 415, "not-an-image");
        assertProblem(upload("reporter", briefing, "image/svg+xml", "<svg/>".getBytes(StandardCharsets.UTF_8), ""),
                415, "unsupported-media-type");
        assertProblem(upload("reporter", briefing, "image/jpeg", "GIF89a, but not really".getBytes(StandardCharsets.UTF_8),
                ""), 400, "corrupt-image");
        assertProblem(upload("reporter", briefing, "image/jpeg", Arrays.copyOf(jpeg, jpeg.length / 2), ""),
                400, "corrupt-image");
        assertProblem(upload("reporter", briefing, "image/png", TestImages.pngHeader(50_000, 50_000), ""),
                413, "too-many-pixels");
        assertProblem(upload("reporter", briefing, "image/jpeg", jpeg, q("alt", "bad\u0007bell")), 400, "validation");
        String boundary = "xyz";
        byte[] multipart = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"../../etc/passwd.jpg\""
                + "\r\nContent-Type: image/jpeg\r\n\r\n" + new String(jpeg, StandardCharsets.ISO_8859_1) + "\r\n--" + boundary
                + "--\r\n").getBytes(StandardCharsets.ISO_8859_1);
        assertProblem(upload("reporter", briefing, "multipart/form-data; boundary=" + boundary, multipart, ""),
                415, "unsupported-media-type");

        byte[] huge = new byte[30 * 1024 * 1024];
        System.arraycopy(jpeg, 0, huge, 0, jpeg.length);
        RawHttp.Response declared = new RawHttp(base).send("POST", "/livebrief/api/media?briefing=" + briefing,
                Map.of("Authorization", RawHttp.basic("reporter"), "Content-Type", "image/jpeg",
                        "X-Requested-With", "test"), huge);
        assertThat(declared.status()).as(declared.toString()).isEqualTo(413);
        assertThat(Json.createReader(new java.io.StringReader(declared.body())).readObject().getString("type"))
                .endsWith("/payload-too-large");
        String streamed = chunkedUpload(briefing, huge);
        assertThat(streamed).as("chunked, no length declared: counted while read").startsWith("HTTP/1.1 413")
                .contains("payload-too-large");

        Api.Reply library = api.as("reporter").get("api/media?briefing=" + briefing);
        assertThat(library.status()).isEqualTo(200);
        assertThat(library.json().getJsonArray("items")).as("nothing was kept").isEmpty();
    }

    /**
     * Sends {@code body} chunked (no length declared) on a raw socket until the server answers or closes, and
     * returns what it answered. A client library gives up on its own write error before it reads the answer.
     */
    private String chunkedUpload(long briefing, byte[] body) throws IOException {
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(60_000);
            var out = socket.getOutputStream();
            out.write(("POST /livebrief/api/media?briefing=" + briefing + " HTTP/1.1\r\nHost: " + base.getAuthority()
                    + "\r\nAuthorization: " + RawHttp.basic("reporter") + "\r\nContent-Type: image/jpeg\r\n"
                    + "X-Requested-With: test\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            try {
                for (int at = 0; at < body.length; at += 65536) {
                    int n = Math.min(65536, body.length - at);
                    out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(body, at, n);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException refusedMidway) {
                // The server answered and closed before taking everything: read that answer.
            }
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aLargeUploadUnderTheLimitIsAcceptedPastUndertowsDefaultPostSize() {
        long briefing = newsroom.briefing("images-large");
        BufferedImage noise = new BufferedImage(2100, 2000, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(17);
        for (int y = 0; y < noise.getHeight(); y++) {
            for (int x = 0; x < noise.getWidth(); x++) {
                noise.setRGB(x, y, random.nextInt());
            }
        }
        byte[] png = png(noise);
        assertThat(png.length).as("over Undertow's 10 MiB default").isGreaterThan(10 * 1024 * 1024);
        Api.Reply made = upload("reporter", briefing, "image/png", png, "");
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        assertThat(made.json().getInt("width")).isEqualTo(2100);
    }

    private static byte[] png(BufferedImage image) {
        try {
            var out = new java.io.ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void onlyStaffUploadAndOnlyFromThisSite() {
        long briefing = newsroom.briefing("images-who");
        byte[] jpeg = TestImages.plainJpeg(64, 48);
        Api.Reply anonymous = api.header("X-Requested-With", "test").send("POST", "api/media?briefing=" + briefing,
                "image/jpeg", jpeg);
        assertThat(anonymous.status()).isEqualTo(401);
        Api.Reply noHeader = api.as("reporter").send("POST", "api/media?briefing=" + briefing, "image/jpeg", jpeg);
        assertThat(noHeader.status()).as("a cross-site form could send this: CSRF layer 3").isEqualTo(415);
        Api.Reply crossSite = api.as("reporter").header("Origin", "https://evil.example")
                .header("X-Requested-With", "x").send("POST", "api/media?briefing=" + briefing, "image/jpeg", jpeg);
        assertThat(crossSite.status()).isEqualTo(403);
        assertProblem(upload("reporter", 999_999_999L, "image/jpeg", jpeg, ""), 404, "not-found");
        Api.Reply noBriefing = api.as("reporter").header("X-Requested-With", "t").send("POST", "api/media", "image/jpeg", jpeg);
        assertProblem(noBriefing, 400, "validation");
        assertThat(api.get("api/media?briefing=" + briefing).status()).isEqualTo(401);
        assertThat(api.as("reporter").get("api/media?briefing=" + briefing).json().getJsonArray("items")).isEmpty();
    }

    @Test
    void theLibraryListsReusesAndDescribesImages() {
        long briefing = newsroom.briefing("images-library");
        byte[] jpeg = TestImages.plainJpeg(500, 300);
        Api.Reply first = upload("reporter", briefing, "image/jpeg", jpeg, "");
        assertThat(first.status()).isEqualTo(201);
        Api.Reply again = upload("editor", briefing, "application/octet-stream", jpeg, "");
        assertThat(again.status()).as("the same picture is the same image").isEqualTo(200);
        assertThat(Newsroom.id(again.json())).isEqualTo(Newsroom.id(first.json()));
        long id = Newsroom.id(first.json());

        Api.Reply stale = api.as("editor").header("If-Match", "\"99\"")
                .put("api/media/" + id, "{\"alt\": \"A crater\"}");
        assertThat(stale.status()).isEqualTo(412);
        Api.Reply described = api.as("editor").header("If-Match", first.header("ETag"))
                .put("api/media/" + id, "{\"alt\": \"A crater\", \"caption\": \"Near the station\", \"credit\": \"AP\"}");
        assertThat(described.status()).as(described.toString()).isEqualTo(200);
        assertThat(described.json().getString("alt")).isEqualTo("A crater");

        JsonObject listed = api.as("reporter").get("api/media?briefing=" + briefing).json();
        assertThat(listed.getJsonArray("items")).hasSize(1);
        assertThat(listed.getJsonArray("items").getJsonObject(0).getString("caption")).isEqualTo("Near the station");
        assertThat(api.as("reporter").get("api/media/" + id).json().getString("credit")).isEqualTo("AP");
    }

    @Test
    void mediaPathsServeOnlyContentNames() throws Exception {
        for (String path : List.of("/livebrief/media/", "/livebrief/media/..%2fWEB-INF%2fweb.xml",
                "/livebrief/media/%2e%2e/WEB-INF/web.xml", "/livebrief/media/" + "0".repeat(40) + "-320.jpg",
                "/livebrief/media/" + "0".repeat(40) + "-320.svg")) {
            HttpResponse<byte[]> reply = fetch(path, Map.of());
            assertThat(reply.statusCode()).as(path).isIn(400, 404);
            assertThat(new String(reply.body(), StandardCharsets.UTF_8)).doesNotContain("<web-app");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", RawHttp.basic("admin"));
        RawHttp.Response post = new RawHttp(base).send("POST", "/livebrief/media/x", headers, new byte[1]);
        assertThat(post.status()).isGreaterThanOrEqualTo(400);
    }

    @Test
    void anEntryShowsItsPictureWithSrcsetAltCaptionAndCreditAndFeedsStillWork() throws Exception {
        JsonObject briefing = newsroom.briefing(Api.uniqueSlug("images-entry"), "en", "Europe/Kyiv");
        long id = Newsroom.id(briefing);
        JsonObject image = upload("reporter", id, "image/jpeg", TestImages.plainJpeg(1200, 800), "").json();
        String srcset = image.getString("srcset");
        String src = image.getJsonArray("renditions").getJsonObject(1).getString("url");
        String figure = "<figure><img src=\"" + src + "\" srcset=\"" + srcset + "\" sizes=\"(max-width: 44rem) 100vw, 44rem\""
                + " width=\"640\" height=\"427\" alt=\"%s\"><figcaption>Firefighters at the scene <small>Photo: Test Agency</small></figcaption></figure>";

        Api.Reply noAlt = api.as("reporter").post("api/briefings/" + id + "/entries",
                Json.createObjectBuilder().add("body", "<p>Fire.</p>" + figure.formatted("")).build().toString());
        assertProblem(noAlt, 400, "validation");
        assertThat(noAlt.body()).contains("alt text");

        String body = "<p>Fire in the market.</p>" + figure.formatted("Smoke over a market hall")
                + "<figure><img src=\"https://tracker.example/pixel.gif\" alt=\"x\"></figure>";
        JsonObject entry = newsroom.post(id, "reporter", Json.createObjectBuilder().add("body", body).build().toString());
        assertThat(entry.getString("body")).contains(srcset).doesNotContain("tracker.example");
        Api.Reply published = newsroom.transition(id, Newsroom.id(entry), "publish", "editor");
        assertThat(published.status()).isEqualTo(200);

        String page = api.get("briefings/" + briefing.getString("slug")).body();
        org.jsoup.nodes.Element img = org.jsoup.Jsoup.parse(page).selectFirst(".entry figure img");
        assertThat(img).as("the reader page shows the picture").isNotNull();
        assertThat(img.attr("src")).isEqualTo(src);
        assertThat(img.attr("srcset")).isEqualTo(srcset).contains("320w").contains("1200w");
        assertThat(img.attr("sizes")).isNotBlank();
        assertThat(img.attr("alt")).isEqualTo("Smoke over a market hall");
        assertThat(img.parent().selectFirst("figcaption").text()).contains("Firefighters at the scene")
                .contains("Photo: Test Agency");
        assertThat(page).doesNotContain("tracker.example");
        // The entry's own page shows its picture on a shared link's card: an absolute URL of a real rendition.
        String permalink = published.json().getString("permalink");
        org.jsoup.nodes.Document entryPage = org.jsoup.Jsoup.parse(
                api.get(permalink.substring(permalink.indexOf("/livebrief/") + "/livebrief/".length())).body());
        String ogImage = entryPage.selectFirst("meta[property=og:image]").attr("content");
        assertThat(ogImage).startsWith("http").contains("/livebrief/media/").endsWith("-1200.jpg");
        assertThat(entryPage.selectFirst("meta[property=og:image:alt]").attr("content")).isEqualTo("Smoke over a market hall");
        assertThat(entryPage.selectFirst("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
        Api.Reply rendition = api.get(ogImage.substring(ogImage.indexOf("/livebrief/") + "/livebrief/".length()));
        assertThat(rendition.status()).isEqualTo(200);
        assertThat(rendition.header("Content-Type")).isEqualTo("image/jpeg");
        for (String format : List.of("atom", "rss", "json")) {
            Api.Reply feed = api.get("feeds/briefings/" + briefing.getString("slug") + "." + format);
            assertThat(feed.status()).as(format).isEqualTo(200);
            assertThat(feed.body()).as(format).contains("Firefighters at the scene").doesNotContain("tracker.example")
                    .containsPattern("https?://[^\"'&\\\\ ]+/livebrief/media/[0-9a-f]{40}-")
                    .as("%s: no site-relative picture address", format)
                    .doesNotContainPattern("(\"|&quot;|\\\\\"|, )/livebrief/media/");
        }
        // #17 item 7: the picture also travels as an enclosure and Media RSS content, with its real size in bytes.
        String slug = briefing.getString("slug");
        org.jsoup.nodes.Document atom = org.jsoup.Jsoup.parse(api.get("feeds/briefings/" + slug + ".atom").body(), "",
                org.jsoup.parser.Parser.xmlParser());
        org.jsoup.nodes.Element enclosure = atom.selectFirst("entry > link[rel=enclosure]");
        assertThat(enclosure).as("Atom enclosure").isNotNull();
        assertThat(enclosure.attr("href")).as("the widest up to 1600 px").startsWith("http").endsWith("-1200.jpg");
        assertThat(enclosure.attr("type")).isEqualTo("image/jpeg");
        assertThat(enclosure.attr("title")).isEqualTo("Smoke over a market hall");
        HttpResponse<byte[]> file = fetch(enclosure.attr("href").substring(enclosure.attr("href").indexOf("/livebrief/")), Map.of());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(Long.parseLong(enclosure.attr("length"))).as("the stored file's size").isEqualTo(file.body().length);
        org.jsoup.nodes.Element media = atom.selectFirst("entry > media|content");
        assertThat(media.attr("url")).isEqualTo(enclosure.attr("href"));
        assertThat(media.attr("width")).isEqualTo("1200");
        // From the figure's 640 × 427: the proportions are known to a pixel.
        assertThat(Integer.parseInt(media.attr("height"))).isBetween(799, 801);
        assertThat(media.attr("fileSize")).isEqualTo(enclosure.attr("length"));
        assertThat(media.selectFirst("media|description").text()).isEqualTo("Firefighters at the scene");
        assertThat(media.selectFirst("media|credit").text()).isEqualTo("Photo: Test Agency");
        assertThat(media.selectFirst("media|thumbnail").attr("url")).endsWith("-320.jpg");
        String rss = api.get("feeds/briefings/" + slug + ".rss").body();
        assertThat(rss).contains("<enclosure url=\"" + enclosure.attr("href") + "\" length=\"" + file.body().length + "\"");
        JsonObject item = api.get("feeds/briefings/" + slug + ".json").json().getJsonArray("items").getJsonObject(0);
        assertThat(item.getString("image")).isEqualTo(enclosure.attr("href"));
        assertThat(item.getJsonArray("attachments").getJsonObject(0).getJsonNumber("size_in_bytes").longValue())
                .isEqualTo(file.body().length);
        JsonObject ninjs = api.get("feeds/briefings/" + slug + ".ninjs3").json().getJsonArray("associations")
                .getJsonObject(0).getJsonArray("associations").getJsonObject(0);
        assertThat(ninjs.getString("type")).isEqualTo("picture");
        assertThat(ninjs.getString("by")).isEqualTo("Photo: Test Agency");
        assertThat(ninjs.getJsonArray("renditions").stream().map(r -> r.asJsonObject().getInt("width")))
                .containsExactly(320, 640, 1024, 1200);
    }

    private static void assertProblem(Api.Reply reply, int status, String type) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.json().getString("type")).as(reply.toString()).isEqualTo("/livebrief/problems/" + type);
        assertThat(reply.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
