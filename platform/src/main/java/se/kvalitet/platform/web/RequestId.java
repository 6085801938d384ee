package se.kvalitet.platform.web;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.RequestScoped;

/**
 * The id of the HTTP request being served: the caller's {@code X-Request-Id} when it is a sane
 * token, else a fresh UUID. It is echoed on the response and recorded with every audit entry,
 * so a client, a log line and an audit row can be tied together.
 */
@RequestScoped
public class RequestId {

    public static final String HEADER = "X-Request-Id";
    /** The key its value has in the logging context of the request's lines. */
    public static final String MDC_KEY = "requestId";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private String value;

    public String value() {
        return value;
    }

    void assign(String given) {
        value = given != null && SANE.matcher(given).matches() ? given : UUID.randomUUID().toString();
    }
}
