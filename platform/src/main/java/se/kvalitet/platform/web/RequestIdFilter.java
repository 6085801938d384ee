package se.kvalitet.platform.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Gives every request its {@link RequestId}, names it on the request's log lines and tells the client which one it got. */
public class RequestIdFilter {

    private final RequestId requestId;

    public RequestIdFilter(RequestId requestId) {
        this.requestId = requestId;
    }

    @ServerRequestFilter(preMatching = true)
    void assign(ContainerRequestContext request) {
        requestId.assign(request.getHeaderString(RequestId.HEADER));
        MDC.put(RequestId.MDC_KEY, requestId.value());
    }

    @ServerResponseFilter
    void echo(ContainerResponseContext response) {
        if (requestId.value() != null) {
            response.getHeaders().putSingle(RequestId.HEADER, requestId.value());
        }
    }
}
