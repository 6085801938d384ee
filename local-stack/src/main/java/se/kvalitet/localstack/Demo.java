package se.kvalitet.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.kvalitet.localstack.StackConfig.Service;

/**
 * {@code ./kvalitet demo}: fills a running stack with a realistic, fictional sample through the
 * public API, as the agency, the statistics publisher and the parties would: a few thousand units
 * over all 290 municipalities, a year of results for the requirements of each unit's area (a few
 * below threshold, so remediation contracts are drafted), and some contracts taken further:
 * issued, signed by the demo users {@code municipality} (Stockholm) and {@code provider}, active
 * and reported on. A stack that holds the sample already is left as it is.
 */
public final class Demo {

    /** Stockholm's real organisation number, the demo user {@code municipality}'s. */
    static final String STOCKHOLM = "2120000142";
    static final String STOCKHOLM_CODE = "0180";
    /** The demo user {@code provider}'s organisation. */
    static final String PROVIDER = "5591234561";
    static final int UNITS = 2_500;

    private static final String NOT_RUNNING =
            "Kvalitet is not running here: start it with ./kvalitet up (in another terminal), then run ./kvalitet demo.";
    private static final String YEAR = "2025";
    private static final double BELOW_THRESHOLD = 0.005;
    private static final double TOO_FEW_ANSWERS = 0.01;
    /** Units of Stockholm and of the provider in Stockholm given one result below threshold, so the demo users have contracts. */
    private static final int STOCKHOLM_BREACHES = 8;
    private static final int PROVIDER_BREACHES = 6;
    private static final Duration PATIENCE = Duration.ofMinutes(3);

    /**
     * Fictional private providers (valid organisation numbers); the first is the demo user's. The
     * last, a provider with no units yet, is registered once the rest of the sample is in: it
     * marks a stack that holds the sample.
     */
    private static final List<String[]> PROVIDERS = List.of(new String[] { PROVIDER, "Omsorg i Norden AB" },
            new String[] { "5566778899", "Trygga Händer Omsorg AB" }, new String[] { "5590011226", "Älvdalens Vård och Stöd AB" },
            new String[] { "5567123459", "Nordisk Familjeomsorg AB" }, new String[] { "5592468101", "Ljusglimten Behandling AB" },
            new String[] { "5561357913", "Kustlandets Assistans AB" }, new String[] { "5569876542", "Nordanvind Omsorg AB" });
    private static final String LOADED_MARK = PROVIDERS.get(PROVIDERS.size() - 1)[0];

    private static final String[] PLACES = { "Solbacken", "Björkhagen", "Ekbacken", "Lindgården", "Tallåsen", "Granbacken",
        "Rosengården", "Sjöängen", "Almen", "Källbacken", "Solgläntan", "Ängsgården", "Lärkan", "Furuhöjden", "Vallmon", "Ljungheden",
        "Bergsgården", "Havsutsikten", "Blåklinten", "Kastanjen", "Hästhagen", "Norrgården", "Skogsbrynet", "Vitsippan" };
    private static final Map<String, String[]> KINDS = Map.of(
            "ELDERLY_CARE", new String[] { "Hemtjänst", "Äldreboendet", "Vård- och omsorgsboendet" },
            "CHILDREN_AND_YOUTH", new String[] { "Barn- och familjeenheten", "HVB-hemmet", "Familjehemsenheten" },
            "FINANCIAL_ASSISTANCE", new String[] { "Försörjningsstöd" },
            "SUBSTANCE_ABUSE", new String[] { "Beroendeenheten", "Behandlingshemmet" },
            "DISABILITY", new String[] { "LSS-boendet", "Daglig verksamhet" });
    /** Areas in the proportions units have; financial assistance is the municipality's own authority, never a provider's. */
    private static final String[] AREAS = { "ELDERLY_CARE", "ELDERLY_CARE", "ELDERLY_CARE", "CHILDREN_AND_YOUTH", "CHILDREN_AND_YOUTH",
        "DISABILITY", "DISABILITY", "SUBSTANCE_ABUSE", "FINANCIAL_ASSISTANCE" };

    private final Function<Service, String> serviceUrl;
    private final Tokens tokens;
    private final PrintStream out;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final Random random = new Random(2025);
    private final long started = System.nanoTime();

    public Demo(Function<Service, String> serviceUrl, String tokenUrl, PrintStream out) {
        this.serviceUrl = serviceUrl;
        this.tokens = new Tokens(tokenUrl);
        this.out = out;
    }

