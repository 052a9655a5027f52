package org.livebrief.search;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.IllformedLocaleException;
import java.util.Locale;
import org.livebrief.platform.Caller;
import org.livebrief.platform.Fields;
import org.livebrief.platform.Jobs;
import org.livebrief.platform.JobsResource;
import org.livebrief.platform.Roles;

/** {@code /api/search}: public full-text search over published entries, and the admin's index rebuild. */
@Path("search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    static final int MAX_QUERY = 200;
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    @Inject
    EntrySearch search;

    @Inject
    SearchIndex index;

    @Inject
    Jobs jobs;

    @GET
    public EntrySearch.Result search(@QueryParam("q") String q, @QueryParam("language") String language,
                                     @QueryParam("briefing") String briefing, @QueryParam("limit") String limit) {
        return search.search(query(q, language, briefing, limit));
    }

    /** Rebuilds the index from the database as a background job: 202 with the job's address. */
    @POST
    @Path("reindex")
    @RolesAllowed(Roles.ADMIN)
    public Response reindex(@Context SecurityContext security) {
        return JobsResource.accepted(jobs.start("reindex", Caller.of(security), index::rebuild));
    }

    /** The checked query; every invalid parameter is reported at once (400). */
    static EntrySearch.Query query(String q, String language, String briefing, String limit) {
        Fields fields = new Fields();
        String text = q == null ? "" : q.strip();
        if (text.isEmpty()) {
            fields.add("q", "is required");
        } else if (text.length() > MAX_QUERY) {
            fields.add("q", "must be at most " + MAX_QUERY + " characters");
        } else if (!Fields.isCleanText(text)) {
            fields.add("q", "must be plain text");
        }
        String tag = null;
        if (language != null && !language.isBlank()) {
            try {
                tag = new Locale.Builder().setLanguageTag(language.strip()).build().toLanguageTag();
            } catch (IllformedLocaleException e) {
                fields.add("language", "must be a BCP 47 language tag such as en, uk or sr-Latn");
            }
        }
        String within = briefing == null || briefing.isBlank() ? null : briefing.strip();
        if (within != null && within.length() > 200) {
            fields.add("briefing", "must be a briefing id or slug");
        }
        int size = DEFAULT_LIMIT;
        if (limit != null) {
            try {
                size = Integer.parseInt(limit.strip());
            } catch (NumberFormatException e) {
                size = -1;
            }
            if (size < 1 || size > MAX_LIMIT) {
                fields.add("limit", "must be a whole number between 1 and " + MAX_LIMIT);
            }
        }
        fields.throwIfAny();
        return new EntrySearch.Query(text, tag, within, size);
    }
}
