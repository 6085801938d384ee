package se.kvalitet.sanctions.breach;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import se.kvalitet.testsupport.TestTokens;

/**
 * A benchmark, not a timed test, run on demand ({@code -Dtest=BreachExportBenchmark}): exports
 * 100,000 breach-history rows as CSV through the API and prints the rows per second and how far
 * the heap grew. It checks only that every row arrived; the figures are for the reader.
 * <p>
 * Two passes over the same rows: the first is timed; the second measures memory by collecting
 * garbage every 50 ms and keeping the largest heap that survives, so that what is measured is
 * what the export holds, not the garbage it makes (which the first pass's collector may leave
 * lying about for a while).
 */
@QuarkusTest
class BreachExportBenchmark {

    private static final int ROWS = 100_000;
    /** Kiruna: no other test records breaches there. */
    private static final String MUNICIPALITY = "2584";

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @Test
    void exportsAHundredThousandRowsAsStreamedCsv() throws Exception {
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("""
                    insert into breach (id, unit_id, period, principal_org_number, principal_kind, municipality_code, area, requirements,
                                        contract_id, found_at)
                    select gen_random_uuid(), gen_random_uuid(), '2025', '5591234561', 'PRIVATE', ?1, 'ELDERLY_CARE', 'U21468,U21401',
                           gen_random_uuid(), now() - make_interval(secs => g)
                    from generate_series(1, ?2) g""").setParameter(1, MUNICIPALITY).setParameter(2, ROWS).executeUpdate();
            entityManager.createNativeQuery("""
                    insert into breach_event (id, breach_id, event_id, type, status, actor, occurred_at, detail)
                    select gen_random_uuid(), id, gen_random_uuid(), 'ContractDrafted', 'UNDER_CONTRACT', 'benchmark', found_at, null
                    from breach where municipality_code = ?1""").setParameter(1, MUNICIPALITY).executeUpdate();
            entityManager.createNativeQuery("analyze breach, breach_event").executeUpdate();
        });
        export();

        long started = System.nanoTime();
        assertThat(export()).as("the header and every row").isEqualTo(ROWS + 1);
        double seconds = (System.nanoTime() - started) / 1e9;

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        memory.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(before);
        AtomicBoolean exporting = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (exporting.get()) {
                memory.gc();
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        });
        sampler.start();
        assertThat(export()).isEqualTo(ROWS + 1);
        exporting.set(false);
        sampler.join();

        System.out.printf("BENCHMARK breach-history CSV export: %,d rows in %.2f s = %,.0f rows/s; heap growth while streaming %.1f MiB"
                + " (largest heap surviving a collection, minus %.1f MiB before)%n", ROWS, seconds, ROWS / seconds,
                (peak.get() - before) / 1048576.0, before / 1048576.0);
    }

    /** Streams the export as a client would and counts its lines. */
    private long export() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/breaches?municipality=" + MUNICIPALITY))
                .header("Authorization", "Bearer " + TestTokens.supervisor()).header("Accept", "text/csv").build();
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        long lines = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            while (reader.readLine() != null) {
                lines++;
            }
        }
        return lines;
    }
}
