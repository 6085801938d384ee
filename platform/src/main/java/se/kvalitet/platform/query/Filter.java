package se.kvalitet.platform.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import se.kvalitet.platform.web.NotFoundProblem;

/**
 * The conditions of a list query, built from filters that may be absent: {@code equal}, {@code from}
 * and {@code before} ignore a null value, so a resource states each filter once.
 */
public final class Filter {

    /** A JPQL condition with its named parameters; {@link #NONE} restricts nothing. */
    public record Condition(String jpql, Map<String, Object> parameters) {
        public static final Condition NONE = new Condition(null, Map.of());

        /** This condition placed where {@code %s} stands in {@code enclosing}, e.g. a subquery; NONE stays NONE. */
        public Condition inside(String enclosing) {
            return jpql == null ? this : new Condition(enclosing.formatted(jpql), parameters);
        }
    }

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** A filter that starts from what the caller may see (see {@code Visibility}). */
    public static Filter within(Condition visible) {
        return new Filter().and(visible);
    }

    public static Filter all() {
        return new Filter();
    }

    public Filter and(Condition condition) {
        if (condition.jpql() != null) {
            conditions.add(condition.jpql());
            parameters.putAll(condition.parameters());
        }
        return this;
    }

    public Filter equal(String property, Object value) {
        return compare(property, "=", value);
    }

    /** {@code property >= value}. */
    public Filter from(String property, Object value) {
        return compare(property, ">=", value);
    }

    /** {@code property < value}. */
    public Filter before(String property, Object value) {
        return compare(property, "<", value);
    }

    /** {@code property <= value}. */
    public Filter upTo(String property, Object value) {
        return compare(property, "<=", value);
    }

    private Filter compare(String property, String operator, Object value) {
        if (value != null) {
            String name = "p" + parameters.size();
            conditions.add(property + " " + operator + " :" + name);
            parameters.put(name, value);
        }
        return this;
    }

    /** The conditions as a JPQL {@code where} clause, or empty. */
    public String where() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /** A Panache query: the conditions, then {@code order by orderBy}. */
    public String orderBy(String orderBy) {
        return (conditions.isEmpty() ? "" : String.join(" and ", conditions) + " ") + "order by " + orderBy;
    }

    public Parameters parameters() {
        Parameters result = new Parameters();
        parameters.forEach(result::and);
        return result;
    }

    public Map<String, Object> parameterMap() {
        return Map.copyOf(parameters);
    }

    /** The one entity the query finds, or a 404 naming {@code what}: absent and not visible to the caller look alike. */
    public static <E> E found(PanacheQuery<E> query, String what) {
        E entity = query.firstResult();
        if (entity == null) {
            throw new NotFoundProblem(what);
        }
        return entity;
    }
}
