package se.kvalitet.sanctions.infra;

import static se.kvalitet.testsupport.BadInput.Kind.DATE;
import static se.kvalitet.testsupport.BadInput.Kind.ENUM;
import static se.kvalitet.testsupport.BadInput.Kind.TEXT;
import static se.kvalitet.testsupport.BadInput.Kind.UUID;
import static se.kvalitet.testsupport.BadInput.Kind.WHOLE_NUMBER;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import io.quarkus.test.junit.QuarkusTest;
import se.kvalitet.testsupport.BadInput;
import se.kvalitet.testsupport.BadInput.Case;
import se.kvalitet.testsupport.TestTokens;

/** Every class of bad filter and path parameter of the sanction service (it has no write endpoint yet): a 400 naming it. */
@QuarkusTest
class BadInputTest {

    @TestFactory
    Stream<DynamicTest> listFiltersAndPathParameters() {
        List<Case> cases = new ArrayList<>();
        cases.addAll(BadInput.filter("/api/v1/breaches", "unitId", UUID));
        cases.addAll(BadInput.filter("/api/v1/breaches", "principal", TEXT, "5591234562"));
        cases.addAll(BadInput.filter("/api/v1/breaches", "municipality", TEXT, "180", "abcd"));
        cases.addAll(BadInput.filter("/api/v1/breaches", "area", ENUM, "GARDENING"));
        cases.addAll(BadInput.filter("/api/v1/breaches", "from", DATE, "yesterday"));
        cases.addAll(BadInput.filter("/api/v1/breaches", "to", DATE));
        cases.addAll(BadInput.filter("/api/v1/breaches", "status", ENUM, "FORGIVEN"));
        cases.addAll(BadInput.filter("/api/v1/breaches", "page", WHOLE_NUMBER, "-1"));
        cases.add(BadInput.range("/api/v1/breaches", "2025-03-01", "2025-02-28"));
        cases.addAll(BadInput.filter("/api/v1/cases", "status", ENUM, "CLOSED_FOREVER"));
        cases.addAll(BadInput.filter("/api/v1/cases", "unitId", UUID));
        cases.addAll(BadInput.filter("/api/v1/cases", "principal", TEXT, "12345"));
        cases.addAll(BadInput.filter("/api/v1/cases", "size", WHOLE_NUMBER, "0"));
        cases.addAll(BadInput.pathParameter("/api/v1/cases/{id}", "id", UUID));
        cases.addAll(BadInput.auditFilters());
        return BadInput.refused(cases, c -> BadInput.get(c, TestTokens.supervisor()), () -> 0);
    }
}
