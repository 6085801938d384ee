package se.kvalitet.sanctions.breach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.kvalitet.sanctions.Breaches.awaitBreaches;
import static se.kvalitet.sanctions.Breaches.awaitCase;
import static se.kvalitet.sanctions.Breaches.breachesOf;
import static se.kvalitet.sanctions.Breaches.caseOf;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import se.kvalitet.testsupport.ContractEvent;

/** No code path and no person changes the breach history or a case's history: the database refuses it. */
@QuarkusTest
class AppendOnlyHistoryTest {

    @Inject
    EntityManager entityManager;

    @Test
    void theDatabaseRefusesToUpdateDeleteOrTruncateTheHistory() {
        UUID unitId = UUID.randomUUID();
        ContractEvent.healthRisk(unitId).publish();
        String breachId = awaitBreaches(unitId, 1).getString("items[0].breachId");
        String caseId = awaitCase(unitId).getString("caseId");
        String breaches = breachesOf(unitId).prettify();
        String escalation = caseOf(caseId).prettify();

        for (String statement : new String[] {
                "update breach set requirements = 'none' where id = '" + breachId + "'",
                "delete from breach where id = '" + breachId + "'",
                "update breach_event set status = 'RESOLVED' where breach_id = '" + breachId + "'",
                "delete from breach_event where breach_id = '" + breachId + "'",
                "truncate breach_event",
                "update case_entry set reason = 'rewritten' where case_id = '" + caseId + "'",
                "delete from case_entry where case_id = '" + caseId + "'",
                "truncate case_entry" }) {
            assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(statement).executeUpdate()))
                    .as(statement).hasStackTraceContaining("is append-only");
        }
        assertThat(breachesOf(unitId).prettify()).isEqualTo(breaches);
        assertThat(caseOf(caseId).prettify()).isEqualTo(escalation);
    }
}
