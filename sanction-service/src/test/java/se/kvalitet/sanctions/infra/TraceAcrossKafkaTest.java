package se.kvalitet.sanctions.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kvalitet.sanctions.Breaches.awaitBreaches;
import static se.kvalitet.testsupport.Eventually.eventually;

import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import se.kvalitet.testsupport.ContractEvent;
import se.kvalitet.testsupport.Traceparents;

/** The breach history records a contract event in the trace that event arrived in. */
@QuarkusTest
class TraceAcrossKafkaTest {

    @Inject
    InMemorySpanExporter spans;

    @Test
    void aBreachIsRecordedInTheTraceOfItsContractEvent() {
        UUID unitId = UUID.randomUUID();
        String upstream = Traceparents.fresh();
        ContractEvent.drafted(unitId).publishIn(upstream);
        awaitBreaches(unitId, 1);

        SpanData applied = eventually().until(() -> consumed(Traceparents.traceId(upstream)), Optional::isPresent).orElseThrow();
        assertThat(applied.getName()).isEqualTo("contract.events.v1 process");
        assertThat(applied.getParentSpanId()).as("a child of the span that published it").isEqualTo(Traceparents.spanId(upstream));
        assertThat(applied.getAttributes().asMap().values()).contains("breach-history");
    }

    private Optional<SpanData> consumed(String traceId) {
        return spans.getFinishedSpanItems().stream()
                .filter(span -> span.getKind() == SpanKind.CONSUMER && span.getTraceId().equals(traceId))
                .findFirst();
    }
}