    public static void main(String[] args) {
        LocalStack stack = new LocalStack(StackConfig.ofCheckout());
        try {
            new Demo(stack::serviceUrl, stack.tokenUrl(), System.out).load();
        } catch (ConnectException e) {
            System.err.println(NOT_RUNNING);
            System.exit(1);
        } catch (UncheckedIOException e) {
            System.err.println(e.getCause() instanceof ConnectException ? NOT_RUNNING : "The demo could not be loaded: " + e.getMessage());
            System.exit(1);
        } catch (IOException | IllegalStateException e) {
            System.err.println("The demo could not be loaded: " + e.getMessage());
            System.exit(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.exit(130);
        }
    }

    /** Loads the sample unless the stack holds it already, then says what there is to see. */
    public void load() throws IOException, InterruptedException {
        String officer = tokens.user("agency-officer");
        if (send(officer, "GET", Service.PROVIDER_REGISTRY, "/api/v1/principals/" + LOADED_MARK, null, null).statusCode() == 200) {
            out.println("The demo sample is loaded already. To start afresh: stop ./kvalitet up, ./kvalitet wipe --yes, start it again.");
            summary(officer);
            return;
        }
        int contractsBefore = total(officer, Service.CONTRACT_SERVICE, "/api/v1/contracts?size=1");
        registerPrincipals(officer);
        step("Registering " + UNITS + " units in bulk over all 290 municipalities...");
        List<DemoUnit> units = registerUnits(officer);
        step("Importing a year of results (" + YEAR + ") as one file...");
        int expectedContracts = importResults(units, remediable(officer));
        step("Waiting for " + expectedContracts + " remediation contracts to be drafted...");
        await("the contracts to be drafted",
                () -> total(officer, Service.CONTRACT_SERVICE, "/api/v1/contracts?size=1") >= contractsBefore + expectedContracts);
        step("Issuing, signing and reporting on contracts in Stockholm...");
        takeContractsFurther(officer, units);
        registered(officer, PROVIDERS.get(PROVIDERS.size() - 1));
        step("Loaded.");
        summary(officer);
    }

    /** Says what the demo does now, and how long it has been at it. */
    private void step(String what) {
        out.printf(Locale.ROOT, "%5.1f s  %s%n", (System.nanoTime() - started) / 1e9, what);
    }

    private void registerPrincipals(String officer) throws IOException, InterruptedException {
        registered(officer, Map.of("orgNumber", STOCKHOLM, "name", "Stockholms kommun", "kind", "MUNICIPALITY",
                "homeMunicipalityCode", STOCKHOLM_CODE));
        for (String[] provider : PROVIDERS.subList(0, PROVIDERS.size() - 1)) {
            registered(officer, provider);
        }
    }

    private void registered(String officer, String[] provider) throws IOException, InterruptedException {
        registered(officer, Map.of("orgNumber", provider[0], "name", provider[1], "kind", "PRIVATE"));
    }

    private void registered(String officer, Map<String, Object> principal) throws IOException, InterruptedException {
        HttpResponse<String> answer = send(officer, "POST", Service.PROVIDER_REGISTRY, "/api/v1/principals", "application/json",
                json.writeValueAsString(principal));
        if (answer.statusCode() != 201 && answer.statusCode() != 409) {
            throw failed("registering principal " + principal.get("orgNumber"), answer);
        }
    }

    /** A unit of the sample; {@code mustBreach} if it is one of those whose contract the demo takes further. */
    private record DemoUnit(String id, String principal, String area, boolean mustBreach) {
    }

    /**
     * Stockholm's own units in Stockholm, the demo provider's units there too, and the other
     * providers' units spread over every municipality.
     */
    private List<DemoUnit> registerUnits(String officer) throws IOException, InterruptedException {
        JsonNode municipalities = get(officer, Service.PROVIDER_REGISTRY, "/api/v1/municipalities?size=500").get("items");
        StringBuilder csv = new StringBuilder("name,principalOrgNumber,municipalityCode,area,permitId\n");
        List<DemoUnit> units = new ArrayList<>();
        int stockholmUnits = 0;
        int providerUnits = 0;
        for (int i = 0; i < UNITS; i++) {
            String area = AREAS[random.nextInt(AREAS.length)];
            String principal;
            JsonNode municipality;
            boolean mustBreach = false;
            if (i < 250) {
                principal = STOCKHOLM;
                municipality = byCode(municipalities, STOCKHOLM_CODE);
                mustBreach = stockholmUnits++ < STOCKHOLM_BREACHES;
            } else {
                while (area.equals("FINANCIAL_ASSISTANCE")) {
                    area = AREAS[random.nextInt(AREAS.length)];
                }
                boolean demoProvider = i < 280;
                principal = demoProvider ? PROVIDER : PROVIDERS.get(1 + random.nextInt(PROVIDERS.size() - 2))[0];
                municipality = demoProvider ? byCode(municipalities, STOCKHOLM_CODE) : municipalities.get(i % municipalities.size());
                mustBreach = demoProvider && providerUnits++ < PROVIDER_BREACHES;
            }
            if (mustBreach) {
                area = "ELDERLY_CARE"; // The starter catalogue has remediation measures for each of its requirements.
            }
            String[] kinds = KINDS.get(area);
            String name = kinds[random.nextInt(kinds.length)] + " " + PLACES[random.nextInt(PLACES.length)] + ", "
                    + municipality.get("name").asText();
            String permit = principal.equals(STOCKHOLM) ? "" : "IVO-2024-" + String.format(Locale.ROOT, "%05d", i);
            csv.append('"').append(name).append("\",").append(principal).append(',').append(municipality.get("code").asText()).append(',')
                    .append(area).append(',').append(permit).append('\n');
            units.add(new DemoUnit(null, principal, area, mustBreach));
        }
        HttpResponse<String> answer = send(officer, "POST", Service.PROVIDER_REGISTRY, "/api/v1/units/bulk", "text/csv", csv.toString());
        JsonNode registered = json.readTree(answer.body());
        if (answer.statusCode() != 200 || !registered.get("rejected").isEmpty()) {
            throw failed("registering the units", answer);
        }
        List<DemoUnit> ids = new ArrayList<>();
        for (int i = 0; i < UNITS; i++) {
            DemoUnit unit = units.get(i);
            ids.add(new DemoUnit(registered.get("units").get(i).asText(), unit.principal(), unit.area(), unit.mustBreach()));
        }
        return ids;
    }

    private static JsonNode byCode(JsonNode municipalities, String code) {
        for (JsonNode municipality : municipalities) {
            if (municipality.get("code").asText().equals(code)) {
                return municipality;
            }
        }
        throw new IllegalStateException("the registry does not know municipality " + code);
    }

    /**
     * Each unit's results for the year on its area's requirements: mostly well within the
     * threshold, a few below, a few with too small a sample to judge. Sent again while the indicator
     * service has not yet learnt of every new unit (a repeated row changes nothing). Returns how
     * many units have a result below threshold, each of which gets a contract.
     */
    private int importResults(List<DemoUnit> units, Set<String> remediable) throws IOException, InterruptedException {
        String publisher = tokens.publisher();
        JsonNode requirements = get(publisher, Service.INDICATOR_SERVICE, "/api/v1/requirements?size=500").get("items");
        StringBuilder csv = new StringBuilder("unitId,requirementCode,period,value,sampleSize,source\n");
        int breachingUnits = 0;
        for (DemoUnit unit : units) {
            boolean breached = false;
            boolean forced = false;
            for (JsonNode requirement : requirements) {
                if (!requirement.get("area").asText().equals(unit.area())) {
                    continue;
                }
                JsonNode version = requirement.get("versions").get(requirement.get("versions").size() - 1);
                for (String period : periodsOf(YEAR, requirement.get("periodType").asText())) {
                    boolean forcing = unit.mustBreach() && !forced && remediable.contains(requirement.get("code").asText());
                    boolean below = random.nextDouble() < BELOW_THRESHOLD || forcing;
                    forced |= forcing;
                    int minimum = version.get("minimumSampleSize").asInt();
                    boolean tooFew = !below && random.nextDouble() < TOO_FEW_ANSWERS && minimum > 1;
                    int sample = tooFew ? minimum - 1 : minimum + random.nextInt(20 * minimum);
                    breached |= below;
                    csv.append(unit.id()).append(',').append(requirement.get("code").asText()).append(',').append(period).append(',')
                            .append(value(requirement, version.get("threshold").asDouble(), below)).append(',').append(sample)
                            .append(",SCB demo\n");
                }
            }
            breachingUnits += breached ? 1 : 0;
        }
        String body = csv.toString();
        int recorded = 0;
        long until = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            HttpResponse<String> accepted = send(publisher, "POST", Service.INDICATOR_SERVICE, "/api/v1/results/import", "text/csv", body);
            if (accepted.statusCode() != 202) {
                throw failed("importing the results", accepted);
            }
            String job = accepted.headers().firstValue("Location").orElseThrow();
            JsonNode finished = finished(publisher, URI.create(serviceUrl.apply(Service.INDICATOR_SERVICE)).resolve(job).toString());
            if (!finished.get("state").asText().equals("SUCCEEDED")) {
                throw new IllegalStateException("import job " + job + " ended " + finished);
            }
            recorded += finished.get("recorded").asInt();
            if (finished.get("rejected").asInt() == 0) {
                step(String.format(Locale.ROOT, "%,d results recorded", recorded));
                return breachingUnits;
            }
            if (System.nanoTime() > until) {
                throw new IllegalStateException("import job " + job + " still refuses rows: " + finished);
            }
            Thread.sleep(1_000); // The registry's new units are still on their way to the indicator service.
        }
    }

