package se.kvalitet.e2e;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import se.kvalitet.localstack.Tokens;

/** Real access tokens from the stack's Keycloak, as {@code ./kvalitet token} gets them or through another client, and the admin API to shape odd ones. */
final class KeycloakTokens {

    private final String keycloakUrl;
    private final String tokenUrl;
    private final Tokens tokens;

    KeycloakTokens(String keycloakUrl) {
        this.keycloakUrl = keycloakUrl;
        this.tokenUrl = keycloakUrl + "/realms/kvalitet/protocol/openid-connect/token";
        this.tokens = new Tokens(tokenUrl);
    }

    /** The demo user of a role: username and password are the role's name. */
    String user(String username) {
        return tokens.user(username);
    }

    /** A demo user's token through another public client of the realm. */
    String user(String clientId, String username) {
        return given().formParam("grant_type", "password").formParam("client_id", clientId)
                .formParam("username", username).formParam("password", username)
                .post(tokenUrl).then().statusCode(200).extract().path("access_token");
    }

    /** The indicator publisher's machine token (client credentials). */
    String publisher() {
        return tokens.publisher();
    }

    /**
     * Adds a public password-grant client to realm kvalitet through the admin API: its tokens live
     * {@code lifespanSeconds}, and carry audience kvalitet-api only if {@code withApiAudience}.
     */
    void addClient(String clientId, int lifespanSeconds, boolean withApiAudience) {
        List<Map<String, Object>> mappers = withApiAudience
                ? List.of(Map.of("name", "kvalitet-api-audience", "protocol", "openid-connect", "protocolMapper", "oidc-audience-mapper",
                        "config", Map.of("included.custom.audience", "kvalitet-api", "access.token.claim", "true")))
                : List.of();
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("clientId", clientId, "enabled", true, "publicClient", true, "directAccessGrantsEnabled", true,
                        "standardFlowEnabled", false, "attributes", Map.of("access.token.lifespan", Integer.toString(lifespanSeconds)),
                        "protocolMappers", mappers))
                .post(keycloakUrl + "/admin/realms/kvalitet/clients").then().statusCode(201);
    }

    private String admin() {
        return given().formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "admin").formParam("password", "admin")
                .post(keycloakUrl + "/realms/master/protocol/openid-connect/token").then().statusCode(200).extract().path("access_token");
    }
}
