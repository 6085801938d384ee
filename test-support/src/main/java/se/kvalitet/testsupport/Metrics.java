package se.kvalitet.testsupport;

import static io.restassured.RestAssured.given;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one sample of the service's Prometheus metrics, as a scraper would. */
public final class Metrics {

    private Metrics() {
    }

    /**
     * The value of {@code series} (a metric name with its labels exactly as exposed, e.g.
     * {@code kvalitet_results_recorded_total{outcome="MET"}}), whether or not an exemplar (the trace
     * of a recent change) follows it; fails if the service does not expose it.
     */
    public static double value(String series) {
        String exposition = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher sample = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)(?: # .*)?$").matcher(exposition);
        if (!sample.find()) {
            throw new AssertionError("The service exposes no sample " + series);
        }
        return Double.parseDouble(sample.group(1));
    }
}