    /** The requirements the measures catalogue addresses: a contract for a breach of one has a measure, so it can be issued. */
    private Set<String> remediable(String officer) throws IOException, InterruptedException {
        Set<String> codes = new HashSet<>();
        for (JsonNode measure : get(officer, Service.CONTRACT_SERVICE, "/api/v1/measures?size=500").get("items")) {
            measure.get("requirements").forEach(code -> codes.add(code.asText()));
        }
        return codes;
    }

    /** The periods of {@code year} of one period type, as the API writes them (2025, 2025H1, 2025Q1, 2025-01). */
    public static List<String> periodsOf(String year, String periodType) {
        return switch (periodType) {
            case "YEAR" -> List.of(year);
            case "HALF_YEAR" -> List.of(year + "H1", year + "H2");
            case "QUARTER" -> List.of(year + "Q1", year + "Q2", year + "Q3", year + "Q4");
            case "MONTH" -> IntStream.rangeClosed(1, 12).mapToObj(month -> year + "-%02d".formatted(month)).toList();
            default -> throw new IllegalArgumentException("no period type " + periodType);
        };
    }

    /** A value some way on the right side of the threshold, or on the wrong side when below; a share stays within 0–100. */
    private String value(JsonNode requirement, double threshold, boolean below) {
        boolean higherIsBetter = requirement.get("direction").asText().equals("HIGHER_IS_BETTER");
        double margin = threshold * (below ? 0.03 + random.nextDouble() * 0.2 : 0.02 + random.nextDouble() * 0.3);
        double value = higherIsBetter == below ? threshold - margin : threshold + margin;
        if (requirement.get("unitOfMeasure").asText().equals("PERCENT")) {
            value = Math.min(100, value);
        }
        return String.format(Locale.ROOT, "%.1f", Math.max(0, value));
    }

