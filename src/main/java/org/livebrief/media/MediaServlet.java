package org.livebrief.media;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code /media/<hash>-<width>.<ext>}: a rendition's bytes. The name is its content's, so the answer never changes:
 * {@code immutable} for a year, for browsers and CDNs alike, and an ETag for clients that revalidate anyway. Public:
 * the names cannot be guessed, and a picture is meant to be shown once its entry is out.
 */
@WebServlet("/media/*")
public class MediaServlet extends HttpServlet {

    @Inject
    ImageLibrary library;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        String name = path == null ? "" : path.substring(1);
        Optional<MediaStore.Stored> file = library.file(name);
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (file.isEmpty()) {
            response.setHeader("Cache-Control", "no-store");
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String etag = "\"" + name + "\"";
        response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        response.setHeader("ETag", etag);
        response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(file.get().contentType());
        response.setContentLength(file.get().bytes().length);
        response.getOutputStream().write(file.get().bytes());
    }
}
