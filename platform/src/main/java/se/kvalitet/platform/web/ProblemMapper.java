package se.kvalitet.platform.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import se.kvalitet.platform.input.InvalidValueException;

/**
 * The one place where every service turns failures into RFC 9457 problem+json responses. What
 * the client sent is answered with a 4xx naming the field; a lost race on a unique key or a
 * version is a 409; only the service's own faults are a 500, with an incident id in the log.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String DATA_EXCEPTION_CLASS = "22";
    private static final Pattern UNIQUE_KEY = Pattern.compile("Key \\(([a-z_]+)");
    private static final Pattern DUPLICATE_FIELD = Pattern.compile("Duplicate field '([^']{1,100})'");

    @ServerExceptionMapper
    public Response invalidInput(InvalidInputException e) {
        return invalid(e.field(), e.getMessage());
    }

    @ServerExceptionMapper
    public Response conflict(ConflictProblem e) {
        return problem(409, "conflict", "Conflict", List.of(new Problem.Violation(e.field(), e.getMessage())));
    }

    @ServerExceptionMapper
    public Response tooLarge(TooLargeProblem e) {
        return problem(413, "too-large", "Content too large", List.of(new Problem.Violation(e.field(), e.getMessage())));
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundProblem e) {
        return problem(404, "not-found", "Not found", e.getMessage());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenProblem e) {
        return problem(403, "forbidden", "Forbidden", e.getMessage());
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthenticated(RuntimeException e) {
        return Response.fromResponse(problem(401, "unauthenticated", "Unauthenticated",
                "a valid bearer token of realm kvalitet is required"))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response notPermitted(ForbiddenException e) {
        return problem(403, "forbidden", "Forbidden", "your role may not do this");
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e) {
        return problem(400, "invalid-input", "Invalid input", e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList());
    }

    // The subclasses are named because Quarkus REST maps some of them itself, and the most specific mapper wins.
    @ServerExceptionMapper({ JsonProcessingException.class, JsonParseException.class, JsonMappingException.class,
            MismatchedInputException.class, InvalidFormatException.class, UnrecognizedPropertyException.class,
            InvalidValueException.class })
    public Response unreadableJson(JsonProcessingException e) {
        if (causeOf(e, JsonEOFException.class) != null) {
            return invalid("body", "ends before the JSON document does");
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return invalid(pathOf(mapping), reasonFor(mapping));
        }
        if (e instanceof JsonParseException parse) {
            Matcher duplicate = DUPLICATE_FIELD.matcher(String.valueOf(parse.getOriginalMessage()));
            if (duplicate.find()) {
                return invalid(duplicate.group(1), "is given more than once");
            }
            return invalid("body", reasonFor(parse));
        }
        if (String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")) {
            return invalid("body", "must be one JSON document with nothing after it");
        }
        return invalid("body", e instanceof MismatchedInputException mismatch ? expected(mismatch.getTargetType()) : "is not valid JSON");
    }

    /** The field and reason a JSON value failed to bind with, said as a response would: for row-level answers of a batch. */
    public static Problem.Violation violationOf(JsonMappingException e) {
        return new Problem.Violation(e.getPath().isEmpty() ? "body" : pathOf(e), reasonFor(e));
    }

    /** The field and reason of a bean-validation violation, said as a response would: for row-level answers of a batch. */
    public static Problem.Violation violationOf(ConstraintViolation<?> violation) {
        return new Problem.Violation(fieldOf(violation), violation.getMessage());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        JsonProcessingException unreadable = causeOf(e, JsonProcessingException.class);
        if (unreadable != null) {
            return unreadableJson(unreadable);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e);
        }
        String title = e.getResponse().getStatusInfo().getReasonPhrase();
        String type = title.toLowerCase().replace(' ', '-');
        if (status == Response.Status.UNSUPPORTED_MEDIA_TYPE.getStatusCode()) {
            return problem(status, type, title, List.of(new Problem.Violation("Content-Type", "is not a media type this endpoint accepts")));
        }
        if (status == Response.Status.NOT_ACCEPTABLE.getStatusCode()) {
            return problem(status, type, title, List.of(new Problem.Violation("Accept", "names no media type this endpoint answers in")));
        }
        return problem(status, type, title, e.getMessage());
    }

    /** Whether {@code failure} is a lost race on a unique key: PostgreSQL's unique violation among its causes. */
    public static boolean isUniqueViolation(Throwable failure) {
        SQLException sql = causeOf(failure, SQLException.class);
        return sql != null && UNIQUE_VIOLATION.equals(sql.getSQLState());
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        SQLException sql = causeOf(e, SQLException.class);
        if (isUniqueViolation(e)) {
            Matcher key = UNIQUE_KEY.matcher(String.valueOf(sql.getMessage()));
            return problem(409, "conflict", "Conflict", List.of(new Problem.Violation(key.find() ? camelCase(key.group(1)) : "body",
                    "was taken by a concurrent request")));
        }
        if (causeOf(e, OptimisticLockException.class) != null || causeOf(e, StaleStateException.class) != null) {
            return problem(409, "conflict", "Conflict", List.of(new Problem.Violation("version",
                    "the resource was changed by someone else meanwhile; read it again and retry")));
        }
        String incident = UUID.randomUUID().toString();
        if (sql != null && sql.getSQLState() != null && sql.getSQLState().startsWith(DATA_EXCEPTION_CLASS)) {
            // Input rules should have caught this; the client still gets a 400, and we a warning to tighten them.
            LOG.warnf(e, "A value reached the database that the input rules let through, incident %s", incident);
            return invalid("body", "holds a value that cannot be stored (incident " + incident + ")");
        }
        LOG.errorf(e, "Unexpected failure, incident %s", incident);
        return problem(500, "internal-error", "Internal error", "Unexpected failure; quote incident " + incident);
    }

    private static Response invalid(String field, String reason) {
        return problem(400, "invalid-input", "Invalid input", List.of(new Problem.Violation(field, reason)));
    }

    private static Response problem(int status, String type, String title, List<Problem.Violation> violations) {
        String detail = violations.stream().map(v -> v.field() + ": " + v.reason()).collect(Collectors.joining("; "));
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem("urn:kvalitet:problem:" + type, title, status, detail, violations)).build();
    }

    private static Response problem(int status, String type, String title, String detail) {
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem("urn:kvalitet:problem:" + type, title, status, detail, List.of())).build();
    }

    private static String reasonFor(JsonMappingException e) {
        if (e instanceof InvalidValueException invalid) {
            return invalid.reason();
        }
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a known field";
        }
        if (e.getCause() instanceof JsonParseException parse) {
            return reasonFor(parse);
        }
        if (e.getCause() instanceof InputCoercionException coercion) {
            return "is out of range for " + article(coercion.getTargetType());
        }
        if (e instanceof MismatchedInputException mismatch) {
            return expected(mismatch.getTargetType());
        }
        return "has the wrong type";
    }

    private static String reasonFor(JsonParseException e) {
        return String.valueOf(e.getOriginalMessage()).contains("UTF-8") ? "is not valid UTF-8" : "is not valid JSON";
    }

    /** What a field of the given Java type must look like, said for a client rather than a programmer. */
    private static String expected(Class<?> type) {
        if (type == null) {
            return "has the wrong type";
        }
        if (type.isEnum()) {
            return "must be one of " + List.of(type.getEnumConstants());
        }
        return "must be " + article(type);
    }

    private static String article(Class<?> type) {
        if (type == String.class) {
            return "a string";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class || type == Short.class
                || type == short.class || type == BigInteger.class) {
            return "a whole number";
        }
        if (type == BigDecimal.class || type == Double.class || type == double.class || type == Float.class || type == float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == LocalDate.class) {
            return "a date, YYYY-MM-DD";
        }
        if (type == UUID.class) {
            return "a UUID";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }

    private static String pathOf(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    /** The property path without the resource method and parameter names that validation prepends. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER) {
                continue;
            }
            if (node.getIndex() != null && !field.isEmpty()) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    private static String camelCase(String column) {
        StringBuilder name = new StringBuilder();
        for (String part : column.split("_")) {
            name.append(name.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return name.toString();
    }

    private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
