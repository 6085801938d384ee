package se.kvalitet.sanctions.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kvalitet.sanctions.Breaches.awaitBreaches;
import static se.kvalitet.sanctions.Breaches.awaitCase;
import static se.kvalitet.sanctions.Breaches.decide;
import static se.kvalitet.testsupport.AuditTrailAssert.awaitEntry;
import static se.kvalitet.testsupport.AuditTrailAssert.changedTo;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import se.kvalitet.testsupport.ContractEvent;
import se.kvalitet.testsupport.PrincipalEvent;
import se.kvalitet.testsupport.UnitEvent;

/** Every kind of state change the sanction service makes leaves an audit entry naming the event, supervisor or job behind it. */
@QuarkusTest
class AuditTrailTest {

    @Test
    void aBreachRecordedAndWithdrawnIsAuditedWithTheEventsThatDidIt() {
        UUID unitId = UUID.randomUUID();
        ContractEvent drafted = ContractEvent.drafted(unitId).publish();
        String breachId = awaitBreaches(unitId, 1).getString("items[0].breachId");
        JsonPath recorded = awaitEntry("Breach", breachId, "record");
        assertThat(recorded.getString("actor.kind")).isEqualTo("EVENT");
        assertThat(recorded.getString("actor.id")).isEqualTo("breach-history");
        assertThat(recorded.getString("actor.eventId")).isEqualTo(drafted.eventId().toString());
        assertThat(changedTo(recorded, "status")).isEqualTo("UNDER_CONTRACT");

        ContractEvent cancelled = ContractEvent.cancelled(unitId, drafted.contractId()).publish();
        JsonPath withdrawn = awaitEntry("Breach", breachId, "ContractCancelled");
        assertThat(withdrawn.getString("actor.eventId")).isEqualTo(cancelled.eventId().toString());
        assertThat(changedTo(withdrawn, "status")).isEqualTo("WITHDRAWN");
        assertThat((List<?>) changedTo(withdrawn, "history")).hasSize(2);
    }

    @Test
    void aHealthRiskIsAuditedAsAReferredBreachAndAnOpenedCase() {
        UUID unitId = UUID.randomUUID();
        ContractEvent risk = ContractEvent.healthRisk(unitId).publish();
        String caseId = awaitCase(unitId).getString("caseId");
        String breachId = awaitBreaches(unitId, 1).getString("items[0].breachId");
        assertThat(changedTo(awaitEntry("Breach", breachId, "record"), "status")).isEqualTo("REFERRED");
        assertThat(changedTo(awaitEntry("Breach", breachId, "EscalationCaseOpened"), "status")).isEqualTo("ESCALATED");
        JsonPath opened = awaitEntry("EscalationCase", caseId, "open");
        assertThat(opened.getString("actor.eventId")).isEqualTo(risk.eventId().toString());
        assertThat(changedTo(opened, "proposedStep")).isEqualTo("INJUNCTION");
    }

    @Test
    void everyDecisionIsAuditedWithTheSupervisorWhoTookItAndWhy() {
        UUID unitId = UUID.randomUUID();
        ContractEvent.healthRisk(unitId).publish();
        String caseId = awaitCase(unitId).getString("caseId");
        decide(caseId, "{\"decision\":\"CONFIRM\"}").statusCode(200);
        JsonPath confirmed = awaitEntry("EscalationCase", caseId, "confirm");
        assertThat(confirmed.getString("actor.kind")).isEqualTo("USER");
        assertThat(confirmed.getString("actor.name")).isEqualTo("supervisor");
        assertThat(confirmed.getString("actor.roles[0]")).isEqualTo("supervisor");
        assertThat(changedTo(confirmed, "currentStep")).isEqualTo("INJUNCTION");

        decide(caseId, "{\"decision\":\"RESOLVE\",\"reason\":\"Remedied at the follow-up inspection\"}").statusCode(200);
        JsonPath resolved = awaitEntry("EscalationCase", caseId, "resolve");
        assertThat(changedTo(resolved, "resolution")).isEqualTo("Remedied at the follow-up inspection");
        assertThat(changedTo(resolved, "status")).isEqualTo("RESOLVED");
        String breachId = awaitBreaches(unitId, 1).getString("items[0].breachId");
        assertThat(awaitEntry("Breach", breachId, "CaseResolved").getString("actor.name")).isEqualTo("supervisor");
    }

    @Test
    void aPrincipalStateFromTheRegistryIsAuditedWithItsEventId() {
        PrincipalEvent principal = PrincipalEvent.privateProvider("5598765435").publish();
        JsonPath seen = awaitEntry("KnownPrincipal", principal.orgNumber(), "principal-first-seen");
        assertThat(seen.getString("actor.kind")).isEqualTo("EVENT");
        assertThat(seen.getString("actor.id")).isEqualTo("principal-projection");
        assertThat(seen.getString("actor.eventId")).isEqualTo(principal.eventId().toString());
        assertThat(changedTo(seen, "kind")).isEqualTo("PRIVATE");

        PrincipalEvent renamed = PrincipalEvent.privateProvider("5598765435").named("Omsorg i Norr AB").publish();
        JsonPath changed = awaitEntry("KnownPrincipal", principal.orgNumber(), "principal-changed");
        assertThat(changed.getString("actor.eventId")).isEqualTo(renamed.eventId().toString());
        assertThat(changed.getList("changes.field")).containsExactly("name");
        assertThat(changedTo(changed, "name")).isEqualTo("Omsorg i Norr AB");
    }

    @Test
    void aUnitStateFromTheRegistryIsAudited() {
        UnitEvent unit = UnitEvent.aUnit().publish();
        assertThat(awaitEntry("KnownUnit", unit.unitId(), "unit-first-seen").getString("actor.eventId"))
                .isEqualTo(unit.eventId().toString());
    }
}
