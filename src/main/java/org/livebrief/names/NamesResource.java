package org.livebrief.names;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.livebrief.platform.Caller;
import org.livebrief.platform.Jobs;
import org.livebrief.platform.JobsResource;
import org.livebrief.platform.ProblemException;
import org.livebrief.platform.Requests;
import org.livebrief.platform.Roles;
import org.livebrief.platform.PublicUrl;

/** {@code /api/names}: the name authority. Reading and resolving are public; changes need a role. */
@Path("names")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NamesResource {

    @Inject
    Names names;

    @Inject
    NameImport imports;

    @Inject
    Mentions mentions;

    @Inject
    Retagging retagging;

    @Inject
    Jobs jobs;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @Inject
    PublicUrl publicUrl;

    @Inject
    java.time.Clock clock;

    /** {@code byProminence}: the first match won a tie by the editors' prominence alone. */
    public record Resolved(List<ResolvedMatch> matches, boolean ambiguous, boolean byProminence) {
    }

    public record ResolvedMatch(long id, String type, String preferred, double score) {
    }

    /** A published entry that mentions the entity, and where (UTF-16 offsets into its plain text). */
    public record TaggedEntry(long entryId, long briefingId, String briefingSlug, String language,
                              java.time.Instant publishedAt, List<MentionView> mentions) {
    }

    public record MentionView(int start, int end, String text) {
    }

    public record TaggedPage(List<TaggedEntry> items, String next) {
    }

    @POST
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response register(NameRequest request) {
        NameView created = names.register(Requests.body(request), Caller.of(security));
        return Response.created(publicUrl.uri(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build().getRawPath()))
                .entity(created).build();
    }

    @GET
    @Path("{id}")
    public Response read(@PathParam("id") long id) {
        NameView view = names.read(id);
        return Response.ok(view).tag(String.valueOf(view.version())).build();
    }

    /**
     * The entity's prominence, 0 to 100 ({@code {"prominence": 60}}), with {@code If-Match}: of two entities
     * that share a name (a surname alone), the one with more is meant when the text and the briefing do not say.
     */
    @PUT
    @Path("{id}/prominence")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response setProminence(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                  NameRequest.Prominence request) {
        NameView view = names.setProminence(id, request, ifMatch);
        return Response.ok(view).tag(String.valueOf(view.version())).build();
    }

    /** The published entries that mention the entity, whatever the spelling, newest first. Public. */
    @GET
    @Path("{id}/entries")
    public TaggedPage entries(@PathParam("id") long id, @QueryParam("before") Long before,
                              @QueryParam("limit") @DefaultValue("20") int limit) {
        if (mentions.entity(id).isEmpty()) {
            throw ProblemException.notFound("Name entity", id);
        }
        Mentions.Page page = mentions.published(id, before, Requests.pageSize(limit));
        List<TaggedEntry> items = page.items().stream().map(t -> new TaggedEntry(t.entry().id(),
                t.entry().briefing().id(), t.entry().briefing().slug(), t.entry().briefing().language(),
                t.entry().publishedAt(), t.mentions().stream()
                        .map(m -> new MentionView(m.start(), m.end(), m.text())).toList())).toList();
        String next = page.nextBefore() == null ? null
                : NameView.CONTEXT + "/api/names/" + id + "/entries?before=" + page.nextBefore() + "&limit=" + limit;
        return new TaggedPage(items, next);
    }

    /**
     * Tags every published entry again (batched), as a background job: 202 with the job's address, whose
     * {@code result} is {@code {entries, changed}} when it is done. For after bulk changes, or to repair.
     */
    @POST
    @Path("retag")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.ADMIN)
    public Response retag() {
        return JobsResource.accepted(jobs.start("retag", Caller.of(security), retagging::all));
    }

    @POST
    @Path("{id}/variants")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public NameView addVariant(@PathParam("id") long id, NameRequest.Variant variant) {
        return names.addVariant(id, variant);
    }

    @GET
    @Path("resolve")
    public Resolved resolve(@QueryParam("q") String q, @QueryParam("lang") @DefaultValue("en") String lang,
                            @QueryParam("style") String style, @QueryParam("limit") @DefaultValue("5") int limit,
                            @QueryParam("briefing") Long briefing, @QueryParam("at") String at) {
        if (q == null || q.isBlank() || q.length() > NameRequest.MAX_TEXT) {
            throw ProblemException.invalid("q", "must be 1 to " + NameRequest.MAX_TEXT + " characters");
        }
        HouseStyle houseStyle = StyleResource.style(style, names.defaultStyle());
        // A name two entities share is settled by the entities the briefing has named (404 for one the caller
        // may not read, as everywhere).
        NameContext context = (briefing == null ? NameContext.NONE : mentions.contextOf(briefing, Caller.of(security)))
                .on(day(at));
        NameDirectory.Snapshot snapshot = names.snapshot();
        NameIndex.Resolution resolution = snapshot.index().resolve(q, Requests.pageSize(limit), context);
        List<ResolvedMatch> matches = resolution.matches().stream().map(m -> {
            NameCard card = snapshot.card(m.entityId());
            return new ResolvedMatch(m.entityId(), card.type().json(),
                    card.preferred(lang.strip(), houseStyle, names.defaultStyle()), m.score());
        }).toList();
        return new Resolved(matches, resolution.ambiguous(), resolution.byProminence());
    }

    /** The day a name is read on: {@code at} (an ISO date), or today. */
    private java.time.LocalDate day(String at) {
        if (at == null || at.isBlank()) {
            return java.time.LocalDate.now(clock);
        }
        try {
            return java.time.LocalDate.parse(at.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw ProblemException.invalid("at", "must be a date, YYYY-MM-DD");
        }
    }

    @POST
    @Path("import")
    @RolesAllowed(Roles.ADMIN)
    public NameImport.Report importJson(List<NameRequest> requests) {
        return imports.all(Requests.body(requests), Caller.of(security));
    }

    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed(Roles.ADMIN)
    public NameImport.Report importCsv(String csv) {
        return imports.all(NameImport.fromCsv(Requests.body(csv)), Caller.of(security));
    }
}
