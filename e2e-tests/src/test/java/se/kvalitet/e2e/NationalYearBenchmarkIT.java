package se.kvalitet.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.PGConnection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import se.kvalitet.localstack.Demo;
import se.kvalitet.localstack.StackConfig.Service;

/**
 * A national year through the public API, measured: units over all 290 municipalities registered
 * in bulk, then the year before imported and assessed on services just started (its figures are
 * printed too), then the year measured: a year of results across the starter catalogue (a few
 * percent below threshold) imported as one file on services that have run a year's import (their
 * JIT compilers are still at work in it, and the figures say how much), each year on a database
 * just checkpointed, as production's is when a national file arrives ({@link #checkpoint()}); the
 * time from the import's end until the last contract is drafted and the last breach recorded, the
 * CPU each service, PostgreSQL and the benchmark's own JVM (with the Kafka broker) used during the
 * import, each service's heap and RSS before and after, and, once all is assessed, the same rows
 * copied raw into a scratch table and the results the import stored copied as stored into an empty
 * copy of their table (the least any import of them can take), for comparison. It prints figures
 * and asserts only that everything arrived. In the test suite it runs small
 * ({@code kvalitet.bench.units}, default 500 units, 10,000 results); {@code ./kvalitet bench} runs
 * it at national size (50,000 units, a million results).
 */
@ExtendWith(RunningStack.class)
class NationalYearBenchmarkIT {

    private static final int UNITS = Integer.getInteger("kvalitet.bench.units", 500);
    private static final int PER_BULK = 10_000;
    /** The share of results below threshold: "a few percent", as the national year is specified. */
    private static final double BELOW_THRESHOLD = 0.03;
    /** The unit of the CPU times in {@code /proc}: USER_HZ, 100 a second on Linux. */
    private static final double TICKS_PER_SECOND = 100;

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final KeycloakTokens tokens = RunningStack.tokens();

    @Test
    void aNationalYearIsRegisteredImportedAndAssessed() throws Exception {
        String officer = tokens.user("agency-officer");
        Map<Service, long[]> before = memory();
        List<String> municipalities = given().auth().oauth2(officer).get(url(Service.PROVIDER_REGISTRY, "/api/v1/municipalities?size=500"))
                .then().statusCode(200).extract().jsonPath().getList("items.code");
        List<String> principals = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String orgNumber = orgNumber(556_900_000 + i * 7);
            principals.add(orgNumber);
            assertThat(given().auth().oauth2(officer).contentType(ContentType.JSON)
                    .body(Map.of("orgNumber", orgNumber, "name", "Bänkomsorg " + i + " AB", "kind", "PRIVATE"))
                    .post(url(Service.PROVIDER_REGISTRY, "/api/v1/principals")).statusCode()).isIn(201, 409);
        }

