package se.kvalitet.sanctions;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import se.kvalitet.testsupport.KafkaResource;
import se.kvalitet.testsupport.PostgresResource;

/** Real PostgreSQL, Kafka and an OIDC provider for every test of this service. */
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
public class SanctionTestResources {
}
