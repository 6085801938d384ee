package se.kvalitet.testsupport;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Access tokens shaped like the ones Keycloak's realm {@code kvalitet} issues (realm roles,
 * {@code org_number}, audience {@code kvalitet-api}), signed with the key that
 * {@code OidcWiremockTestResource} publishes, so the service validates them for real.
 */
public final class TestTokens {

    public static final String ISSUER = "https://server.example.com";
    public static final String AUDIENCE = "kvalitet-api";
    private static final String SIGNING_KEY = "privateKey.jwk";

    private TestTokens() {
    }

    public static String agencyOfficer() {
        return token("agency-officer", "agency-officer", null);
    }

    public static String supervisor() {
        return token("supervisor", "supervisor", null);
    }

    public static String publisher() {
        return token("service-account-kvalitet-publisher", "indicator-publisher", null);
    }

    public static String municipality(String orgNumber) {
        return token("municipality", "municipality", orgNumber);
    }

    public static String provider(String orgNumber) {
        return token("provider", "provider", orgNumber);
    }

    public static String token(String username, String role, String orgNumber) {
        return claims(username, role, orgNumber).sign(SIGNING_KEY);
    }

    public static String expired(String username, String role) {
        Instant issued = Instant.now().minus(Duration.ofHours(2));
        return claims(username, role, null).issuedAt(issued).expiresAt(issued.plus(Duration.ofMinutes(5))).sign(SIGNING_KEY);
    }

    public static String forAudience(String audience, String username, String role) {
        return claims(username, role, null).audience(audience).sign(SIGNING_KEY);
    }

    private static JwtClaimsBuilder claims(String username, String role, String orgNumber) {
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(username + "-id")
                .preferredUserName(username)
                .claim("realm_access", Map.of("roles", List.of(role)))
                .expiresIn(Duration.ofMinutes(5));
        if (orgNumber != null) {
            claims.claim("org_number", orgNumber);
        }
        return claims;
    }
}
