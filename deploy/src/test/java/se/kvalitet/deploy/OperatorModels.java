package se.kvalitet.deploy;

import java.util.List;
import java.util.Map;

import org.keycloak.representations.idm.RealmRepresentation;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ResourceRequirements;

/**
 * Typed models of the CloudNativePG ({@code postgresql.cnpg.io/v1}) and Keycloak operator
 * ({@code k8s.keycloak.org/v2alpha1}) resources these manifests declare, which publish no Java
 * model: the fields of their documented CRDs that Kvalitet uses, and only those. They are read
 * strictly, so a misspelt or unexpected field fails the manifest test; a field the operator has
 * but Kvalitet does not use yet must be added here before a manifest may set it. The realm of a
 * realm import is Keycloak's own {@link RealmRepresentation}.
 */
final class OperatorModels {

    private OperatorModels() {
    }

    record SecretKey(String name, String key) {
    }

    record SecretName(String name) {
    }

    record ClusterRef(String name) {
    }

    record Cluster(String apiVersion, String kind, ObjectMeta metadata, ClusterSpec spec) {
    }

    record ClusterSpec(Integer instances, Storage storage, Storage walStorage, Postgresql postgresql, ResourceRequirements resources,
            Managed managed, Backup backup, Monitoring monitoring) {
    }

    record Storage(String size, String storageClass) {
    }

    record Postgresql(Map<String, String> parameters) {
    }

    record Managed(List<Role> roles) {
    }

    record Role(String name, String ensure, Boolean login, SecretName passwordSecret) {
    }

    record Backup(String retentionPolicy, BarmanObjectStore barmanObjectStore) {
    }

    record BarmanObjectStore(String destinationPath, String endpointURL, S3Credentials s3Credentials, Compression wal, Compression data) {
    }

    record S3Credentials(SecretKey accessKeyId, SecretKey secretAccessKey) {
    }

    record Compression(String compression) {
    }

    record Monitoring(Boolean enablePodMonitor) {
    }

    record Database(String apiVersion, String kind, ObjectMeta metadata, DatabaseSpec spec) {
    }

    record DatabaseSpec(String name, String owner, ClusterRef cluster) {
    }

    record ScheduledBackup(String apiVersion, String kind, ObjectMeta metadata, ScheduledBackupSpec spec) {
    }

    record ScheduledBackupSpec(String schedule, String backupOwnerReference, ClusterRef cluster) {
    }

    record Keycloak(String apiVersion, String kind, ObjectMeta metadata, KeycloakSpec spec) {
    }

    record KeycloakSpec(Integer instances, KeycloakDb db, KeycloakHttp http, KeycloakHostname hostname, KeycloakProxy proxy,
            KeycloakIngress ingress, ResourceRequirements resources) {
    }

    record KeycloakDb(String vendor, String host, String database, SecretKey usernameSecret, SecretKey passwordSecret) {
    }

    record KeycloakHttp(Boolean httpEnabled, String tlsSecret) {
    }

    record KeycloakHostname(String hostname, Boolean backchannelDynamic) {
    }

    record KeycloakProxy(String headers) {
    }

    record KeycloakIngress(Boolean enabled, String className) {
    }

    record KeycloakRealmImport(String apiVersion, String kind, ObjectMeta metadata, RealmImportSpec spec) {
    }

    record RealmImportSpec(String keycloakCRName, RealmRepresentation realm) {
    }
}
