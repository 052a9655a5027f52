package org.livebrief.briefing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.livebrief.platform.Caller;
import org.livebrief.platform.ProblemException;
import org.livebrief.platform.Requests;
import org.livebrief.platform.Roles;
import org.livebrief.platform.PublicUrl;
import java.util.List;

/** {@code /api/briefings/{briefingId}/entries}: the stream of a briefing, and each entry's edits and transitions. */
@Path("briefings/{briefingId}/entries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EntriesResource {

    @Inject
    EmbedTitles embedTitles;

    @Inject
    Entries entries;

    @Inject
    EntryTransitions transitions;

    @Inject
    IdempotencyKeys idempotency;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @Inject
    PublicUrl publicUrl;

    @Inject
    Contributors contributors;

    @Inject
    SourceChanges sourceChanges;

    @PathParam("briefingId")
    long briefingId;

    @GET
    public EntryView.Page list(@QueryParam("before") Long before, @QueryParam("limit") @DefaultValue("20") int limit) {
        Entries.Page page = entries.page(briefingId, Caller.of(security), before, Requests.pageSize(limit));
        String next = page.nextBefore() == null ? null
                : ReaderPaths.CONTEXT + "/api/briefings/" + briefingId + "/entries?before=" + page.nextBefore()
                        + "&limit=" + limit;
        Caller caller = Caller.of(security);
        Contributors.Bylines bylines = page.items().isEmpty() ? null
                : contributors.in(page.items().get(0).briefing().locale());
        SourceChanges.Links links = sourceChanges.links(page.items().stream().map(Entry::id).toList(), caller);
        return new EntryView.Page(page.items().stream()
                .map(e -> links.apply(EntryView.of(e, bylines, caller, entries::isPublic))).toList(), next);
    }

    @POST
    @RolesAllowed({Roles.REPORTER, Roles.EDITOR, Roles.ADMIN})
    public Response post(@HeaderParam("Idempotency-Key") String key, EntryRequest sent) {
        Caller caller = Caller.of(security);
        EntryRequest request = embedTitles.complete(Requests.body(sent));
        IdempotencyKeys.Posted posted;
        try {
            posted = idempotency.post(briefingId, key, sent, request, caller);
        } catch (RuntimeException e) {
            // Two requests with one key raced: the loser's insert failed; answer with the winner's entry.
            posted = idempotency.earlier(briefingId, key, sent, caller).orElseThrow(() -> e);
        }
        Entry entry = posted.entry();
        return Response.created(publicUrl.uri(uri.getAbsolutePathBuilder().path(String.valueOf(entry.id())).build().getRawPath()))
                .tag(String.valueOf(entry.version())).header("Idempotent-Replayed", posted.replayed())
                .entity(posted.replayed() ? view(entry, caller) : unlinked(entry, caller)).build();
    }

    @GET
    @Path("{entryId}")
    public Response read(@PathParam("entryId") long entryId) {
        Caller caller = Caller.of(security);
        return ok(() -> entries.find(briefingId, entryId, caller), caller);
    }

    @PUT
    @Path("{entryId}")
    @RolesAllowed({Roles.REPORTER, Roles.EDITOR, Roles.ADMIN})
    public Response revise(@PathParam("entryId") long entryId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           EntryRequest request) {
        EntryRequest completed = embedTitles.complete(Requests.body(request));
        Caller caller = Caller.of(security);
        return ok(() -> entries.revise(briefingId, entryId, completed, ifMatch, caller), caller);
    }

    /** The desk's edit before publication; a published entry answers 409 (corrections use the PUT above). */
    @PUT
    @Path("{entryId}/draft")
    @RolesAllowed({Roles.REPORTER, Roles.EDITOR, Roles.ADMIN})
    public Response editDraft(@PathParam("entryId") long entryId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                              EntryRequest request) {
        EntryRequest completed = embedTitles.complete(Requests.body(request));
        Caller caller = Caller.of(security);
        return ok(() -> entries.editBeforePublication(briefingId, entryId, completed, ifMatch, caller), caller);
    }

    /** The author deletes their own draft: 204; anything but a draft is a 409. */
    @DELETE
    @Path("{entryId}")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @RolesAllowed({Roles.REPORTER, Roles.EDITOR, Roles.ADMIN})
    public Response delete(@PathParam("entryId") long entryId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        entries.delete(briefingId, entryId, ifMatch, Caller.of(security));
        return Response.noContent().build();
    }

    @POST
    @Path("{entryId}/{transition}")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @RolesAllowed({Roles.REPORTER, Roles.EDITOR, Roles.ADMIN})
    public Response transition(@PathParam("entryId") long entryId, @PathParam("transition") String name,
                               @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, String body) {
        Transition transition = Transition.fromPath(name)
                .orElseThrow(() -> ProblemException.notFound("Transition", name));
        long start = System.nanoTime();
        String outcome = "error";
        try {
            TransitionRequest request = TransitionRequest.parse(body);
            Caller caller = Caller.of(security);
            Response done = ok(() -> transitions.apply(briefingId, entryId, transition, request, ifMatch, caller), caller);
            outcome = "ok";
            return done;
        } catch (ProblemException refused) {
            outcome = Integer.toString(refused.problem().status());
            throw refused;
        } finally {
            org.livebrief.platform.Metrics.transition(transition.pathName(), outcome, System.nanoTime() - start);
        }
    }

    /** An editor confirms the translation holds after its source changed: 200 with the entry, 409 without a flag. */
    @POST
    @Path("{entryId}/source-confirmed")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @RolesAllowed({Roles.REPORTER, Roles.EDITOR, Roles.ADMIN})
    public Response confirmSource(@PathParam("entryId") long entryId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                  String body) {
        Caller caller = Caller.of(security);
        return ok(() -> sourceChanges.confirm(briefingId, entryId, ifMatch, caller), caller);
    }

    /** 200 with the entry {@code write} returns, its links read in the same transaction. */
    private Response ok(java.util.function.Supplier<Entry> write, Caller caller) {
        SourceChanges.Linked linked = sourceChanges.linked(write, caller);
        return Response.ok(linked.links().apply(unlinked(linked.entry(), caller)))
                .tag(String.valueOf(linked.entry().version())).build();
    }

    private EntryView view(Entry entry, Caller caller) {
        return sourceChanges.links(List.of(entry.id()), caller).apply(unlinked(entry, caller));
    }

    /** A view without links: for an entry this request created, which nothing can translate yet nor flag. */
    private EntryView unlinked(Entry entry, Caller caller) {
        return EntryView.of(entry, contributors.in(entry.briefing().locale()), caller, entries::isPublic);
    }
}
