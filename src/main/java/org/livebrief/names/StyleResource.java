package org.livebrief.names;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.livebrief.platform.Fields;
import org.livebrief.platform.ProblemException;
import org.livebrief.platform.Requests;
import org.livebrief.platform.Roles;

/** {@code /api/style/check}: the house-style checker, for newsroom staff. */
@Path("style")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StyleResource {

    static final int MAX_TEXT = 100_000;

    @Inject
    Names names;

    public record CheckRequest(String language, String text, String style) {
    }

    public record CheckResult(String style, List<StyleChecker.Finding> findings) {
    }

    @POST
    @Path("check")
    @RolesAllowed({Roles.REPORTER, Roles.EDITOR, Roles.ADMIN})
    public CheckResult check(CheckRequest request) {
        Requests.body(request);
        Fields fields = new Fields();
        String language = NameRequest.language(fields, "language", request.language());
        if (request.text() == null) {
            fields.add("text", "is required");
        } else if (request.text().length() > MAX_TEXT) {
            fields.add("text", "must be at most " + MAX_TEXT + " characters");
        }
        fields.throwIfAny();
        HouseStyle style = style(request.style(), names.defaultStyle());
        StyleChecker checker = new StyleChecker(names.snapshot(), style, names.defaultStyle());
        return new CheckResult(style.json(), checker.check(request.text(), language));
    }

    static HouseStyle style(String requested, HouseStyle defaultStyle) {
        if (requested == null || requested.isBlank()) {
            return defaultStyle;
        }
        return HouseStyle.parse(requested)
                .orElseThrow(() -> ProblemException.invalid("style", "must be " + HouseStyle.choices()));
    }
}
