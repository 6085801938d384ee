package se.kvalitet.localstack;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * The topics of DESIGN.md §2 and the services' dead-letter topics. In production they are
 * declared as Strimzi KafkaTopic resources (deploy/kubernetes/base/kafka.yaml, which
 * ManifestTest holds to this list); locally and in tests this creates them.
 */
public final class Topics {

    public record Topic(String name, int partitions, Map<String, String> config) {
    }

    private static final Map<String, String> COMPACTED = Map.of("cleanup.policy", "compact");
    private static final Map<String, String> RETAINED = Map.of("cleanup.policy", "delete", "retention.ms", "-1");

    public static final List<Topic> ALL = List.of(
            new Topic("registry.units.v1", 3, COMPACTED),
            new Topic("registry.principals.v1", 3, COMPACTED),
            new Topic("indicator.results.v1", 3, RETAINED),
            new Topic("contract.events.v1", 3, RETAINED),
            new Topic("sanction.events.v1", 3, RETAINED),
            new Topic("provider-registry.dlq", 1, RETAINED),
            new Topic("indicator-service.dlq", 1, RETAINED),
            new Topic("contract-service.dlq", 1, RETAINED),
            new Topic("sanction-service.dlq", 1, RETAINED));

    private Topics() {
    }

    /** Creates every topic that does not exist yet; existing ones are left as they are. */
    public static void createMissing(String bootstrapServers) {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin admin = Admin.create(properties)) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = ALL.stream()
                    .filter(topic -> !existing.contains(topic.name()))
                    .map(topic -> new NewTopic(topic.name(), topic.partitions(), (short) 1).configs(topic.config()))
                    .collect(Collectors.toList());
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topics", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not create topics on " + bootstrapServers, e.getCause());
        }
    }
}
