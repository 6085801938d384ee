package se.kvalitet.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * Every class of bad input a client can send, made from one valid request: for each field the
 * values of the wrong type or outside the input rules (a NUL or ESC in text, a fraction where a
 * whole number belongs, a number where an enum, string, boolean or date belongs, a number too
 * large for its column, a date in year 0 or 99999), and for the body as a whole malformed,
 * trailing, duplicated or invalid UTF-8 content. {@link #refused} turns them into one test each
 * that expects a 400 problem+json naming the field and proves nothing stored changed.
 */
public final class BadInput {

    /** What a field of a request holds; it decides which bad values are tried. */
    public enum Kind {
        TEXT, ENUM, WHOLE_NUMBER, DECIMAL, DATE, BOOLEAN, UUID
    }

    /**
     * One bad request: what is wrong, the field the answer must name and words its reason for that
     * field must contain (null where they depend on the field: then any reason will do, but there
     * must be one); for a body, the raw bytes (sent to the endpoint under test); for a filter or
     * path parameter, the path (a template when {@code pathValue} fills it) and the query.
     */
    public record Case(String description, String field, String reason, byte[] body, String path, String pathValue,
            Map<String, String> query) {

        /** A bad body, refused naming {@code field} for a reason that contains {@code reason}. */
        public static Case ofBody(String description, String field, String reason, byte[] body) {
            return new Case(description, field, reason, body, null, null, Map.of());
        }

        @Override
        public String toString() {
            return description;
        }
    }

    /** A bad value (raw JSON for a body, text for a parameter) and words the reason given for it contains, or null. */
    private record Bad(String value, String reason) {
    }

    /** Why a range of times is refused whose {@code from} comes after its {@code to}. */
    public static final String TIME_RANGE_REVERSED = "must come before to";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PLACEHOLDER = "\u0001bad-value\u0001";

    private final Map<String, Object> valid;
    private final Map<String, Kind> fields = new LinkedHashMap<>();

    private BadInput(Map<String, Object> valid) {
        this.valid = new LinkedHashMap<>(valid);
    }

    /** Cases built from {@code valid}, a request body the endpoint accepts. */
    public static BadInput forBody(Map<String, Object> valid) {
        return new BadInput(valid);
    }

    public BadInput field(String name, Kind kind) {
        fields.put(name, kind);
        return this;
    }

    /** Every case: each field's bad values, then the body's. */
    public List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        fields.forEach((field, kind) -> badValues(kind).forEach((description, bad) ->
                cases.add(Case.ofBody(field + " " + description, field, bad.reason(), bytes(body(field, bad.value()))))));
        String whole = body(null, null);
        String inner = whole.substring(1, whole.length() - 1);
        String firstField = valid.keySet().iterator().next();
        cases.add(Case.ofBody("body with a second document after it", "body", "must be one JSON document with nothing after it", bytes(whole + " {}")));
        cases.add(Case.ofBody("body with trailing garbage", "body", "is not valid JSON", bytes(whole + "garbage")));
        cases.add(Case.ofBody("body cut short", "body", "ends before the JSON document does", bytes(whole.substring(0, whole.length() / 2))));
        cases.add(Case.ofBody("body that is an array", "body", "must be an object", bytes("[" + whole + "]")));
        cases.add(Case.ofBody("body that is null", "body", "must not be null", bytes("null")));
        cases.add(Case.ofBody("empty body", "body", "must not be null", new byte[0]));
        cases.add(Case.ofBody("body with a field given twice", firstField, "is given more than once",
                bytes("{" + inner + "," + json(firstField) + ":" + json(valid.get(firstField)) + "}")));
        valid.entrySet().stream().filter(field -> field.getValue() instanceof String).findFirst().ifPresent(firstText ->
                cases.add(Case.ofBody("body with a value that is not UTF-8", firstText.getKey(), "is not valid UTF-8",
                        invalidUtf8(whole, firstText.getKey()))));
        cases.add(Case.ofBody("body with an unknown field", "unexpected", "is not a known field", bytes("{" + inner + ",\"unexpected\":1}")));
        return cases;
    }

    /**
     * One test per case: {@code send} must answer 400 problem+json naming the case's field with a
     * reason (containing the case's words, where it has them), and {@code stored} (what the
     * endpoint could have changed) must read the same before and after.
     */
    public static Stream<DynamicTest> refused(List<Case> cases, Function<Case, ValidatableResponse> send, Supplier<Object> stored) {
        return cases.stream().map(c -> dynamicTest(c.description(), () -> {
            Object before = stored.get();
            List<Map<String, String>> violations = send.apply(c).statusCode(400).contentType("application/problem+json")
                    .body("violations.field", hasItem(c.field())).extract().jsonPath().getList("violations");
            List<String> reasons = violations.stream().filter(violation -> c.field().equals(violation.get("field")))
                    .map(violation -> violation.get("reason")).toList();
            assertThat(reasons).as("reasons for %s", c.field()).allSatisfy(reason -> assertThat(reason).isNotBlank());
            if (c.reason() != null) {
                assertThat(reasons).as("reasons for %s", c.field()).anySatisfy(reason -> assertThat(reason).contains(c.reason()));
            }
            assertThat(stored.get()).as("what is stored after: %s", c.description()).isEqualTo(before);
        }));
    }

    /** Bad values for the query parameter {@code parameter} of {@code path}, each to be refused naming the parameter. */
    public static List<Case> filter(String path, String parameter, Kind kind, String... moreBadValues) {
        List<Case> cases = new ArrayList<>();
        badParameters(kind, moreBadValues).forEach((description, bad) -> cases.add(new Case(path + " " + parameter + " " + description,
                parameter, bad.reason(), null, path, null, Map.of(parameter, bad.value()))));
        return cases;
    }

    /** Bad values for the path parameter that {@code template} ("/api/v1/units/{id}") names {@code parameter}. */
    public static List<Case> pathParameter(String template, String parameter, Kind kind, String... moreBadValues) {
        List<Case> cases = new ArrayList<>();
        badParameters(kind, moreBadValues).forEach((description, bad) ->
                cases.add(new Case(template + " " + description, parameter, bad.reason(), null, template, bad.value(), Map.of())));
        return cases;
    }

    /** The bad filters of {@code GET /api/v1/audit}, which every service serves from the platform. */
    public static List<Case> auditFilters() {
        List<Case> cases = new ArrayList<>();
        cases.addAll(filter("/api/v1/audit", "entity", Kind.ENUM, "Municipality"));
        cases.addAll(filter("/api/v1/audit", "entityId", Kind.TEXT));
        cases.addAll(filter("/api/v1/audit", "actor", Kind.TEXT));
        cases.addAll(filter("/api/v1/audit", "from", Kind.DATE, "2025-13-01T00:00:00Z", "2025-01-01T00:00:00"));
        cases.addAll(filter("/api/v1/audit", "to", Kind.DATE));
        cases.addAll(filter("/api/v1/audit", "page", Kind.WHOLE_NUMBER, "-1"));
        cases.add(range("/api/v1/audit", "2025-02-01", "2025-01-31", TIME_RANGE_REVERSED));
        cases.add(range("/api/v1/audit", "2025-02-01T10:00:00Z", "2025-02-01T09:59:59+00:00", TIME_RANGE_REVERSED));
        return cases;
    }

    /** A range whose {@code from} comes after its {@code to}: refused naming {@code from}, for {@code reason}. */
    public static Case range(String path, String from, String to, String reason) {
        return new Case(path + " from " + from + " after to " + to, "from", reason, null, path, null, Map.of("from", from, "to", to));
    }

    /** Sends a filter or path-parameter case as a GET with the given bearer token. */
    public static ValidatableResponse get(Case c, String token) {
        RequestSpecification request = given().auth().oauth2(token).queryParams(c.query());
        return (c.pathValue() == null ? request.get(c.path()) : request.get(c.path(), c.pathValue())).then();
    }

    private static Map<String, Bad> badParameters(Kind kind, String... moreBadValues) {
        Map<String, Bad> values = new LinkedHashMap<>();
        values.put("with a NUL", new Bad("a\u0000b", null));
        values.put("with an ESC", new Bad("\u001b[31m", null));
        switch (kind) {
            case UUID -> {
                values.put("that is no UUID", new Bad("not-a-uuid", "must be a UUID"));
                values.put("that is a shortened UUID", new Bad("1-1-1-1-1", "must be a UUID"));
            }
            case ENUM -> {
                values.put("that is no constant", new Bad("NOT_A_VALUE", "must be one of"));
                values.put("that is a number", new Bad("1", "must be one of"));
                values.put("in lower case", new Bad("active", "must be one of"));
            }
            case DATE -> {
                values.put("that is a number", new Bad("20250101", "must be a date"));
                values.put("in year 0", new Bad("0000-01-01", "must be a date"));
                values.put("in year 99999", new Bad("99999-01-01", "must be a date"));
                values.put("that is no calendar day", new Bad("2025-02-30", "must be a date"));
            }
            case TEXT -> values.put("that is too long", new Bad("x".repeat(1000), null));
            case WHOLE_NUMBER -> {
                values.put("that is a fraction", new Bad("1.5", "must be a whole number"));
                values.put("that is too large", new Bad("3000000000", "must be a whole number"));
            }
            case DECIMAL, BOOLEAN -> values.put("that is a word", new Bad("yes", null));
        }
        for (String extra : moreBadValues) {
            values.put("'" + extra + "'", new Bad(extra, null));
        }
        return values;
    }

    private static Map<String, Bad> badValues(Kind kind) {
        Map<String, Bad> values = new LinkedHashMap<>();
        switch (kind) {
            case TEXT -> {
                values.put("with a NUL character", new Bad("\"a\\u0000b\"", "must not contain control characters"));
                values.put("with an ESC character", new Bad("\"a\\u001b[31mb\"", "must not contain control characters"));
                values.put("with CR LF", new Bad("\"a\\r\\nb\"", "must not contain control characters or line breaks"));
                values.put("with a right-to-left override", new Bad("\"a\\u202eb\"", "must not contain bidirectional control characters"));
                values.put("with an unpaired surrogate", new Bad("\"a\\ud800b\"", "must contain only Unicode characters"));
                values.put("longer than any column holds", new Bad("\"" + "x".repeat(1000) + "\"", null));
                values.put("as a number", new Bad("1", "must be a string"));
                values.put("as a boolean", new Bad("true", "must be a string"));
                values.put("as an object", new Bad("{}", "must be a string"));
            }
            case ENUM -> {
                values.put("as a number", new Bad("1", "must be one of"));
                values.put("as a fraction", new Bad("0.5", "must be one of"));
                values.put("as an unknown constant", new Bad("\"NOT_A_VALUE\"", "must be one of"));
                values.put("empty", new Bad("\"\"", "must be one of"));
                values.put("with a NUL character", new Bad("\"\\u0000\"", "must be one of"));
            }
            case WHOLE_NUMBER -> {
                values.put("as a fraction", new Bad("1.5", "must be a whole number"));
                values.put("too large for its column", new Bad("3000000000", "is out of range for a whole number"));
                values.put("as a string", new Bad("\"10\"", "must be a whole number"));
                values.put("as a boolean", new Bad("true", "must be a whole number"));
            }
            case DECIMAL -> {
                values.put("too large for its column", new Bad("1234567890123", "must have at most"));
                values.put("with more decimals than stored", new Bad("1.0001", "must have at most"));
                values.put("as a string", new Bad("\"80\"", "must be a number"));
                values.put("as a boolean", new Bad("true", "must be a number"));
            }
            case DATE -> {
                values.put("as a number", new Bad("20250101", "must be a date, YYYY-MM-DD"));
                values.put("in year 0", new Bad("\"0000-01-01\"", "must lie in the years"));
                values.put("in year 99999", new Bad("\"+99999-01-01\"", "must be a date, YYYY-MM-DD"));
                values.put("that is no calendar day", new Bad("\"2025-02-30\"", "is not a day of the calendar"));
                values.put("without leading zeros", new Bad("\"2025-1-1\"", "must be a date, YYYY-MM-DD"));
            }
            case BOOLEAN -> {
                values.put("as a number", new Bad("1", "must be true or false"));
                values.put("as a string", new Bad("\"true\"", "must be true or false"));
            }
            case UUID -> {
                values.put("as a number", new Bad("1", "must be a UUID"));
                values.put("that is no UUID", new Bad("\"not-a-uuid\"", "must be a UUID"));
            }
        }
        return values;
    }

    /** The valid body with {@code field} set to the raw JSON {@code rawJson}; both null: the valid body. */
    private String body(String field, String rawJson) {
        Object body = field == null ? valid : replaced(valid, field.split("\\."), 0);
        String text = json(body);
        return field == null ? text : text.replace(json(PLACEHOLDER), rawJson);
    }

    /**
     * A copy of {@code value} with the placeholder where {@code path} points: names of fields,
     * each optionally indexing a list ({@code measures[0].spentToDate}).
     */
    private static Object replaced(Object value, String[] path, int depth) {
        if (depth == path.length) {
            return PLACEHOLDER;
        }
        String step = path[depth];
        int bracket = step.indexOf('[');
        String name = bracket < 0 ? step : step.substring(0, bracket);
        @SuppressWarnings("unchecked")
        Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) value);
        if (bracket < 0) {
            copy.put(name, replaced(copy.get(name), path, depth + 1));
        } else {
            int index = Integer.parseInt(step.substring(bracket + 1, step.length() - 1));
            List<Object> items = new ArrayList<>((List<?>) copy.get(name));
            items.set(index, replaced(items.get(index), path, depth + 1));
            copy.put(name, items);
        }
        return copy;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The valid body with a lone UTF-8 continuation byte where the string value of the top-level {@code field} begins. */
    private static byte[] invalidUtf8(String body, String field) {
        String start = json(field) + ":\"";
        int quote = bytes(body.substring(0, body.indexOf(start) + start.length())).length;
        byte[] valid = bytes(body);
        byte[] invalid = new byte[valid.length + 1];
        System.arraycopy(valid, 0, invalid, 0, quote);
        invalid[quote] = (byte) 0x80;
        System.arraycopy(valid, quote, invalid, quote + 1, valid.length - quote);
        return invalid;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
