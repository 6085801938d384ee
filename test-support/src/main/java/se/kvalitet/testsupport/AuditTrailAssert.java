package se.kvalitet.testsupport;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;

/** Reads a service's audit trail through its API, as a supervisor would. */
public final class AuditTrailAssert {

    private AuditTrailAssert() {
    }

    /** The entries for one entity, newest first. */
    public static List<Map<String, Object>> entriesFor(String entity, Object entityId) {
        return trail("entity=" + entity + "&entityId=" + entityId).getList("items");
    }

    /** Waits until the entity has an entry for {@code action} (a consumer may still be at work) and returns it. */
    public static JsonPath awaitEntry(String entity, Object entityId, String action) {
        Eventually.eventually().until(() -> entriesFor(entity, entityId).stream().anyMatch(e -> action.equals(e.get("action"))));
        List<Map<String, Object>> entries = entriesFor(entity, entityId);
        int index = 0;
        while (!action.equals(entries.get(index).get("action"))) {
            index++;
        }
        return trail("entity=" + entity + "&entityId=" + entityId).setRootPath("items[" + index + "]");
    }

    /** The value a change set {@code field} to, from an entry's {@code changes}. */
    public static Object changedTo(JsonPath entry, String field) {
        List<Map<String, Object>> changes = entry.getList("changes");
        return changes.stream().filter(c -> field.equals(c.get("field"))).findFirst()
                .map(c -> c.get("to")).orElseThrow(() -> new AssertionError("no change of " + field + " in " + changes));
    }

    private static JsonPath trail(String query) {
        JsonPath page = given().auth().oauth2(TestTokens.supervisor()).get("/api/v1/audit?" + query)
                .then().statusCode(200).extract().jsonPath();
        assertThat(page.getInt("total")).isLessThanOrEqualTo(page.getInt("size"));
        return page;
    }
}
