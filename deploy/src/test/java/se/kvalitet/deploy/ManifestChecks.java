package se.kvalitet.deploy;

import static java.util.Map.entry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.api.kafka.model.user.KafkaUserAuthorizationSimple;
import io.strimzi.api.kafka.model.user.acl.AclOperation;
import io.strimzi.api.kafka.model.user.acl.AclRule;
import io.strimzi.api.kafka.model.user.acl.AclRuleGroupResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleTopicResource;
import se.kvalitet.localstack.StackConfig;
import se.kvalitet.localstack.Topics;

/**
 * What rendered manifests must hold to run Kvalitet, checked on the typed Kubernetes, Strimzi,
 * CloudNativePG and Keycloak models: every document is of a known kind with no unknown field; each
 * service has its probes, requests and limits, a Service and ServiceMonitor on the port it listens
 * on, a disruption budget, a network policy that lets it reach only PostgreSQL, Kafka and Keycloak,
 * secrets by reference only, a database and role, a KafkaUser whose ACLs are exactly what
 * {@code api-specs/asyncapi.yaml} says it produces and consumes, and (if it consumes) an
 * autoscaler no wider than its topics; every topic a service uses has its KafkaTopic, as the local
 * stack creates it. The answer is the list of what is wrong, empty when nothing is.
 */
final class ManifestChecks {

    static final List<String> SERVICES = Arrays.stream(StackConfig.Service.values()).map(StackConfig.Service::module).toList();
    private static final ObjectMapper STRICT = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final Map<String, Class<?>> MODELS = Map.ofEntries(
            entry("v1/Namespace", Namespace.class),
            entry("v1/Secret", Secret.class),
            entry("v1/ServiceAccount", ServiceAccount.class),
            entry("v1/Service", io.fabric8.kubernetes.api.model.Service.class),
            entry("apps/v1/Deployment", Deployment.class),
            entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            entry("monitoring.coreos.com/v1/ServiceMonitor", ServiceMonitor.class),
            entry("monitoring.coreos.com/v1/PrometheusRule", PrometheusRule.class),
            entry("kafka.strimzi.io/v1beta2/Kafka", Kafka.class),
            entry("kafka.strimzi.io/v1beta2/KafkaNodePool", KafkaNodePool.class),
            entry("kafka.strimzi.io/v1beta2/KafkaTopic", KafkaTopic.class),
            entry("kafka.strimzi.io/v1beta2/KafkaUser", KafkaUser.class),
            entry("postgresql.cnpg.io/v1/Cluster", OperatorModels.Cluster.class),
            entry("postgresql.cnpg.io/v1/Database", OperatorModels.Database.class),
            entry("postgresql.cnpg.io/v1/ScheduledBackup", OperatorModels.ScheduledBackup.class),
            entry("k8s.keycloak.org/v2alpha1/Keycloak", OperatorModels.Keycloak.class),
            entry("k8s.keycloak.org/v2alpha1/KeycloakRealmImport", OperatorModels.KeycloakRealmImport.class));
    /** Who may be reached besides PostgreSQL, Kafka and Keycloak: the cluster's DNS and the trace collector. */
    private static final Set<Map<String, String>> INFRASTRUCTURE_PEERS = Set.of(
            Map.of("kubernetes.io/metadata.name", "kube-system", "k8s-app", "kube-dns"),
            Map.of("kubernetes.io/metadata.name", "observability", "app.kubernetes.io/name", "otel-collector"));
    private static final Map<String, String> POSTGRES = Map.of("cnpg.io/cluster", "kvalitet-db");
    private static final Map<String, String> KAFKA = Map.of("strimzi.io/cluster", "kvalitet", "strimzi.io/kind", "Kafka");
    private static final Map<String, String> KEYCLOAK = Map.of("app", "keycloak", "app.kubernetes.io/instance", "kvalitet-keycloak");

    private final Path root;
    private final ApiSpecTopics specTopics;
    private final List<String> problems = new ArrayList<>();
    private final List<Object> typed = new ArrayList<>();

