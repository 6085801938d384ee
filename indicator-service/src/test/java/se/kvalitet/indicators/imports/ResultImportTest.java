package se.kvalitet.indicators.imports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static se.kvalitet.indicators.Fixtures.aRequirement;
import static se.kvalitet.indicators.Fixtures.awaitUnit;
import static se.kvalitet.indicators.Fixtures.createRequirement;
import static se.kvalitet.indicators.Fixtures.knownUnit;
import static se.kvalitet.testsupport.Eventually.eventually;

import java.io.IOException;
import java.io.InputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import se.kvalitet.indicators.result.IndicatorResult;
import se.kvalitet.platform.audit.Actor;
import se.kvalitet.testsupport.ApiSpecs;
import se.kvalitet.testsupport.AuditTrailAssert;
import se.kvalitet.testsupport.TestTokens;
import se.kvalitet.testsupport.Topic;
import se.kvalitet.testsupport.UnitEvent;

/** Result files uploaded as import jobs: refused whole when malformed, else every row recorded or refused by its number. */
@QuarkusTest
class ResultImportTest {

    private static final String HEADER = "unitId,requirementCode,period,value,sampleSize,source\n";

    @Inject
    ImportJobs jobs;

    @Inject
    ResultImport resultImport;

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @ConfigProperty(name = "kvalitet.imports.lanes")
    int lanes;

