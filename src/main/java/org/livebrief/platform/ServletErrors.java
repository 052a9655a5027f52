package org.livebrief.platform;

import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.Servlets;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.api.ExceptionHandler;
import io.undertow.util.StatusCodes;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jboss.logging.Logger;

/**
 * Problem responses for what happens outside JAX-RS: an exception that escapes a servlet or filter (the reader
 * page, feeds, the event streams) and a status the container sends itself ({@code sendError}: a static file that
 * is not there, a path it cannot decode). Either way the client gets {@code application/problem+json} from the
 * same rules as {@link ProblemMapper}, never Undertow's error page (unreadable Basic credentials, which the
 * authentication mechanism would fail on with an exception, are answered 401 first: {@link BasicCredentials}),, which can show a stack trace. Registered in
 * {@code META-INF/services}; the server is also configured never to show stack traces
 * ({@code livebrief.cli}: {@code stack-trace-on-error=none}).
 */
public class ServletErrors implements ServletExtension, ExceptionHandler {

    static final String ERROR_PAGE = "/problems/error";
    private static final Logger LOG = Logger.getLogger(ServletErrors.class);
    private static final int[] CONTAINER_ERRORS = {400, 401, 403, 404, 405, 406, 408, 411, 413, 414, 415, 416, 417, 431, 500, 501, 503};

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        deployment.setExceptionHandler(this);
        deployment.addInitialHandlerChainWrapper(BasicCredentials::refuseMalformed);
        deployment.addServlet(Servlets.servlet("livebrief-problems", Page.class).addMapping(ERROR_PAGE));
        for (int status : CONTAINER_ERRORS) {
            deployment.addErrorPage(Servlets.errorPage(ERROR_PAGE, status));
        }
    }

    @Override
    public boolean handleThrowable(HttpServerExchange exchange, ServletRequest request, ServletResponse response,
                                   Throwable thrown) {
        if (response.isCommitted()) {
            // Mid-stream (a reader left, or a write failed after the headers went out): nothing left to answer.
            LOG.debugf(thrown, "Request failed after its response was committed");
            return true;
        }
        boolean outage = DatabaseOutage.report(thrown);
        Problem problem = outage ? DatabaseOutage.problem(thrown)
                : ProblemMapper.toProblem(thrown).orElseGet(() -> ProblemMapper.incident(thrown));
        try {
            response.reset();
            if (outage && response instanceof HttpServletResponse http) {
                http.setHeader("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
            }
            write(response, problem);
        } catch (IOException | RuntimeException e) {
            LOG.debugf(e, "Could not send the problem response");
        }
        return true;
    }

    static void write(ServletResponse response, Problem problem) throws IOException {
        if (response instanceof HttpServletResponse http) {
            http.setStatus(problem.status());
            http.setHeader("Cache-Control", "no-store");
            http.setHeader("X-Content-Type-Options", "nosniff");
        }
        byte[] body = problem.toJson().getBytes(StandardCharsets.UTF_8);
        response.setContentType(Problem.MEDIA_TYPE + ";charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The error page the container forwards to for a status it sends itself. */
    public static class Page extends HttpServlet {

        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
            Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
            int status = code instanceof Integer i ? i : 404;
            Object thrown = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            Problem problem = thrown instanceof Throwable t ? ProblemMapper.toProblem(t)
                    .orElseGet(() -> ProblemMapper.ofStatus(status, StatusCodes.getReason(status)))
                    : ProblemMapper.ofStatus(status, StatusCodes.getReason(status));
            response.resetBuffer();
            write(response, problem);
        }
    }
}
