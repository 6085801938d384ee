package se.kvalitet.contracts.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kvalitet.contracts.ContractFlow.known;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.kvalitet.testsupport.ResultEvent;
import se.kvalitet.testsupport.Topic;
import se.kvalitet.testsupport.Traceparents;
import se.kvalitet.testsupport.UnitEvent;

/**
 * A contract drafted for a result goes on to Kafka in the trace the result arrived in. (The units
 * are known first: a draft made when a unit arrives after its results is the unit event's doing.)
 */
@QuarkusTest
class TraceAcrossKafkaTest {

    @Test
    void theDraftOfABreachContinuesTheTraceOfTheResultThatBreachedIt() {
        UUID unitId = known(UnitEvent.aUnit()).unitId();
        String upstream = Traceparents.fresh();
        ResultEvent.forUnit(unitId).notMet().publishIn(upstream);

        String drafted = Traceparents.of(Topic.named("contract.events.v1")
                .awaitRecord(r -> r.key().equals(unitId.toString()) && r.value().contains("ContractDrafted")));
        assertThat(Traceparents.traceId(drafted)).isEqualTo(Traceparents.traceId(upstream));
    }

    @Test
    void resultsOfOnePollKeepTheirOwnTraces() {
        UUID first = known(UnitEvent.aUnit()).unitId();
        UUID second = known(UnitEvent.aUnit()).unitId();
        String firstTrace = Traceparents.fresh();
        String secondTrace = Traceparents.fresh();
        ResultEvent.forUnit(first).notMet().publishIn(firstTrace);
        ResultEvent.forUnit(second).notMet().publishIn(secondTrace);

        Topic contractEvents = Topic.named("contract.events.v1");
        assertThat(Traceparents.traceId(Traceparents.of(contractEvents.awaitRecord(
                r -> r.key().equals(first.toString()) && r.value().contains("ContractDrafted"))))).isEqualTo(Traceparents.traceId(firstTrace));
        assertThat(Traceparents.traceId(Traceparents.of(contractEvents.awaitRecord(
                r -> r.key().equals(second.toString()) && r.value().contains("ContractDrafted"))))).isEqualTo(Traceparents.traceId(secondTrace));
    }
}
