package nl.iat.platform.paging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the where-clause of a Panache list query from optional filters: a filter the client left
 * out adds nothing. Values are always bound as parameters, never concatenated into the query.
 */
public final class QueryFilter {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    /** Adds {@code attribute = :name} when the value is given. */
    public QueryFilter equal(String attribute, String name, Object value) {
        return compare(attribute, "=", name, value);
    }

    /** Adds {@code attribute >= :name} when the value is given. */
    public QueryFilter atLeast(String attribute, String name, Object value) {
        return compare(attribute, ">=", name, value);
    }

    /** Adds {@code attribute <= :name} when the value is given. */
    public QueryFilter atMost(String attribute, String name, Object value) {
        return compare(attribute, "<=", name, value);
    }

    /** Adds a condition of its own (a subquery, a function) naming one parameter, when the value is given. */
    public QueryFilter matching(String condition, String name, Object value) {
        if (value != null) {
            clauses.add(condition);
            parameters.put(name, value);
        }
        return this;
    }

    /**
     * Adds the condition for a yes/no filter's answer, when given; both conditions may use the
     * parameters, which are bound only then.
     */
    public QueryFilter yesNo(Boolean answer, String whenYes, String whenNo, Map<String, Object> conditionParameters) {
        if (answer != null) {
            clauses.add(answer ? whenYes : whenNo);
            parameters.putAll(conditionParameters);
        }
        return this;
    }

    private QueryFilter compare(String attribute, String operator, String name, Object value) {
        if (value != null) {
            clauses.add(attribute + " " + operator + " :" + name);
            parameters.put(name, value);
        }
        return this;
    }

    /** The where-clause without the keyword, or {@code "1 = 1"} when no filter was given. */
    public String query() {
        return clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
    }

    public Map<String, Object> parameters() {
        return parameters;
    }
}