    /** Staged and recorded with COPY: a source holding what COPY's CSV must quote (quotes, a comma, backslashes) comes back as sent. */
    @Test
    void aSourceWithQuotesCommasAndBackslashesIsStoredExactlyAsSent() {
        UUID unitId = knownUnit(UnitEvent.aUnit());
        String code = createRequirement(aRequirement());
        String source = "SCB \"Öppna jämförelser\", tabell 4\\b; \\. 𝔎";
        String cell = "\"" + source.replace("\"", "\"\"") + "\"";

        JsonPath job = awaitFinished(upload(HEADER + unitId + "," + code + ",2024,85,40," + cell + "\n"));

        assertThat(job.getInt("recorded")).as(job.prettify()).isEqualTo(1);
        given().auth().oauth2(TestTokens.agencyOfficer()).get("/api/v1/results?unitId=" + unitId).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].source", equalTo(source));
    }

    @Test
    void eachRowIsRecordedLeftUnchangedOrRefusedByItsNumber() {
        UUID unitId = knownUnit(UnitEvent.aUnit());
        UUID closedId = knownUnit(UnitEvent.aUnit());
        UnitEvent.theUnit(closedId).closed().version(2).publish();
        awaitUnit(closedId, "CLOSED");
        String code = createRequirement(aRequirement());
        awaitFinished(upload(HEADER + line(unitId, code, "2025", "70") + line(unitId, code, "2029", "50")));

        StringBuilder file = new StringBuilder(HEADER);
        file.append(line(unitId, code, "2024", "85"));                 // 1 recorded
        file.append(line(unitId, code, "2025", "70"));                 // 2 identical to what is stored: unchanged
        file.append(line(unitId, "NO-SUCH-REQUIREMENT", "2024", "85")); // 3
        file.append(line(UUID.randomUUID(), code, "2024", "85"));      // 4 unknown unit
        file.append(line(unitId, code, "2024Q3", "85"));               // 5 a quarter for a yearly requirement
        file.append(line(unitId, code, "2025Q5", "85"));               // 6 malformed period
        file.append(line(unitId, code, "2027", "101"));                // 7 a percentage above 100
        file.append(unitId).append(',').append(code).append(",2020,85,-1,\n");   // 8 negative sample size
        file.append(unitId).append(',').append(code).append(",2020,85,2.5,\n");  // 9 fractional sample size
        file.append(line(unitId, code, "2020", "eighty"));             // 10 non-numeric value
        file.append(line(unitId, code, "2026", "60"));                 // 11 and 12 disagree on one key
        file.append(line(unitId, code, "2026", "61"));
        file.append(line(unitId, code, "2028", "90"));                 // 13 and 14 agree: recorded once, then unchanged
        file.append(line(unitId, code, "2028", "90"));
        file.append(line(closedId, code, "2024", "85"));               // 15 a closed unit
        file.append(unitId).append(',').append(code).append(",2024\n"); // 16 too few cells
        file.append(line(unitId, code, "2029", "55"));                 // 17 a correction
        file.append(line(unitId, code, "2025-13", "85"));              // 18 malformed period
        file.append("not-a-uuid,").append(code).append(",2024,85,40,x\n"); // 19
        file.append(unitId).append(',').append(code).append(",2023,85,40,x,extra\n"); // 20 too many cells
        file.append(line(unitId, code, "2030", "-0.5"));               // 21 a percentage below 0

        Response accepted = upload(file.toString());
        accepted.then().statusCode(202).body("state", equalTo("QUEUED")).body("rowsTotal", equalTo(21));
        JsonPath job = awaitFinished(accepted);
        assertThat(job.getString("state")).isEqualTo("SUCCEEDED");
        assertThat(job.getInt("rowsRead")).isEqualTo(21);
        assertThat(job.getInt("recorded")).as(job.prettify()).isEqualTo(3);
        assertThat(job.getInt("unchanged")).isEqualTo(2);
        assertThat(job.getInt("rejected")).isEqualTo(16);

        List<String> rejections = List.of(given().auth().oauth2(TestTokens.publisher()).get(job.getString("rejections")).then()
                .statusCode(200).contentType("text/csv").extract().asString().split("\r\n"));
        assertThat(rejections.get(0)).isEqualTo("rowNumber,field,reason");
        String malformed = "\"must be a year (2025), half-year (2025H1), quarter (2025Q3) or month (2025-07)\"";
        String disagreeing = "\"another row of this file gives a different value or sample size for the same unit, requirement and period\"";
        assertThat(rejections.subList(1, rejections.size())).containsExactly("3,requirementCode,no such requirement",
                "4,unitId,no such unit in the registry", "5,period,requirement " + code + " is reported per YEAR", "6,period," + malformed,
                "7,value,a percentage must be from 0 to 100", "8,sampleSize,must be greater than or equal to 0",
                "9,sampleSize,must be a whole number", "10,value,must be a decimal number such as 87.5", "11,value," + disagreeing,
                "12,value," + disagreeing, "15,unitId,the unit is closed", "16,row,has 3 cells; the header names 6",
                "18,period," + malformed, "19,unitId,must be a UUID", "20,row,has 7 cells; the header names 6",
                "21,value,a percentage must be from 0 to 100");

        JsonPath stored = given().auth().oauth2(TestTokens.agencyOfficer()).get("/api/v1/results?unitId=" + unitId).then().extract().jsonPath();
        assertThat(stored.getList("items.period")).containsExactlyInAnyOrder("2024", "2025", "2028", "2029");
        assertThat(stored.getList("items.findAll { it.period == '2029' }.revision")).containsExactly(2);
        String firstOf2029 = JsonPath.from(Topic.named("indicator.results.v1").awaitRecord(r -> r.key().equals(unitId.toString())
                && r.value().contains("\"period\":\"2029\"") && !r.value().contains("\"revision\":2")).value())
                .getString("data.results.find { it.period == '2029' }.resultId");
        JsonPath corrected = JsonPath.from(Topic.named("indicator.results.v1").awaitRecord(r -> r.key().equals(unitId.toString())
                && r.value().contains("\"period\":\"2029\"") && r.value().contains("\"revision\":2")).value());
        assertThat(corrected.getString("data.results.find { it.period == '2029' }.supersedes")).as("the correction names the result it replaces")
                .isEqualTo(firstOf2029);
        String jobId = job.getString("id");
        assertThat(stored.getString("items.find { it.period == '2024' }.importJobId")).isEqualTo(jobId);
        JsonPath received = AuditTrailAssert.awaitEntry("ImportJob", jobId, "receive");
        assertThat(received.getString("actor.kind")).isEqualTo("USER");
        assertThat(received.getString("requestId")).isEqualTo(accepted.header("X-Request-Id"));
        JsonPath finished = AuditTrailAssert.awaitEntry("ImportJob", jobId, "finish");
        assertThat(finished.getString("actor.name")).isEqualTo(received.getString("actor.name"));
        assertThat(AuditTrailAssert.changedTo(finished, "recorded")).isEqualTo(3);
    }

    /** Each lane settles the repeats of its own units: every lane's disagreements are refused and its exact repeats left unchanged. */
    @Test
    void repeatsAreSettledInEveryLane() {
        String code = createRequirement(aRequirement());
        List<UUID> units = new ArrayList<>();
        Set<Integer> lanes = new HashSet<>();
        while (lanes.size() < 3) {
            UUID unit = knownUnit(UnitEvent.aUnit());
            units.add(unit);
            lanes.add(resultImport.laneOf(unit));
        }
        StringBuilder file = new StringBuilder(HEADER);
        List<String> refused = new ArrayList<>();
        int row = 0;
        for (String[] pair : List.of(new String[] { "2024", "80" }, new String[] { "2025", "70" }, new String[] { "2024", "81" },
                new String[] { "2025", "70" })) {
            for (UUID unit : units) {
                file.append(line(unit, code, pair[0], pair[1]));
                row++;
                if (pair[0].equals("2024")) {
                    refused.add(row + ",value");
                }
            }
        }

        JsonPath job = awaitFinished(upload(file.toString()));
        assertThat(job.getString("state")).isEqualTo("SUCCEEDED");
        assertThat(job.getInt("recorded")).as(job.prettify()).isEqualTo(units.size());
        assertThat(job.getInt("unchanged")).isEqualTo(units.size());
        assertThat(job.getInt("rejected")).isEqualTo(2 * units.size());
        List<String> rejections = List.of(given().auth().oauth2(TestTokens.publisher()).get(job.getString("rejections")).then()
                .statusCode(200).extract().asString().split("\r\n"));
        assertThat(rejections.subList(1, rejections.size()).stream().map(r -> r.substring(0, r.indexOf(',', r.indexOf(',') + 1))))
                .containsExactlyElementsOf(refused);
        for (UUID unit : units) {
            assertThat(given().auth().oauth2(TestTokens.agencyOfficer()).get("/api/v1/results?unitId=" + unit).then().extract().jsonPath()
                    .getList("items.period")).containsExactly("2025");
        }
    }

    /**
     * A file of distinct keys is streamed to the lanes as it is read; one whose last row disagrees
     * with its first is staged, and both rows are refused. Either way every unit's results are
     * recorded and announced in the order of its rows.
     */
    @ParameterizedTest
    @ValueSource(booleans = { false, true })
    void aFileLongerThanAChunkIsRecordedWholeAndDisagreementsAcrossChunksAreRefused(boolean disagreeing) {
        Map<String, Object> monthly = aRequirement();
        monthly.put("periodType", "MONTH");
        String code = createRequirement(monthly);
        List<UUID> units = new ArrayList<>();
        int unitsPerLane = 5;
        int[] inLane = new int[lanes];
        while (units.size() < unitsPerLane * lanes) {
            UUID unit = knownUnit(UnitEvent.aUnit());
            if (inLane[resultImport.laneOf(unit)]++ < unitsPerLane) {
                units.add(unit);
            }
        }
        StringBuilder file = new StringBuilder(HEADER);
        int rows = 0;
        for (UUID unit : units) {
            for (int month = 0; month <= 2 * ResultImport.CHUNK / unitsPerLane; month++) { // each lane: two chunks and a little more
                file.append(line(unit, code, month(month), "90"));
                rows++;
            }
        }
        int perUnit = rows / units.size();
        if (disagreeing) {
            file.append(line(units.get(0), code, "2024-01", "91")); // disagrees with row 1, six chunks earlier
            rows++;
        }

        JsonPath job = awaitFinished(upload(file.toString()));
        assertThat(job.getString("state")).isEqualTo("SUCCEEDED");
        assertThat(job.getInt("rowsRead")).isEqualTo(rows);
        int refused = disagreeing ? 2 : 0;
        assertThat(job.getInt("recorded")).isEqualTo(rows - refused);
        assertThat(job.getInt("rejected")).isEqualTo(refused);
        if (disagreeing) {
            assertThat(given().auth().oauth2(TestTokens.publisher()).get(job.getString("rejections")).then().extract().asString())
                    .contains("\r\n1,value,").contains("\r\n" + rows + ",value,");
        }
        for (UUID unit : units) {
            assertThat(given().auth().oauth2(TestTokens.agencyOfficer()).get("/api/v1/results?unitId=" + unit).then().extract()
                    .jsonPath().getInt("total")).isEqualTo(unit.equals(units.get(0)) && disagreeing ? perUnit - 1 : perUnit);
        }

        List<String> periodsOfLastUnit = file.toString().lines().filter(line -> line.startsWith(units.get(units.size() - 1).toString()))
                .map(line -> line.split(",")[2]).toList();
        String lastPeriod = "\"period\":\"" + periodsOfLastUnit.get(periodsOfLastUnit.size() - 1) + "\"";
        List<ConsumerRecord<String, String>> announced = Topic.named("indicator.results.v1")
                .awaitRecordsUpTo(r -> r.key().equals(units.get(units.size() - 1).toString()) && r.value().contains(lastPeriod)).stream()
                .filter(r -> r.key().equals(units.get(units.size() - 1).toString())).toList();
        announced.forEach(ApiSpecs::assertRecordMatchesContract);
        List<JsonPath> events = announced.stream().map(record -> JsonPath.from(record.value())).toList();
        assertThat(events).extracting(event -> event.getString("type")).containsOnly("se.kvalitet.indicator.ResultsImported");
        assertThat(events).extracting(event -> event.getList("data.results").size()).allSatisfy(size -> assertThat(size).isBetween(1, 500));
        assertThat(events.stream().flatMap(event -> event.<String>getList("data.results.period").stream()).toList())
                .as("the unit's results, in events of at most 500, in the order of its rows").isEqualTo(periodsOfLastUnit);
        assertThat(events).extracting(event -> event.getString("data.importJobId")).containsOnly(job.getString("id"));
    }

    @Test
    void aFileThatIsNotWellFormedCsvIsRefusedWholeAndNoJobIsQueued() {
        UUID unitId = knownUnit(UnitEvent.aUnit());
        String code = createRequirement(aRequirement());
        String good = line(unitId, code, "2024", "85");
        long jobsBefore = QuarkusTransaction.requiringNew().call(() -> ImportJob.count());
        Map<String, byte[]> broken = Map.of(
                "byte-order mark", concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, (HEADER + good).getBytes(StandardCharsets.UTF_8)),
                "is not UTF-8 (row 2)", (HEADER + good + line(unitId, code, "2025", "85").replace("," + code, ",Gävle")).getBytes(StandardCharsets.ISO_8859_1),
                "row 2 is not well-formed CSV", (HEADER + good + unitId + "," + code + ",\"2025,85,40,x\n").getBytes(StandardCharsets.UTF_8),
                "the first line must be the header", ("unit,requirement,period,value,sampleSize,source\n" + good).getBytes(StandardCharsets.UTF_8),
                "is empty", new byte[0],
                "row 1: a cell", (HEADER + good.replace(",test", ",te\u0007st")).getBytes(StandardCharsets.UTF_8));
        broken.forEach((reason, body) -> given().auth().oauth2(TestTokens.publisher()).contentType("text/csv").body(body)
                .post("/api/v1/results/import").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("body"))
                .body("violations[0].reason", org.hamcrest.Matchers.containsString(reason)));
        assertThat(QuarkusTransaction.requiringNew().call(() -> ImportJob.count())).isEqualTo(jobsBefore);
        assertThat(given().auth().oauth2(TestTokens.agencyOfficer()).get("/api/v1/results?unitId=" + unitId).then().extract().jsonPath()
                .getInt("total")).isZero();
        given().auth().oauth2(TestTokens.publisher()).contentType("application/json").body("[]").post("/api/v1/results/import").then()
                .statusCode(415).contentType("application/problem+json")
                .body("violations[0].field", equalTo("Content-Type"), "violations[0].reason", equalTo("is not a media type this endpoint accepts"));
        given().auth().oauth2(TestTokens.municipality("2120000142")).contentType("text/csv").body(HEADER).post("/api/v1/results/import")
                .then().statusCode(403);
    }

    @Test
    void anUploadAboveTheMaximumIsRefusedAsTooLarge() throws Exception {
        long size = 200L << 20;
        long jobsBefore = QuarkusTransaction.requiringNew().call(() -> ImportJob.count());
        for (boolean declared : List.of(true, false)) {
            String answer = rawUpload(size, declared);
            assertThat(answer).as("declared length: %s", declared).startsWith("HTTP/1.1 413");
            assertThat(answer).containsIgnoringCase("content-type: application/problem+json");
            assertThat(JsonPath.from(answer.substring(answer.indexOf("\r\n\r\n") + 4)).getString("violations[0].field")).isEqualTo("body");
        }
        assertThat(QuarkusTransaction.requiringNew().call(() -> ImportJob.count())).as("no job queued").isEqualTo(jobsBefore);
    }

    /**
     * Sends a well-formed upload of {@code size} bytes from another thread (with its length
     * declared, or chunked) and reads the answer, which the service may give before the upload
     * ends: clients that must finish sending first cannot show it.
     */
    private String rawUpload(long size, boolean declared) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(120_000);
            OutputStream out = socket.getOutputStream();
            Thread sender = new Thread(() -> {
                try {
                    out.write(("POST /api/v1/results/import HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + TestTokens.publisher()
                            + "\r\nContent-Type: text/csv\r\n" + (declared ? "Content-Length: " + size : "Transfer-Encoding: chunked")
                            + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    InputStream body = endless(HEADER, size);
                    byte[] buffer = new byte[1 << 16];
                    for (int n; (n = body.read(buffer, 0, buffer.length)) > 0;) {
                        if (!declared) {
                            out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        }
                        out.write(buffer, 0, n);
                        if (!declared) {
                            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                        }
                    }
                    if (!declared) {
                        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                } catch (IOException e) {
                    // the service answered and closed before the upload ended: expected for a refused upload
                }
            });
            sender.start();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            int contentLength = -1;
            for (int b; (b = in.read()) >= 0;) {
                answer.write(b);
                String text = answer.toString(StandardCharsets.UTF_8);
                int headersEnd = text.indexOf("\r\n\r\n");
                if (headersEnd >= 0 && contentLength < 0) {
                    Matcher length = Pattern.compile("(?i)content-length: (\\d+)").matcher(text);
                    contentLength = length.find() ? Integer.parseInt(length.group(1)) : 0;
                }
                if (contentLength >= 0 && answer.size() >= headersEnd + 4 + contentLength) {
                    break;
                }
            }
            socket.close();
            sender.join(120_000);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void aJobIsSeenByItsSubmitterAndAgencyOfficersOnly() {
        String code = createRequirement(aRequirement());
        Response accepted = upload(HEADER + line(knownUnit(UnitEvent.aUnit()), code, "2024", "85"));
        String location = accepted.header("Location");
        awaitFinished(accepted);
        given().auth().oauth2(TestTokens.agencyOfficer()).get(location).then().statusCode(200);
        given().auth().oauth2(TestTokens.token("another-publisher", "indicator-publisher", null)).get(location).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.token("another-publisher", "indicator-publisher", null)).get(location + "/rejections").then()
                .statusCode(404);
        given().auth().oauth2(TestTokens.supervisor()).get(location).then().statusCode(403);
        given().auth().oauth2(TestTokens.publisher()).get("/api/v1/results/imports/" + UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(TestTokens.publisher()).get("/api/v1/results/imports/not-a-uuid").then().statusCode(400)
                .body("violations[0].field", equalTo("id"));
    }

    /** A staged file (it repeats a row): the lane refused stops the other lanes after their current chunk. */
    @Test
    void aLaneStoppedByTheDatabaseFailsTheJobAndStopsTheOtherLanes() {
        UUID refused = knownUnit(UnitEvent.aUnit());
        UUID other = unitInAnotherLaneThan(refused);
        int otherRows = 4 * ResultImport.CHUNK;
        List<String[]> keys = monthlyKeys(otherRows);
        StringBuilder file = new StringBuilder(HEADER);
        for (int i = 0; i < otherRows; i++) {
            file.append(line(other, keys.get(i)[0], keys.get(i)[1], "85"));
            if (i < 10) {
                file.append(line(refused, keys.get(i)[0], keys.get(i)[1], "85"));
            }
        }
        file.append(line(other, keys.get(0)[0], keys.get(0)[1], "85"));
        refusingResultsOf(refused, () -> {
            JsonPath job = awaitFinished(upload(file.toString()));

            assertThat(job.getString("state")).isEqualTo("FAILED");
            assertThat(job.getString("failure")).contains("stopped by a fault");
            assertThat(job.getInt("recorded")).as("the other lane stopped short of its rows").isLessThan(otherRows);
            assertThat(QuarkusTransaction.requiringNew().call(() -> IndicatorResult.count("unitId", refused))).isZero();
            assertThat(QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                    .createNativeQuery("select count(*) from import_row where job_id = ?1").setParameter(1, UUID.fromString(job.getString("id")))
                    .getSingleResult()).intValue())).as("staged rows removed").isZero();
        });
    }

    /**
     * A streamed file, each row of the refused unit followed by one of the other: the refused
     * lane's first chunk fails, and the reading stops at the latest when that lane would hold more
     * than {@link ResultImport#QUEUED} chunks, by which time the other lane has been handed that
     * many and no more.
     */
    @Test
    void aLaneStoppedByTheDatabaseStopsTheReadingOfAStreamedFile() {
        UUID refused = knownUnit(UnitEvent.aUnit());
        UUID other = unitInAnotherLaneThan(refused);
        int refusedRows = (ResultImport.QUEUED + 1) * ResultImport.CHUNK;
        int otherRows = refusedRows + ResultImport.CHUNK;
        List<String[]> keys = monthlyKeys(otherRows);
        StringBuilder file = new StringBuilder(HEADER);
        for (int i = 0; i < otherRows; i++) {
            if (i < refusedRows) {
                file.append(line(refused, keys.get(i)[0], keys.get(i)[1], "85"));
            }
            file.append(line(other, keys.get(i)[0], keys.get(i)[1], "85"));
        }
        refusingResultsOf(refused, () -> {
            JsonPath job = awaitFinished(upload(file.toString()));

            assertThat(job.getString("state")).isEqualTo("FAILED");
            assertThat(job.getString("failure")).contains("stopped by a fault");
            assertThat(job.getInt("recorded")).as("the other lane's chunks handed before the reading stopped")
                    .isLessThanOrEqualTo(ResultImport.QUEUED * ResultImport.CHUNK);
            assertThat(QuarkusTransaction.requiringNew().call(() -> IndicatorResult.count("unitId", other)))
                    .isEqualTo((long) job.getInt("recorded"));
            assertThat(QuarkusTransaction.requiringNew().call(() -> IndicatorResult.count("unitId", refused))).isZero();
        });
    }

    /** {@code count} distinct pairs of a monthly requirement and a month, over as many new requirements as they need. */
    private static List<String[]> monthlyKeys(int count) {
        int monthsEach = 12 * 100;
        List<String[]> keys = new ArrayList<>(count);
        String code = null;
        for (int i = 0; i < count; i++) {
            if (i % monthsEach == 0) {
                Map<String, Object> monthly = aRequirement();
                monthly.put("periodType", "MONTH");
                code = createRequirement(monthly);
            }
            keys.add(new String[] { code, month(i % monthsEach) });
        }
        return keys;
    }

    /** The {@code index}th month from January 2024, as a monthly period. */
    private static String month(int index) {
        return "%d-%02d".formatted(2024 + index / 12, index % 12 + 1);
    }

    private UUID unitInAnotherLaneThan(UUID unit) {
        UUID other;
        do {
            other = knownUnit(UnitEvent.aUnit());
        } while (resultImport.laneOf(other) == resultImport.laneOf(unit));
        return other;
    }

    /** Runs {@code test} while the database refuses every result of {@code unit}, as a full disk would. */
    private void refusingResultsOf(UUID unit, Runnable test) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                create function refuse_unit() returns trigger language plpgsql as $$
                begin
                    raise exception 'the disk of unit %% is full', new.unit_id;
                end $$;
                create trigger refuse_unit before insert on indicator_result for each row when (new.unit_id = '%s') execute function refuse_unit();
                """.formatted(unit)).executeUpdate());
        try {
            test.run();
        } finally {
            QuarkusTransaction.requiringNew().run(() -> entityManager
                    .createNativeQuery("drop trigger refuse_unit on indicator_result; drop function refuse_unit()").executeUpdate());
        }
    }

    @Test
    void aJobLeftUnfinishedByAStoppedReplicaIsFailedSayingHowFarItGot() {
        UUID jobId = QuarkusTransaction.requiringNew().call(() -> {
            ImportJob job = ImportJob.received(ImportJob.Format.CSV, 100,
                    Actor.user("subject", "A publisher", List.of("indicator-publisher"), null, null), Instant.now().minus(Duration.ofHours(1)));
            job.start(Instant.now().minus(Duration.ofHours(1)));
            job.recorded = 40;
            job.persist();
            return job.id;
        });
        jobs.sweep();
        ImportJob failed = QuarkusTransaction.requiringNew().call(() -> ImportJob.findById(jobId));
        assertThat(failed.state).isEqualTo(ImportJob.State.FAILED);
        assertThat(failed.failure).contains("after 40 rows were recorded");
        assertThat(AuditTrailAssert.awaitEntry("ImportJob", jobId, "fail").getString("actor.kind")).isEqualTo("SCHEDULER");
    }

    private static Response upload(String csv) {
        return given().auth().oauth2(TestTokens.publisher()).contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/results/import");
    }

    private static JsonPath awaitFinished(Response accepted) {
        String location = accepted.then().statusCode(202).extract().header("Location");
        eventually().until(() -> List.of("SUCCEEDED", "FAILED").contains(
                given().auth().oauth2(TestTokens.publisher()).get(location).then().statusCode(200).extract().jsonPath().getString("state")));
        return given().auth().oauth2(TestTokens.publisher()).get(location).then().extract().jsonPath();
    }

    private static String line(UUID unitId, String code, String period, String value) {
        return unitId + "," + code + "," + period + "," + value + ",40,test\n";
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    /** A well-formed CSV upload of {@code size} bytes, generated as it is read. */
    private static InputStream endless(String header, long size) {
        byte[] line = (UUID.randomUUID() + ",REQ-X,2024,85,40,test\n").getBytes(StandardCharsets.UTF_8);
        byte[] start = header.getBytes(StandardCharsets.UTF_8);
        return new InputStream() {
            private long position;

            @Override
            public int read() {
                if (position >= size) {
                    return -1;
                }
                long at = position++;
                return at < start.length ? start[(int) at] : line[(int) ((at - start.length) % line.length)];
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                if (position >= size) {
                    return -1;
                }
                int n = (int) Math.min(length, size - position);
                for (int i = 0; i < n; i++) {
                    buffer[offset + i] = (byte) read();
                }
                return n;
            }
        };
    }
}