        long indicatorKnew = RunningStack.count("indicator_service", "select count(*) from known_unit");
        long contractsKnew = RunningStack.count("contract_service", "select count(*) from known_unit");
        long registering = System.nanoTime();
        List<String> units = new ArrayList<>();
        String run = Long.toString(System.currentTimeMillis(), 36);
        String[] areas = { "ELDERLY_CARE", "CHILDREN_AND_YOUTH", "FINANCIAL_ASSISTANCE", "SUBSTANCE_ABUSE", "DISABILITY" };
        for (int start = 0; start < UNITS; start += PER_BULK) {
            StringBuilder csv = new StringBuilder("name,principalOrgNumber,municipalityCode,area,permitId\n");
            for (int i = start; i < Math.min(UNITS, start + PER_BULK); i++) {
                csv.append("Enhet ").append(i).append(',').append(principals.get(i % principals.size())).append(',')
                        .append(municipalities.get(i % municipalities.size())).append(',').append(areas[i % areas.length])
                        .append(",IVO-B-").append(run).append('-').append(i).append('\n');
            }
            JsonPath registered = given().auth().oauth2(officer).contentType("text/csv").body(csv.toString())
                    .post(url(Service.PROVIDER_REGISTRY, "/api/v1/units/bulk")).then().statusCode(200).extract().jsonPath();
            assertThat(registered.getList("rejected")).isEmpty();
            units.addAll(registered.getList("units"));
        }
        double registerSeconds = seconds(registering);
        Awaitility.await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> RunningStack.count("indicator_service", "select count(*) from known_unit")
                        >= indicatorKnew + units.size()
                        && RunningStack.count("contract_service", "select count(*) from known_unit") >= contractsKnew + units.size());
        double propagateSeconds = seconds(registering) - registerSeconds;

        List<Map<String, Object>> requirements = given().auth().oauth2(officer).get(url(Service.INDICATOR_SERVICE, "/api/v1/requirements?size=500"))
                .then().statusCode(200).extract().jsonPath().getList("items");
        String publisher = tokens.publisher();

        Path yearBeforeFile = Files.createTempFile("year-before-", ".csv");
        int yearBeforeRows = writeYear(yearBeforeFile, "2024", units, requirements);
        checkpoint();
        Imported yearBefore = importFile(yearBeforeFile, publisher);
        RunningStack.awaitEveryEventApplied(Duration.ofMinutes(30));
        Instant yearBeforeContract = instant("contract_service", "select max(created_at) from contract");
        long yearBeforeContracts = RunningStack.count("contract_service", "select count(*) from contract");
        Files.deleteIfExists(yearBeforeFile);

        Path file = Files.createTempFile("national-year-", ".csv");
        int rows = writeYear(file, "2025", units, requirements);
        checkpoint();
        CpuUse cpuBefore = cpu();
        Imported year = importFile(file, publisher);
        CpuUse cpuAfter = cpu();
        RunningStack.awaitEveryEventApplied(Duration.ofMinutes(30));
        Instant lastContract = instant("contract_service", "select max(created_at) from contract");
        Instant lastBreach = instant("sanction_service", "select max(found_at) from breach");
        Map<Service, long[]> after = memory();
        // Once everything is assessed, so that the copies run on idle cores and delay nothing measured.
        double copySeconds = rawCopy(file);
        int cores = Runtime.getRuntime().availableProcessors();
        double storedSeconds = storedCopy(year.job(), cores);

        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("units", "%,d over %d municipalities".formatted(units.size(), municipalities.size()));
        figures.put("bulk registration", "%.1f s, %,.0f units/s".formatted(registerSeconds, units.size() / registerSeconds));
        figures.put("units known to indicator-service", "%.1f s after the last bulk answer".formatted(propagateSeconds));
        figures.put("year before, services just started", "%,d rows in %.1f s, %,.0f rows/s; last contract %s".formatted(yearBeforeRows,
                yearBefore.seconds(), yearBeforeRows / yearBefore.seconds(), yearBeforeContract == null ? "none"
                        : "%.1f s after".formatted(Duration.between(yearBefore.ended(), yearBeforeContract).toMillis() / 1000.0)));
        figures.put("results imported", "%,d rows (%,d recorded) in %.1f s, %,.0f rows/s".formatted(rows, year.recorded(), year.seconds(),
                rows / year.seconds()));
        Map<String, double[]> used = cpuAfter.since(cpuBefore);
        figures.put("CPU during the import", "%.1f of %.1f CPU-s (%d cores, upload to the poll that saw it end), used by".formatted(
                used.values().stream().mapToDouble(process -> process[0]).sum(), (cpuAfter.at() - cpuBefore.at()) / 1e9 * cores, cores));
        used.forEach((process, seconds) -> figures.put("  " + process, seconds.length == 1 ? "%.1f CPU-s".formatted(seconds[0])
                : "%.1f CPU-s, %.1f of them compiling".formatted(seconds[0], seconds[1])));
        figures.put("raw COPY of the same rows", "%.2f s, %,.0f rows/s; the import reaches %.1f %% of it".formatted(copySeconds,
                rows / copySeconds, 100 * (rows / year.seconds()) / (rows / copySeconds)));
        figures.put("its results stored alone", "%.2f s in %d streams, %.1f times the raw COPY's time; the import reaches %.1f %% of it"
                .formatted(storedSeconds, cores, storedSeconds / copySeconds, 100 * storedSeconds / year.seconds()));
        figures.put("last contract drafted", lastContract == null ? "none" : "%.1f s after the import ended".formatted(
                Duration.between(year.ended(), lastContract).toMillis() / 1000.0));
        figures.put("last breach recorded", lastBreach == null ? "none" : "%.1f s after the import ended".formatted(
                Duration.between(year.ended(), lastBreach).toMillis() / 1000.0));
        figures.put("contracts", "%d (%d drafted for the year before)".formatted(
                RunningStack.count("contract_service", "select count(*) from contract"),
                yearBeforeContracts));
        before.forEach((service, was) -> figures.put(service.module() + " heap / RSS", "%d → %d MiB / %d → %d MiB".formatted(
                was[0] >> 20, after.get(service)[0] >> 20, was[1] >> 20, after.get(service)[1] >> 20)));
        StringBuilder report = new StringBuilder("\nNational year benchmark\n");
        figures.forEach((name, value) -> report.append("  %-36s %s%n".formatted(name, value)));
        System.out.println(report);
        Files.deleteIfExists(file);
    }

    /** An import job's figures: the job, the seconds from upload to its end, the rows it recorded, and when it ended. */
    private record Imported(UUID job, double seconds, int recorded, Instant ended) {
    }

    /**
     * Uploads the file as one import job and waits until it has succeeded with every row recorded;
     * its seconds run from the upload's start to the job's own {@code finishedAt}. The upload and
     * the polling go through a plain HTTP client: RestAssured compiles a Groovy expression for
     * every JSON path it reads, and in a national import the benchmark's JVM compiled code for
     * 1.8 CPU-s of the two cores the services share (0.3 s with the plain client).
     */
    private Imported importFile(Path file, String publisher) throws IOException, InterruptedException {
        Instant started = Instant.now();
        HttpResponse<String> accepted = HTTP.send(HttpRequest.newBuilder(URI.create(url(Service.INDICATOR_SERVICE, "/api/v1/results/import")))
                .header("Authorization", "Bearer " + publisher).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        URI job = URI.create(accepted.headers().firstValue("Location").orElseThrow());
        JsonNode finished = Awaitility.await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> JSON.readTree(HTTP.send(HttpRequest.newBuilder(job).header("Authorization", "Bearer " + publisher).build(),
                        HttpResponse.BodyHandlers.ofString()).body()), state -> List.of("SUCCEEDED", "FAILED").contains(state.path("state").asText()));
        assertThat(finished.path("state").asText()).as(finished.toPrettyString()).isEqualTo("SUCCEEDED");
        assertThat(finished.path("rejected").asInt()).as(finished.toPrettyString()).isZero();
        Instant ended = Instant.parse(finished.path("finishedAt").asText());
        return new Imported(UUID.fromString(finished.path("id").asText()), Duration.between(started, ended).toNanos() / 1e9,
                finished.path("recorded").asInt(), ended);
    }

    /** Each unit's results for every period of the year across the catalogue; a few below threshold. */
    private static int writeYear(Path file, String year, List<String> units, List<Map<String, Object>> requirements) throws IOException {
        Random random = new Random(Long.parseLong(year));
        int rows = 0;
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("unitId,requirementCode,period,value,sampleSize,source\n");
            for (String unit : units) {
                for (Map<String, Object> requirement : requirements) {
                    List<String> periods = Demo.periodsOf(year, (String) requirement.get("periodType"));
                    @SuppressWarnings("unchecked")
                    List<Map<String, Object>> versions = (List<Map<String, Object>>) requirement.get("versions");
                    double threshold = ((Number) versions.get(versions.size() - 1).get("threshold")).doubleValue();
                    boolean higher = "HIGHER_IS_BETTER".equals(requirement.get("direction"));
                    for (String period : periods) {
                        boolean below = random.nextDouble() < BELOW_THRESHOLD;
                        double value = higher == below ? threshold - 5 : threshold + 5;
                        if ("PERCENT".equals(requirement.get("unitOfMeasure"))) {
                            value = Math.min(100, value);
                        }
                        value = Math.max(0, value);
                        out.write("%s,%s,%s,%.1f,200,benchmark%n".formatted(unit, requirement.get("code"), period, value));
                        rows++;
                    }
                }
            }
        }
        return rows;
    }

    /** Copies the file raw into a scratch table of the indicator database; the seconds it took. */
    private static double rawCopy(Path file) throws SQLException, IOException {
        try (Connection connection = RunningStack.connect("indicator_service"); Statement statement = connection.createStatement()) {
            statement.execute("create temporary table bench_copy (unit_id uuid, requirement_code varchar(40), period varchar(10),"
                    + " value numeric(12, 3), sample_size int, source varchar(200))");
            try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                long started = System.nanoTime();
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy bench_copy from stdin with (format csv, header true)", in);
                return seconds(started);
            }
        }
    }

    /**
     * Copies the results the import stored, as stored, into an empty copy of {@code indicator_result}
     * with its keys (a logged table, as the real one is), in one stream for each core at once,
     * each taking a share of the units; the seconds from the first stream's start to the last
     * one's end. The import cannot take less: it stores the same rows in that table, which already
     * holds the year before, and reads, checks, judges and announces them as well.
     */
    private static double storedCopy(UUID job, int streams) throws Exception {
        List<Path> shares = new ArrayList<>();
        try (Connection connection = RunningStack.connect("indicator_service"); Statement statement = connection.createStatement()) {
            statement.execute("create table bench_stored (like indicator_result including all)");
            try {
                for (int share = 0; share < streams; share++) {
                    Path file = Files.createTempFile("national-year-stored-", ".bin");
                    shares.add(file);
                    try (var out = Files.newOutputStream(file)) {
                        connection.unwrap(PGConnection.class).getCopyAPI().copyOut("copy (select * from indicator_result where import_job_id = '"
                                + job + "' and abs(hashtext(unit_id::text) % " + streams + ") = " + share + ") to stdout with (format binary)", out);
                    }
                }
                ExecutorService copiers = Executors.newFixedThreadPool(streams);
                try {
                    List<Callable<Void>> copies = shares.stream().<Callable<Void>>map(file -> () -> {
                        try (Connection copying = RunningStack.connect("indicator_service"); var in = Files.newInputStream(file)) {
                            copying.unwrap(PGConnection.class).getCopyAPI().copyIn("copy bench_stored from stdin with (format binary)", in);
                        }
                        return null;
                    }).toList();
                    long started = System.nanoTime();
                    for (Future<Void> copy : copiers.invokeAll(copies)) {
                        copy.get();
                    }
                    return seconds(started);
                } finally {
                    copiers.shutdown();
                }
            } finally {
                statement.execute("drop table bench_stored");
            }
        } finally {
            for (Path file : shares) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** Heap used after a full collection (jcmd GC.run) and resident set size, per service. */
    private static Map<Service, long[]> memory() throws IOException, InterruptedException {
        Map<Service, long[]> memory = new LinkedHashMap<>();
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        for (Service service : Service.values()) {
            long pid = RunningStack.stack().pid(service);
            new ProcessBuilder(jcmd.toString(), Long.toString(pid), "GC.run").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
            String metrics = given().get(url(service, "/q/metrics")).then().statusCode(200).extract().asString();
            long heap = metrics.lines().filter(line -> line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\""))
                    .mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
            long rss = Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                    .filter(line -> line.startsWith("VmRSS:")).mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")) * 1024)
                    .findFirst().orElse(0);
            memory.put(service, new long[] { heap, rss });
        }
        return memory;
    }

    /**
     * CPU-seconds each process had used when read ({@link System#nanoTime} {@code at}); for a JVM,
     * then those of its JIT compilers' threads.
     */
    private record CpuUse(long at, Map<String, double[]> byProcess) {

        /** What each process used from {@code before} to this reading. */
        Map<String, double[]> since(CpuUse before) {
            Map<String, double[]> used = new LinkedHashMap<>();
            byProcess.forEach((process, now) -> {
                double[] then = before.byProcess().get(process);
                double[] difference = new double[now.length];
                for (int i = 0; i < now.length; i++) {
                    difference[i] = now[i] - then[i];
                }
                used.put(process, difference);
            });
            return used;
        }
    }

    /**
     * The CPU used so far by each service, by PostgreSQL (the server process, its processes
     * running and those that have ended) and by this JVM, which runs the Kafka broker, read from
     * {@code /proc}.
     */
    private static CpuUse cpu() throws IOException, SQLException {
        long at = System.nanoTime();
        Map<String, double[]> cpu = new LinkedHashMap<>();
        for (Service service : Service.values()) {
            cpu.put(service.module(), javaCpu(RunningStack.stack().pid(service)));
        }
        long server;
        try (Connection connection = RunningStack.connect("indicator_service"); Statement statement = connection.createStatement();
                ResultSet backend = statement.executeQuery("select pg_backend_pid()")) {
            backend.next();
            server = ProcessHandle.of(backend.getLong(1)).flatMap(ProcessHandle::parent).orElseThrow().pid();
        }
        long[] serverTimes = cpuTicks(Path.of("/proc", Long.toString(server), "stat"));
        double postgres = (serverTimes[0] + serverTimes[1]) / TICKS_PER_SECOND;
        for (ProcessHandle child : ProcessHandle.of(server).orElseThrow().children().toList()) {
            long[] times = cpuTicks(Path.of("/proc", Long.toString(child.pid()), "stat"));
            postgres += times[0] / TICKS_PER_SECOND;
        }
        cpu.put("PostgreSQL", new double[] { postgres });
        cpu.put("this JVM, with the Kafka broker", javaCpu(ProcessHandle.current().pid()));
        return new CpuUse(at, cpu);
    }

    /** A JVM's CPU-seconds so far, and those of its JIT compiler threads. */
    private static double[] javaCpu(long pid) throws IOException {
        Path process = Path.of("/proc", Long.toString(pid));
        double compiling = 0;
        try (var threads = Files.list(process.resolve("task"))) {
            for (Path thread : threads.toList()) {
                try {
                    String name = Files.readString(thread.resolve("comm"));
                    if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) {
                        compiling += cpuTicks(thread.resolve("stat"))[0] / TICKS_PER_SECOND;
                    }
                } catch (NoSuchFileException ended) {
                    // a thread that ended between the listing and the read (its time stays in the process's)
                }
            }
        }
        return new double[] { cpuTicks(process.resolve("stat"))[0] / TICKS_PER_SECOND, compiling };
    }

    /**
     * From a {@code /proc} stat file, a process's or thread's own CPU ticks (user and system), then
     * those of its children that have ended; 0 for a process that ended before it was read.
     */
    private static long[] cpuTicks(Path stat) throws IOException {
        String line;
        try {
            line = Files.readString(stat);
        } catch (NoSuchFileException ended) {
            return new long[] { 0, 0 };
        }
        // The fields after the command name (in parentheses) start at the third, the state; utime is the 14th, then stime, cutime, cstime.
        String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
        return new long[] { Long.parseLong(fields[11]) + Long.parseLong(fields[12]), Long.parseLong(fields[13]) + Long.parseLong(fields[14]) };
    }

    /**
     * Checkpoints the server: every page changed so far is written out. Production checkpoints
     * every 15 minutes, and a national file arrives months after the last, so its import finds the
     * buffers clean. Here a year is imported a minute after the year before, on a new server that
     * has not checkpointed since it started (8 GB of WAL are allowed before one is due): without
     * this, the import would find most of the 1 GB of buffers dirty with the year before, and write
     * them out itself to make room.
     */
    private static void checkpoint() throws SQLException {
        try (Connection connection = DriverManager.getConnection(RunningStack.stack().jdbcUrl("postgres"), "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute("checkpoint");
        }
    }

    private static Instant instant(String database, String query) throws SQLException {
        try (Connection connection = RunningStack.connect(database); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(query)) {
            result.next();
            java.sql.Timestamp at = result.getTimestamp(1);
            return at == null ? null : at.toInstant();
        }
    }

    /** A valid organisation number (Luhn check digit) from nine digits. */
    private static String orgNumber(int nine) {
        String digits = Integer.toString(nine);
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int d = (digits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }
        return digits + (10 - sum % 10) % 10;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static String url(Service service, String path) {
        return RunningStack.url(service, path);
    }
}
