package se.kvalitet.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Access tokens from the local stack's Keycloak (realm kvalitet), as its demo users and the
 * statistics publisher get them: a demo user's through the password grant of the public client
 * kvalitet-cli (the password is the user name); the publisher's machine token through the client
 * credentials of kvalitet-publisher.
 */
public final class Tokens {

    /** Asks for the statistics publisher's machine token rather than a demo user's. */
    public static final String PUBLISHER = "publisher";

    private final String tokenUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    public Tokens(String tokenUrl) {
        this.tokenUrl = tokenUrl;
    }

    /** Prints a token for the user named by the first argument, e.g. {@code ./kvalitet token supervisor}. */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("Usage: ./kvalitet token USER, USER one of agency-officer, municipality, provider, supervisor, "
                    + "indicator-publisher (demo users; password = user name) or " + PUBLISHER + " (the publisher's machine token)");
            System.exit(2);
        }
        StackConfig config = StackConfig.ofCheckout();
        try {
            System.out.println(new Tokens(new LocalStack(config).tokenUrl()).of(args[0]));
        } catch (IllegalStateException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        } catch (UncheckedIOException e) {
            System.err.println("Keycloak does not answer at " + config.keycloakPort() + ": start Kvalitet with ./kvalitet up first.");
            System.exit(1);
        }
    }

    /** A token for {@code user}: a demo user's, or the publisher's machine token for {@link #PUBLISHER}. */
    public String of(String user) {
        return PUBLISHER.equals(user) ? publisher() : user(user);
    }

    /** A demo user's token: user name and password are the role's name. */
    public String user(String username) {
        return token("grant_type=password&client_id=kvalitet-cli&username=" + encoded(username) + "&password=" + encoded(username),
                "user " + username);
    }

    /** The statistics publisher's machine token (client credentials). */
    public String publisher() {
        return token("grant_type=client_credentials&client_id=kvalitet-publisher&client_secret=kvalitet-publisher-secret", "the publisher");
    }

    private String token(String form, String whose) {
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(tokenUrl))
                    .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("Keycloak gave no token for " + whose + " (" + answer.statusCode() + "): " + answer.body());
            }
            return json.readTree(answer.body()).get("access_token").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while asking Keycloak for a token", e);
        }
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
