package se.kvalitet.contracts.infra;

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

/** Every class of bad filter and path parameter of the contract service (it has no write endpoint yet): a 400 naming it. */
@QuarkusTest
class BadInputTest {

    @TestFactory
    Stream<DynamicTest> listFiltersAndPathParameters() {
        List<Case> cases = new ArrayList<>();
        cases.addAll(BadInput.filter("/api/v1/contracts", "status", ENUM, "SIGNED_TWICE"));
        cases.addAll(BadInput.filter("/api/v1/contracts", "unitId", UUID));
        cases.addAll(BadInput.filter("/api/v1/contracts", "principal", TEXT, "5591234562", "212000-014"));
        cases.addAll(BadInput.filter("/api/v1/contracts", "municipality", TEXT, "180", "abcd"));
        cases.addAll(BadInput.filter("/api/v1/contracts", "page", WHOLE_NUMBER, "-1"));
        cases.addAll(BadInput.filter("/api/v1/contracts", "size", WHOLE_NUMBER, "501"));
        cases.addAll(BadInput.pathParameter("/api/v1/contracts/{id}", "id", UUID));
        cases.addAll(BadInput.auditFilters());
        return BadInput.refused(cases, c -> BadInput.get(c, TestTokens.agencyOfficer()), () -> 0);
    }
}
