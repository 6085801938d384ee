package se.kvalitet.registry.infra;

import java.util.List;
import java.util.UUID;

/** Reads path and query parameters, which may be anything, into typed values or a 400 naming them. */
public final class QueryParameters {

    private QueryParameters() {
    }

    public static UUID uuid(String field, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "must be a UUID");
        }
    }

    public static <E extends Enum<E>> E enumValue(Class<E> type, String field, String value) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "must be one of " + List.of(type.getEnumConstants()));
        }
    }
}