    private ManifestChecks(Path root) {
        this.root = root;
        this.specTopics = ApiSpecTopics.of(root);
    }

    /** What is wrong with the rendered {@code documents}; a production rendering must also import no demo users. */
    static List<String> check(Path root, List<ObjectNode> documents, boolean production) {
        ManifestChecks checks = new ManifestChecks(root);
        documents.forEach(checks::parse);
        for (String service : SERVICES) {
            checks.service(service);
        }
        checks.topics();
        checks.noSecrets();
        checks.realm(production);
        return checks.problems;
    }

    /** A document as its typed model, or a problem if its kind is unknown or it has a field the model does not. */
    static Object typed(ObjectNode document) {
        String key = document.path("apiVersion").asText() + "/" + document.path("kind").asText();
        Class<?> model = MODELS.get(key);
        if (model == null) {
            throw new IllegalArgumentException("no model of " + key + " (" + document.path("metadata").path("name").asText() + ")");
        }
        return STRICT.convertValue(document, model);
    }

    private void parse(ObjectNode document) {
        String name = document.path("kind").asText() + " " + document.path("metadata").path("name").asText();
        try {
            Object model = typed(document);
            List<String> unknown = new ArrayList<>();
            unknownFields(model, name, unknown, 0);
            problems.addAll(unknown);
            typed.add(model);
        } catch (IllegalArgumentException e) {
            problems.add(name + ": " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /** Walks a model; a model object that kept fields in its additional properties had fields its type does not know. */
    static void unknownFields(Object value, String path, List<String> unknown, int depth) {
        if (value == null || depth > 40) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> unknownFields(item, path + "." + key, unknown, depth + 1));
            return;
        }
        if (value instanceof Collection<?> items) {
            int index = 0;
            for (Object item : items) {
                unknownFields(item, path + "[" + index++ + "]", unknown, depth + 1);
            }
            return;
        }
        Class<?> type = value.getClass();
        String pkg = type.getPackageName();
        if (type.isEnum() || !(pkg.startsWith("io.fabric8") || pkg.startsWith("io.strimzi") || pkg.startsWith("se.kvalitet"))) {
            return;
        }
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                unknownFields(invoke(component.getAccessor(), value), path + "." + component.getName(), unknown, depth + 1);
            }
            return;
        }
        for (Method method : type.getMethods()) {
            if (method.getParameterCount() != 0 || Modifier.isStatic(method.getModifiers()) || !method.getName().startsWith("get")
                    || method.getName().equals("getClass")) {
                continue;
            }
            Object got = invoke(method, value);
            if (method.getName().equals("getAdditionalProperties")) {
                if (got instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    unknown.add(path + ": unknown field(s) " + new TreeSet<>(extra.keySet().stream().map(String::valueOf).toList()));
                }
            } else {
                unknownFields(got, path + "." + property(method.getName()), unknown, depth + 1);
            }
        }
    }

    private static String property(String getter) {
        return Character.toLowerCase(getter.charAt(3)) + getter.substring(4);
    }

    private static Object invoke(Method method, Object target) {
        try {
            return method.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            return null;
        }
    }

    private <T> List<T> all(Class<T> type) {
        return typed.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private <T extends HasMetadata> Optional<T> named(Class<T> type, String name) {
        return all(type).stream().filter(resource -> name.equals(resource.getMetadata().getName())).findFirst();
    }

    private void service(String service) {
        Properties properties = applicationProperties(service);
        int port = Integer.parseInt(properties.getProperty("quarkus.http.port"));
        Optional<Deployment> deployment = named(Deployment.class, service);
        if (deployment.isEmpty()) {
            problems.add("no Deployment of " + service);
            return;
        }
        Map<String, String> podLabels = deployment.get().getSpec().getTemplate().getMetadata().getLabels();
        Container container = deployment.get().getSpec().getTemplate().getSpec().getContainers().get(0);
        String where = "Deployment " + service;
        probe(where, "liveness", container.getLivenessProbe(), "/q/health/live", port);
        probe(where, "readiness", container.getReadinessProbe(), "/q/health/ready", port);
        probe(where, "startup", container.getStartupProbe(), "/q/health/started", port);
        resources(where, container);
        if (container.getPorts().stream().noneMatch(p -> p.getContainerPort() == port)) {
            problems.add(where + ": no container port " + port + ", where " + service + " listens (quarkus.http.port)");
        }
        environment(where, service, container.getEnv());

        Optional<io.fabric8.kubernetes.api.model.Service> svc = named(io.fabric8.kubernetes.api.model.Service.class, service);
        if (svc.isEmpty()) {
            problems.add("no Service of " + service);
        } else {
            if (!selects(svc.get().getSpec().getSelector(), podLabels)) {
                problems.add("Service " + service + ": its selector does not select the pods of " + service);
            }
            svc.get().getSpec().getPorts().stream().filter(p -> !reaches(p.getTargetPort(), port)).forEach(p -> problems.add(
                    "Service " + service + ": port " + p.getPort() + " goes to " + text(p.getTargetPort()) + ", but " + service + " listens on " + port));
        }
        named(ServiceMonitor.class, service).ifPresentOrElse(monitor -> monitor.getSpec().getEndpoints().stream()
                .filter(endpoint -> !reaches(endpoint.getTargetPort(), port))
                .forEach(endpoint -> problems.add("ServiceMonitor " + service + ": scrapes " + text(endpoint.getTargetPort()) + ", but "
                        + service + " listens on " + port)),
                () -> problems.add("no ServiceMonitor of " + service));
        if (all(PodDisruptionBudget.class).stream().noneMatch(pdb -> selects(pdb.getSpec().getSelector(), podLabels))) {
            problems.add("no PodDisruptionBudget for " + service);
        }
        Set<String> consumed = consumedTopics(properties);
        if (!consumed.isEmpty()) {
            autoscaler(service, consumed);
        }
        networkPolicy(service, podLabels, port);
        kafkaUser(service, consumed);
    }

    private void probe(String where, String kind, Probe probe, String path, int port) {
        if (probe == null || probe.getHttpGet() == null) {
            problems.add(where + ": no " + kind + " probe");
        } else if (!path.equals(probe.getHttpGet().getPath()) || !reaches(probe.getHttpGet().getPort(), port)) {
            problems.add(where + ": the " + kind + " probe asks " + probe.getHttpGet().getPath() + " on " + text(probe.getHttpGet().getPort())
                    + ", not " + path + " on " + port);
        }
    }

    private void resources(String where, Container container) {
        Map<String, Quantity> requests = container.getResources() == null ? Map.of() : Objects.requireNonNullElse(container.getResources().getRequests(), Map.of());
        Map<String, Quantity> limits = container.getResources() == null ? Map.of() : Objects.requireNonNullElse(container.getResources().getLimits(), Map.of());
        for (String resource : List.of("cpu", "memory")) {
            if (!requests.containsKey(resource)) {
                problems.add(where + ": no " + resource + " request");
            }
            if (!limits.containsKey(resource)) {
                problems.add(where + ": no " + resource + " limit");
            }
        }
    }

    /** Secrets by reference only; the database and Kafka credentials name the Secrets the operators hold for this service. */
    private void environment(String where, String service, List<EnvVar> env) {
        Map<String, EnvVar> byName = env.stream().collect(Collectors.toMap(EnvVar::getName, e -> e, (a, b) -> b));
        env.stream().filter(e -> e.getName().matches(".*(PASSWORD|SECRET|JAAS_CONFIG|API_KEY).*") && e.getValue() != null)
                .forEach(e -> problems.add(where + ": " + e.getName() + " is given as a literal value, not a reference to a Secret"));
        String user = secretOf(byName.get("QUARKUS_DATASOURCE_USERNAME"));
        String jdbc = byName.containsKey("QUARKUS_DATASOURCE_JDBC_URL") ? byName.get("QUARKUS_DATASOURCE_JDBC_URL").getValue() : null;
        Optional<OperatorModels.Role> role = all(OperatorModels.Cluster.class).stream()
                .flatMap(cluster -> cluster.spec().managed().roles().stream())
                .filter(r -> r.passwordSecret() != null && r.passwordSecret().name().equals(user)).findFirst();
        if (user == null || role.isEmpty()) {
            problems.add(where + ": its database user comes from " + user + ", which no role of the PostgreSQL cluster has as its password Secret");
        } else if (jdbc == null || all(OperatorModels.Database.class).stream().noneMatch(db -> jdbc.endsWith("/" + db.spec().name())
                && db.spec().owner().equals(role.get().name()))) {
            problems.add(where + ": no Database owned by " + role.get().name() + " for " + jdbc);
        }
        String kafkaUser = secretOf(byName.get("KAFKA_SASL_JAAS_CONFIG"));
        if (kafkaUser == null || !kafkaUser.equals(service) || named(KafkaUser.class, kafkaUser).isEmpty()) {
            problems.add(where + ": its Kafka credentials do not come from the Secret of KafkaUser " + service);
        }
    }

    private static String secretOf(EnvVar env) {
        return env == null || env.getValueFrom() == null || env.getValueFrom().getSecretKeyRef() == null ? null
                : env.getValueFrom().getSecretKeyRef().getName();
    }

    private void autoscaler(String service, Set<String> consumed) {
        Optional<HorizontalPodAutoscaler> hpa = all(HorizontalPodAutoscaler.class).stream()
                .filter(h -> h.getSpec().getScaleTargetRef().getKind().equals("Deployment") && h.getSpec().getScaleTargetRef().getName().equals(service))
                .findFirst();
        if (hpa.isEmpty()) {
            problems.add("no HorizontalPodAutoscaler for " + service + ", which consumes " + consumed);
            return;
        }
        for (String topic : consumed) {
            named(KafkaTopic.class, topic).map(t -> t.getSpec().getPartitions()).filter(p -> hpa.get().getSpec().getMaxReplicas() > p)
                    .ifPresent(p -> problems.add("HorizontalPodAutoscaler " + service + ": up to " + hpa.get().getSpec().getMaxReplicas()
                            + " replicas, but " + topic + " has " + p + " partitions"));
        }
    }

    private void networkPolicy(String service, Map<String, String> podLabels, int port) {
        List<NetworkPolicy> policies = all(NetworkPolicy.class).stream()
                .filter(p -> selects(p.getSpec().getPodSelector(), podLabels) && !p.getSpec().getPodSelector().getMatchLabels().isEmpty()).toList();
        if (policies.size() != 1 || !policies.get(0).getSpec().getPolicyTypes().containsAll(List.of("Ingress", "Egress"))) {
            problems.add("no one NetworkPolicy restricting both ingress and egress of " + service);
            return;
        }
        NetworkPolicy policy = policies.get(0);
        List<Map<String, String>> reached = new ArrayList<>();
        for (NetworkPolicyEgressRule rule : policy.getSpec().getEgress()) {
            if (rule.getTo() == null || rule.getTo().isEmpty()) {
                problems.add("NetworkPolicy " + service + ": an egress rule lets it reach anything");
                continue;
            }
            for (NetworkPolicyPeer peer : rule.getTo()) {
                Map<String, String> labels = new HashMap<>(labels(peer.getPodSelector()));
                labels.putAll(labels(peer.getNamespaceSelector()));
                if (peer.getIpBlock() != null || labels.isEmpty()) {
                    problems.add("NetworkPolicy " + service + ": an egress rule lets it reach a whole network or namespace");
                } else if (!labels.equals(POSTGRES) && !labels.equals(KAFKA) && !labels.equals(KEYCLOAK) && !INFRASTRUCTURE_PEERS.contains(labels)) {
                    problems.add("NetworkPolicy " + service + ": lets it reach " + labels + ", which is neither PostgreSQL, Kafka nor Keycloak");
                }
                reached.add(labels);
            }
        }
        Map.of("PostgreSQL", POSTGRES, "Kafka", KAFKA, "Keycloak", KEYCLOAK).forEach((what, labels) -> {
            if (!reached.contains(labels)) {
                problems.add("NetworkPolicy " + service + ": does not let it reach " + what);
            }
        });
        for (NetworkPolicyIngressRule rule : policy.getSpec().getIngress()) {
            if (rule.getPorts() == null || rule.getPorts().isEmpty()
                    || rule.getPorts().stream().map(NetworkPolicyPort::getPort).anyMatch(p -> !reaches(p, port))) {
                problems.add("NetworkPolicy " + service + ": lets in traffic to other ports than " + port);
            }
        }
    }

    /** The ACLs of the service's KafkaUser: exactly what api-specs says it produces and consumes, its dead-letter topic and its group. */
    private void kafkaUser(String service, Set<String> consumedByConfig) {
        Set<String> produced = specTopics.produced(service);
        Set<String> consumed = specTopics.consumed(service);
        if (!consumed.equals(consumedByConfig)) {
            problems.add(service + " consumes " + consumedByConfig + " (application.properties), but api-specs says " + consumed);
        }
        Set<String> expected = new TreeSet<>();
        produced.forEach(topic -> expected.add("topic " + topic + " Write"));
        consumed.forEach(topic -> expected.add("topic " + topic + " Read"));
        expected.add("topic " + service + ".dlq Write");
        expected.add("group " + service + " Read");
        Optional<KafkaUser> user = named(KafkaUser.class, service);
        if (user.isEmpty() || !(user.get().getSpec().getAuthorization() instanceof KafkaUserAuthorizationSimple simple)) {
            problems.add("no KafkaUser " + service + " with simple authorization");
            return;
        }
        Set<String> granted = new TreeSet<>();
        for (AclRule rule : simple.getAcls()) {
            String resource = rule.getResource() instanceof AclRuleTopicResource topic ? "topic " + topic.getName()
                    : rule.getResource() instanceof AclRuleGroupResource group ? "group " + group.getName() : "other " + rule.getResource();
            List<AclOperation> operations = rule.getOperations() != null ? rule.getOperations()
                    : rule.getOperation() != null ? List.of(rule.getOperation()) : List.of();
            for (AclOperation operation : operations) {
                if (operation != AclOperation.DESCRIBE) {
                    granted.add(resource + " " + operation.toValue());
                }
            }
        }
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(granted);
        Set<String> extra = new TreeSet<>(granted);
        extra.removeAll(expected);
        if (!missing.isEmpty()) {
            problems.add("KafkaUser " + service + ": lacks " + missing);
        }
        if (!extra.isEmpty()) {
            problems.add("KafkaUser " + service + ": may also " + extra + ", which it neither produces nor consumes");
        }
    }

    /** Every topic a service names, and every topic of the local stack, has a KafkaTopic like it, replicated three times. */
    private void topics() {
        Set<String> used = new LinkedHashSet<>();
        for (String service : SERVICES) {
            used.addAll(consumedTopics(applicationProperties(service)));
            used.add(service + ".dlq");
            used.addAll(specTopics.produced(service));
        }
        for (String topic : used) {
            if (named(KafkaTopic.class, topic).isEmpty()) {
                problems.add("topic " + topic + " is used, but has no KafkaTopic");
            }
        }
        for (Topics.Topic local : Topics.ALL) {
            named(KafkaTopic.class, local.name()).ifPresentOrElse(topic -> {
                if (!Objects.equals(topic.getSpec().getPartitions(), local.partitions())) {
                    problems.add("KafkaTopic " + local.name() + ": " + topic.getSpec().getPartitions() + " partitions, the local stack "
                            + local.partitions());
                }
                if (!Objects.equals(topic.getSpec().getReplicas(), 3)) {
                    problems.add("KafkaTopic " + local.name() + ": replication " + topic.getSpec().getReplicas() + ", not 3");
                }
                local.config().forEach((key, value) -> {
                    Object declared = topic.getSpec().getConfig() == null ? null : topic.getSpec().getConfig().get(key);
                    if (declared == null || !value.equals(String.valueOf(declared))) {
                        problems.add("KafkaTopic " + local.name() + ": " + key + " is " + declared + ", the local stack's " + value);
                    }
                });
            }, () -> problems.add("topic " + local.name() + " of the local stack has no KafkaTopic"));
        }
    }

    private void noSecrets() {
        all(Secret.class).forEach(secret -> problems.add("Secret " + secret.getMetadata().getName()
                + " is declared in a manifest; the manifests name Secrets, they never hold one"));
    }

    /** The realm the Keycloak operator imports: in production without demo users, password grant or client secret. */
    private void realm(boolean production) {
        List<OperatorModels.KeycloakRealmImport> imports = all(OperatorModels.KeycloakRealmImport.class);
        if (imports.size() != 1 || all(OperatorModels.Keycloak.class).stream()
                .noneMatch(keycloak -> keycloak.metadata().getName().equals(imports.get(0).spec().keycloakCRName()))) {
            problems.add("no one KeycloakRealmImport of the Keycloak declared here");
            return;
        }
        if (!production) {
            return;
        }
        var realm = imports.get(0).spec().realm();
        for (UserRepresentation user : Objects.requireNonNullElse(realm.getUsers(), List.<UserRepresentation>of())) {
            if (user.getServiceAccountClientId() == null && !user.getUsername().startsWith("service-account-")) {
                problems.add("the production realm imports the user " + user.getUsername());
            }
        }
        for (ClientRepresentation client : Objects.requireNonNullElse(realm.getClients(), List.<ClientRepresentation>of())) {
            if (Boolean.TRUE.equals(client.isDirectAccessGrantsEnabled())) {
                problems.add("the production realm allows the password grant to client " + client.getClientId());
            }
            if (client.getSecret() != null) {
                problems.add("the production realm imports the secret of client " + client.getClientId());
            }
        }
    }

    private Properties applicationProperties(String service) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(root.resolve(service).resolve("src/main/resources/application.properties"))) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static Set<String> consumedTopics(Properties properties) {
        return properties.stringPropertyNames().stream()
                .filter(name -> name.startsWith("mp.messaging.incoming.") && name.endsWith(".topic"))
                .map(properties::getProperty).collect(Collectors.toCollection(TreeSet::new));
    }

    private static boolean selects(LabelSelector selector, Map<String, String> labels) {
        return selector != null && selects(selector.getMatchLabels(), labels);
    }

    private static boolean selects(Map<String, String> selector, Map<String, String> labels) {
        return selector != null && !selector.isEmpty() && labels.entrySet().containsAll(selector.entrySet());
    }

    private static Map<String, String> labels(LabelSelector selector) {
        return selector == null || selector.getMatchLabels() == null ? Map.of() : selector.getMatchLabels();
    }

    private static boolean reaches(IntOrString port, int expected) {
        return port != null && (Objects.equals(port.getIntVal(), expected) || "http".equals(port.getStrVal()));
    }

    private static String text(IntOrString port) {
        return port == null ? "no port" : port.getIntVal() != null ? port.getIntVal().toString() : port.getStrVal();
    }

    /** Which topics api-specs says each service produces and consumes ({@code x-services} of each send and receive operation). */
    record ApiSpecTopics(Map<String, Set<String>> produces, Map<String, Set<String>> consumes) {

        static ApiSpecTopics of(Path root) {
            JsonNode spec;
            try {
                spec = Kustomize.YAML.readTree(root.resolve("api-specs/asyncapi.yaml").toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Map<String, Set<String>> produces = new HashMap<>();
            Map<String, Set<String>> consumes = new HashMap<>();
            spec.path("operations").forEach(operation -> {
                String channel = operation.path("channel").path("$ref").asText().replace("#/channels/", "");
                String topic = spec.path("channels").path(channel).path("address").asText();
                Map<String, Set<String>> into = operation.path("action").asText().equals("send") ? produces : consumes;
                operation.path("x-services").forEach(service -> into.computeIfAbsent(service.asText(), s -> new TreeSet<>()).add(topic));
            });
            return new ApiSpecTopics(produces, consumes);
        }

        Set<String> produced(String service) {
            return produces.getOrDefault(service, Set.of());
        }

        Set<String> consumed(String service) {
            return consumes.getOrDefault(service, Set.of());
        }
    }
}
