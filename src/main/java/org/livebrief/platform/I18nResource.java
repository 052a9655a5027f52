package org.livebrief.platform;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Map;

/**
 * {@code GET /api/i18n/{language}}: the message bundle for a UI, so JavaScript keeps no dictionary of its own, with the
 * language it is in and that language's direction. A tag that is not well-formed or names no known language or script
 * ({@code xx}, {@code sr-Xxxx}) is a 400 problem.
 */
@Path("i18n")
@Produces(MediaType.APPLICATION_JSON)
public class I18nResource {

    @GET
    @Path("{language}")
    public Response bundle(@PathParam("language") String language) {
        Locale locale;
        try {
            locale = new Locale.Builder().setLanguageTag(language).build();
        } catch (IllformedLocaleException e) {
            throw ProblemException.invalid("language", "is not a well-formed BCP 47 tag");
        }
        if (locale.getLanguage().isEmpty()) {
            throw ProblemException.invalid("language", "must name a language");
        }
        var unknown = LanguageTags.unknown(locale);
        if (unknown.isPresent()) {
            throw ProblemException.invalid("language", unknown.get());
        }
        Messages messages = Messages.forLocale(locale);
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        return Response.ok(Map.of("language", messages.locale().toLanguageTag(), "dir",
                        TextDirection.of(messages.locale()), "messages", messages.all()))
                .cacheControl(cache).build();
    }
}
