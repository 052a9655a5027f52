package org.livebrief.hosting;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.livebrief.platform.Problem;
import org.livebrief.platform.PublicUrl;

/**
 * The oEmbed endpoint {@code /oembed?url=…&format=json&maxwidth=&maxheight=} (oembed.com): a {@code rich} answer for a
 * public briefing or entry page of this site. A foreign URL, a draft or archived briefing, an entry that is not public
 * → 404 (the spec's answer for a URL without a representation); a missing or malformed url or size → 400; any format
 * but json → 501, which the spec allows. Public and cacheable, like the pages it describes. (Mapped as {@code /oembed/*}
 * so that the endpoint matrix treats it as a servlet; anything below {@code /oembed/} is 404.)
 */
@WebServlet("/oembed/*")
public class OEmbedServlet extends HttpServlet {

    static final int MAX_SIZE = 10_000;

    @Inject
    transient OEmbeds oembeds;

    @Inject
    transient PublicUrl publicUrl;

    private transient String providerName;

    @Override
    public void init() {
        providerName = ConfigProvider.getConfig(OEmbedServlet.class.getClassLoader())
                .getOptionalValue("livebrief.publisher.name", String.class).filter(n -> !n.isBlank()).orElse("Livebrief");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (request.getPathInfo() != null && !request.getPathInfo().equals("/")) {
            problem(response, Problem.of(404, "not-found", "Not Found", "The oEmbed endpoint is /livebrief/oembed"));
            return;
        }
        String format = request.getParameter("format");
        if (format != null && !format.equals("json")) {
            problem(response, Problem.of(501, "not-implemented", "Not Implemented", "Only format=json is served"));
            return;
        }
        Optional<OEmbedTarget> target;
        Integer maxWidth;
        Integer maxHeight;
        try {
            target = OEmbedTarget.parse(request.getParameter("url"), publicUrl.base());
            maxWidth = size(request, "maxwidth");
            maxHeight = size(request, "maxheight");
        } catch (OEmbedTarget.Malformed e) {
            problem(response, Problem.of(400, "invalid-request", "Bad Request", e.getMessage()));
            return;
        }
        Optional<OEmbed> found = target.flatMap(oembeds::find);
        if (found.isEmpty()) {
            problem(response, Problem.of(404, "not-found", "Not Found", "There is no public briefing or entry at that URL"));
            return;
        }
        response.setContentType("application/json;charset=UTF-8");
        org.livebrief.platform.CachePolicy.apply(response, 60, found.get().surrogateKeys());
        // Read by editors' browsers too (a CMS that previews the embed): public data, no credentials.
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.getWriter().write(found.get().json(providerName, publicUrl.of("/livebrief/"), maxWidth, maxHeight).toString());
    }

    /** A positive whole number of pixels, at most {@value #MAX_SIZE}, or null when absent. */
    static Integer size(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (!value.matches("[0-9]{1,5}") || Integer.parseInt(value) < 1 || Integer.parseInt(value) > MAX_SIZE) {
            throw new OEmbedTarget.Malformed(name + " must be a whole number of pixels from 1 to " + MAX_SIZE);
        }
        return Integer.valueOf(value);
    }

    private static void problem(HttpServletResponse response, Problem problem) throws IOException {
        response.setStatus(problem.status());
        response.setContentType("application/problem+json;charset=UTF-8");
        response.getWriter().write(problem.toJson());
    }
}
