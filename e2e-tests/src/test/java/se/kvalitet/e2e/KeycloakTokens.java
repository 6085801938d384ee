package se.kvalitet.e2e;

import static io.restassured.RestAssured.given;

/** Real access tokens from the stack's Keycloak, as a user or a machine client gets them. */
final class KeycloakTokens {

    private final String tokenUrl;

    KeycloakTokens(String tokenUrl) {
        this.tokenUrl = tokenUrl;
    }

    /** The demo user of a role: username and password are the role's name. */
    String user(String username) {
        return given().formParam("grant_type", "password").formParam("client_id", "kvalitet-cli")
                .formParam("username", username).formParam("password", username)
                .post(tokenUrl).then().statusCode(200).extract().path("access_token");
    }

    /** The indicator publisher's machine token (client credentials). */
    String publisher() {
        return given().auth().preemptive().basic("kvalitet-publisher", "kvalitet-publisher-secret")
                .formParam("grant_type", "client_credentials")
                .post(tokenUrl).then().statusCode(200).extract().path("access_token");
    }
}
