package se.kvalitet.sanctions.infra;

import java.util.List;

/** The page a client asked for, read from query parameters that may be anything. */
public record Paging(int page, int size) {

    public static final int MAX_SIZE = 500;

    public static Paging of(String page, String size) {
        return new Paging(parse("page", page, 0, 0, Integer.MAX_VALUE), parse("size", size, 20, 1, MAX_SIZE));
    }

    private static int parse(String field, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException ignored) {
            // reported below with the allowed range
        }
        throw new InvalidInputException(field, "must be a whole number from " + min + " to " + max);
    }

    public <T> Page<T> page(List<T> items, long total) {
        return new Page<>(items, page, size, total);
    }

    /** One page of a list with the total count of matching items. */
    public record Page<T>(List<T> items, int page, int size, long total) {
    }
}