    private JsonNode finished(String publisher, String job) throws IOException, InterruptedException {
        JsonNode state = get(publisher, job);
        long until = System.nanoTime() + PATIENCE.toNanos();
        while (!List.of("SUCCEEDED", "FAILED").contains(state.get("state").asText())) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException("import job " + job + " did not finish: " + state);
            }
            Thread.sleep(250);
            state = get(publisher, job);
        }
        return state;
    }

    /**
     * In Stockholm: the agency issues the drafts of the units chosen to breach; Stockholm signs its
     * own units' contracts and the agency countersigns most; the provider and Stockholm (the
     * affected municipality) sign most of the provider's; the principals report on half of those
     * active. Every other contract stays a draft.
     */
    private void takeContractsFurther(String officer, List<DemoUnit> units) throws IOException, InterruptedException {
        String municipality = tokens.user("municipality");
        String provider = tokens.user("provider");
        int nth = 0;
        for (DemoUnit unit : units) {
            if (!unit.mustBreach()) {
                continue;
            }
            String path = "/api/v1/contracts?unitId=" + unit.id();
            await("the contract of unit " + unit.id() + " with its counterparty known", () -> {
                JsonNode contracts = get(officer, Service.CONTRACT_SERVICE, path).get("items");
                return contracts.size() == 1 && (contracts.get(0).get("counterparty").get("kind").asText().equals("AGENCY")
                        || contracts.get(0).get("counterparty").hasNonNull("orgNumber"));
            });
            String id = get(officer, Service.CONTRACT_SERVICE, path).get("items").get(0).get("contractId").asText();
            boolean ofStockholm = unit.principal().equals(STOCKHOLM);
            String principal = ofStockholm ? municipality : provider;
            String counterparty = ofStockholm ? officer : municipality;
            int step = nth++ % 4;
            act(officer, id, "/issue", null);
            if (step == 3) {
                continue;
            }
            act(principal, id, "/signatures", null);
            if (step == 2) {
                continue;
            }
            act(counterparty, id, "/signatures", null);
            if (step == 0) {
                report(principal, id);
            }
        }
    }

    /** The principal's first report: the first measure under way, the others planned. */
    private void report(String principal, String id) throws IOException, InterruptedException {
        JsonNode contract = get(principal, Service.CONTRACT_SERVICE, "/api/v1/contracts/" + id);
        List<Map<String, Object>> measures = new ArrayList<>();
        for (JsonNode measure : contract.get("measures")) {
            boolean first = measures.isEmpty();
            measures.add(Map.of("measureCode", measure.get("measureCode").asText(), "status", first ? "IN_PROGRESS" : "PLANNED",
                    "spentToDate", first ? 12_500 : 0, "narrative", first ? "Started; staff are being trained." : "Planned for next quarter."));
        }
        act(principal, id, "/reports", Map.of("measures", measures, "milestonesDone", List.of()));
    }

    private void act(String token, String id, String step, Object body) throws IOException, InterruptedException {
        HttpResponse<String> answer = body == null
                ? send(token, "POST", Service.CONTRACT_SERVICE, "/api/v1/contracts/" + id + step, null, null)
                : send(token, "POST", Service.CONTRACT_SERVICE, "/api/v1/contracts/" + id + step, "application/json", json.writeValueAsString(body));
        if (answer.statusCode() / 100 != 2) {
            throw failed("contract " + id + step, answer);
        }
    }

    private void summary(String officer) throws IOException, InterruptedException {
        Map<String, Integer> figures = new LinkedHashMap<>();
        figures.put("units", total(officer, Service.PROVIDER_REGISTRY, "/api/v1/units?size=1"));
        figures.put("results", total(officer, Service.INDICATOR_SERVICE, "/api/v1/results?size=1"));
        for (String status : List.of("DRAFT", "ISSUED", "SIGNED", "ACTIVE")) {
            figures.put("contracts " + status, total(officer, Service.CONTRACT_SERVICE, "/api/v1/contracts?status=" + status + "&size=1"));
        }
        figures.put("breaches", total(tokens.user("supervisor"), Service.SANCTION_SERVICE, "/api/v1/breaches?size=1"));
        StringBuilder text = new StringBuilder("\nThe demo sample (fictional, except the municipalities and Stockholm's organisation number):\n");
        figures.forEach((what, count) -> text.append(String.format(Locale.ROOT, "  %-20s %,d%n", what, count)));
        text.append("""

                Look around as the demo users, with a token from ./kvalitet token USER, e.g.:
                  municipality   Stockholm's contracts:       %1$s/api/v1/contracts?municipality=0180
                  provider       Omsorg i Norden AB's units:  %2$s/api/v1/units?principal=5591234561
                  supervisor     breach history:              %3$s/api/v1/breaches
                  anyone         published results:           %4$s/api/v1/public/results?municipality=0180
                """.formatted(serviceUrl.apply(Service.CONTRACT_SERVICE), serviceUrl.apply(Service.PROVIDER_REGISTRY),
                serviceUrl.apply(Service.SANCTION_SERVICE), serviceUrl.apply(Service.INDICATOR_SERVICE)));
        out.print(text);
    }

    private int total(String token, Service service, String path) throws IOException, InterruptedException {
        return get(token, service, path).get("total").asInt();
    }

    private JsonNode get(String token, Service service, String path) throws IOException, InterruptedException {
        return get(token, serviceUrl.apply(service) + path);
    }

    private JsonNode get(String token, String url) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw failed("GET " + url, answer);
        }
        return json.readTree(answer.body());
    }

    private HttpResponse<String> send(String token, String method, Service service, String path, String contentType, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(serviceUrl.apply(service) + path))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").timeout(Duration.ofSeconds(120));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void await(String what, Check check) throws IOException, InterruptedException {
        long until = System.nanoTime() + PATIENCE.toNanos();
        while (!check.holds()) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException("gave up waiting for " + what + " after " + PATIENCE.toMinutes() + " minutes");
            }
            Thread.sleep(500);
        }
    }

    @FunctionalInterface
    private interface Check {
        boolean holds() throws IOException, InterruptedException;
    }

    private static IllegalStateException failed(String what, HttpResponse<String> answer) {
        String body = answer.body().length() > 1_000 ? answer.body().substring(0, 1_000) + "..." : answer.body();
        return new IllegalStateException(what + " was answered " + answer.statusCode() + ": " + body);
    }
}
