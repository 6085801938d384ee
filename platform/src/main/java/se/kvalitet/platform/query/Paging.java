package se.kvalitet.platform.query;

import java.util.List;
import java.util.function.Function;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import se.kvalitet.platform.web.InvalidInputException;

/** The page a client asked for, read from query parameters that may be anything. */
public record Paging(int page, int size) {

    public static final int MAX_SIZE = 500;

    public static Paging of(String page, String size) {
        return new Paging(parse("page", page, 0, 0, Integer.MAX_VALUE), parse("size", size, 20, 1, MAX_SIZE));
    }

    private static int parse(String field, String value, int fallback, int min, int max) {
        if (value == null) {
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

    /** This page of the query's results, each shown through {@code view}, with the total count. */
    public <E, V> Page<V> of(PanacheQuery<E> query, Function<? super E, V> view) {
        List<V> items = query.page(page, size).list().stream().<V>map(view).toList();
        return new Page<>(items, page, size, query.count());
    }

    /** One page of a list with the total count of matching items. */
    public record Page<T>(List<T> items, int page, int size, long total) {
    }
}
