package se.kvalitet.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

/**
 * The manifests of deploy/kubernetes, rendered and checked offline: no cluster is needed. Each
 * overlay renders to documents that all parse into their typed models and hold what
 * {@link ManifestChecks} asks; a copy broken in each way the checks exist for is caught; the
 * Deployments and Services are still what the Quarkus Kubernetes extension generates, and the
 * realm import still the realm file the local stack imports. After a deliberate change to either
 * source, rerun with {@code -Dkvalitet.manifests.update=true} and review the diff.
 */
class ManifestTest {

    private static final Path ROOT = Path.of(System.getProperty("kvalitet.root", "..")).toAbsolutePath().normalize();
    private static final Path KUBERNETES = ROOT.resolve("deploy/kubernetes");
    private static final boolean UPDATE = Boolean.getBoolean("kvalitet.manifests.update");
    private static final ObjectMapper WRITER = new ObjectMapper(YAMLFactory.builder()
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).build());

    @ParameterizedTest
    @ValueSource(strings = { "dev", "production" })
    void eachOverlayRendersToManifestsThatHoldWhatKvalitetNeeds(String overlay) {
        List<ObjectNode> rendered = Kustomize.render(KUBERNETES.resolve("overlays").resolve(overlay));

        assertThat(ManifestChecks.check(ROOT, rendered, overlay.equals("production"))).isEmpty();
        assertThat(rendered).extracting(document -> document.path("metadata").path("namespace").asText())
                .filteredOn(namespace -> !namespace.isEmpty()).containsOnly("kvalitet");
    }

    @Test
    void theProductionImagesComeFromTheAgencysRegistry() {
        List<ObjectNode> rendered = Kustomize.render(KUBERNETES.resolve("overlays/production"));
        for (String service : ManifestChecks.SERVICES) {
            assertThat(deployment(rendered, service).at("/spec/template/spec/containers/0/image").asText())
                    .isEqualTo("registry.kvalitet.example/kvalitet/" + service + ":0.1.0");
        }
    }

    @Test
    void aBrokenCopyIsCaughtForEachThingTheChecksAreFor() {
        List<ObjectNode> production = Kustomize.render(KUBERNETES.resolve("overlays/production"));
        assertThat(ManifestChecks.check(ROOT, production, true)).as("the copy is sound before it is broken").isEmpty();

        assertThat(broken(production, docs -> container(docs, "contract-service").remove("readinessProbe")))
                .contains("Deployment contract-service: no readiness probe");
        assertThat(broken(production, docs -> container(docs, "indicator-service").withObject("/resources/limits").remove("memory")))
                .contains("Deployment indicator-service: no memory limit");
        assertThat(broken(production, docs -> docs.removeIf(doc -> doc.path("kind").asText().equals("KafkaTopic")
                && doc.at("/metadata/name").asText().equals("indicator.results.v1"))))
                .contains("topic indicator.results.v1 is used, but has no KafkaTopic", "topic indicator.results.v1 of the local stack has no KafkaTopic");
        assertThat(broken(production, docs -> ((ObjectNode) service(docs, "sanction-service").at("/spec/ports/0")).put("targetPort", 8080)))
                .contains("Service sanction-service: port 80 goes to 8080, but sanction-service listens on 8084");
        assertThat(broken(production, docs -> ((ObjectNode) container(docs, "provider-registry").at("/ports/0")).put("containerPort", 8080)))
                .contains("Deployment provider-registry: no container port 8081, where provider-registry listens (quarkus.http.port)");
        assertThat(broken(production, docs -> deployment(docs, "contract-service").withObject("/spec").put("replica", 2)))
                .anyMatch(problem -> problem.startsWith("Deployment contract-service") && problem.contains("unknown field(s) [replica]"));
        assertThat(broken(production, docs -> container(docs, "contract-service").withArray("/env")
                .addObject().put("name", "QUARKUS_DATASOURCE_PASSWORD").put("value", "hunter2")))
                .contains("Deployment contract-service: QUARKUS_DATASOURCE_PASSWORD is given as a literal value, not a reference to a Secret");
        assertThat(broken(production, docs -> docs.add(secret())))
                .contains("Secret leaked is declared in a manifest; the manifests name Secrets, they never hold one");
        assertThat(broken(production, docs -> {
            ObjectNode rule = kafkaUser(docs, "sanction-service").withArray("/spec/authorization/acls").addObject();
            rule.putObject("resource").put("type", "topic").put("name", "indicator.results.v1").put("patternType", "literal");
            rule.putArray("operations").add("Read");
        }))
                .contains("KafkaUser sanction-service: may also [topic indicator.results.v1 Read], which it neither produces nor consumes");
        assertThat(broken(production, docs -> docs.removeIf(doc -> doc.path("kind").asText().equals("PodDisruptionBudget")
                && doc.at("/metadata/name").asText().equals("contract-service"))))
                .contains("no PodDisruptionBudget for contract-service");
        assertThat(broken(production, docs -> ((ObjectNode) networkPolicy(docs, "indicator-service").at("/spec/egress/0")).putArray("to")
                .addObject().putObject("namespaceSelector")))
                .contains("NetworkPolicy indicator-service: an egress rule lets it reach a whole network or namespace",
                        "NetworkPolicy indicator-service: does not let it reach PostgreSQL");
        assertThat(broken(production, docs -> ((ObjectNode) hpa(docs, "contract-service").get("spec")).put("maxReplicas", 6)))
                .contains("HorizontalPodAutoscaler contract-service: up to 6 replicas, but indicator.results.v1 has 3 partitions");
        assertThat(broken(production, docs -> ((ArrayNode) realmImport(docs).at("/spec/realm/users")).insertObject(0).put("username", "demo")))
                .contains("the production realm imports the user demo");
    }

    @Test
    void theServicesDeploymentsAreWhatTheQuarkusKubernetesExtensionGenerates() throws IOException {
        List<String> stale = new ArrayList<>();
        for (String service : ManifestChecks.SERVICES) {
            Path generated = ROOT.resolve(service).resolve("target/kubernetes/kubernetes.yml");
            Path committed = KUBERNETES.resolve("base").resolve(service).resolve("kubernetes.yml");
            assertThat(generated).as("%s: build the services first (./mvnw package), which generates it", generated).exists();
            if (UPDATE) {
                Files.copy(generated, committed, StandardCopyOption.REPLACE_EXISTING);
            }
            if (!Kustomize.readAll(generated).equals(Kustomize.readAll(committed))) {
                stale.add(committed.toString());
            }
        }
        assertThat(stale).as("committed manifests differ from what the build generates; review and rerun with -Dkvalitet.manifests.update=true")
                .isEmpty();
    }

    @Test
    void theRealmImportIsTheRealmFileTheLocalStackImports() throws IOException {
        Path file = KUBERNETES.resolve("base/keycloak-realm-import.yaml");
        ObjectNode realmImport = Kustomize.YAML.createObjectNode();
        realmImport.put("apiVersion", "k8s.keycloak.org/v2alpha1").put("kind", "KeycloakRealmImport");
        realmImport.putObject("metadata").put("name", "kvalitet-realm");
        ObjectNode spec = realmImport.putObject("spec").put("keycloakCRName", "kvalitet-keycloak");
        spec.set("realm", Kustomize.YAML.readTree(ROOT.resolve("deploy/keycloak/kvalitet-realm.json").toFile()));
        if (UPDATE) {
            Files.writeString(file, """
                    # Generated from deploy/keycloak/kvalitet-realm.json, the realm the local stack imports, by
                    # ManifestTest (-Dkvalitet.manifests.update=true): change the realm there, not here.
                    """ + WRITER.writeValueAsString(realmImport));
        }
        assertThat(Kustomize.readAll(file)).as("%s is stale; rerun with -Dkvalitet.manifests.update=true", file).containsExactly(realmImport);
    }

    @Test
    void theAlertRulesAreATypedPrometheusRule() {
        List<ObjectNode> rules = Kustomize.readAll(ROOT.resolve("deploy/monitoring/prometheus/kvalitet-alerts.yaml"));
        assertThat(rules).hasSize(1);
        List<String> unknown = new ArrayList<>();
        ManifestChecks.unknownFields(ManifestChecks.typed(rules.get(0)), "PrometheusRule", unknown, 0);
        assertThat(unknown).isEmpty();
    }

    private static List<String> broken(List<ObjectNode> rendered, Consumer<List<ObjectNode>> breakage) {
        List<ObjectNode> copy = new ArrayList<>(Kustomize.copy(rendered));
        breakage.accept(copy);
        return ManifestChecks.check(ROOT, copy, true);
    }

    private static ObjectNode named(List<ObjectNode> documents, String kind, String name) {
        return documents.stream().filter(doc -> doc.path("kind").asText().equals(kind) && doc.at("/metadata/name").asText().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    private static ObjectNode deployment(List<ObjectNode> documents, String name) {
        return named(documents, "Deployment", name);
    }

    private static ObjectNode container(List<ObjectNode> documents, String name) {
        return (ObjectNode) deployment(documents, name).at("/spec/template/spec/containers/0");
    }

    private static ObjectNode service(List<ObjectNode> documents, String name) {
        return named(documents, "Service", name);
    }

    private static ObjectNode kafkaUser(List<ObjectNode> documents, String name) {
        return named(documents, "KafkaUser", name);
    }

    private static ObjectNode networkPolicy(List<ObjectNode> documents, String name) {
        return named(documents, "NetworkPolicy", name);
    }

    private static ObjectNode hpa(List<ObjectNode> documents, String name) {
        return named(documents, "HorizontalPodAutoscaler", name);
    }

    private static ObjectNode realmImport(List<ObjectNode> documents) {
        return named(documents, "KeycloakRealmImport", "kvalitet-realm");
    }

    private static ObjectNode secret() {
        ObjectNode secret = Kustomize.YAML.createObjectNode().put("apiVersion", "v1").put("kind", "Secret");
        secret.putObject("metadata").put("name", "leaked").put("namespace", "kvalitet");
        secret.putObject("stringData").put("password", "hunter2");
        return secret;
    }
}
