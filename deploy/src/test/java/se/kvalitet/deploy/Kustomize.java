package se.kvalitet.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

/**
 * Renders a kustomization as {@code kubectl kustomize} does, for the part of Kustomize these
 * manifests use, so that they can be checked with no cluster and no kustomize binary: resources
 * (files and kustomization directories), namespace, images (newName, newTag), and patches, either
 * a strategic-merge file (lists of named items merged by name for the built-in kinds, replaced for
 * custom resources, as Kustomize does without their schema) or JSON 6902 operations (add,
 * replace, remove) on a target kind and name. Any other field is refused, so that a manifest never
 * relies on something this renderer would silently ignore.
 */
final class Kustomize {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> FIELDS = Set.of("apiVersion", "kind", "namespace", "resources", "images", "patches");
    private static final Set<String> BUILT_IN_GROUPS = Set.of("v1", "apps/v1", "policy/v1", "autoscaling/v2", "networking.k8s.io/v1",
            "batch/v1", "rbac.authorization.k8s.io/v1");
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace");

    private Kustomize() {
    }

    /** The resources the kustomization in {@code directory} renders to, in order. */
    static List<ObjectNode> render(Path directory) {
        JsonNode kustomization = readOne(directory.resolve("kustomization.yaml"));
        kustomization.fieldNames().forEachRemaining(field -> {
            if (!FIELDS.contains(field)) {
                throw new IllegalArgumentException(directory + "/kustomization.yaml: '" + field + "' is not supported here");
            }
        });
        List<ObjectNode> resources = new ArrayList<>();
        for (JsonNode entry : kustomization.path("resources")) {
            Path resource = directory.resolve(entry.asText()).normalize();
            if (Files.isDirectory(resource)) {
                resources.addAll(render(resource));
            } else {
                resources.addAll(readAll(resource));
            }
        }
        for (JsonNode patch : kustomization.path("patches")) {
            apply(directory, patch, resources);
        }
        for (JsonNode image : kustomization.path("images")) {
            retag(image, resources);
        }
        if (kustomization.hasNonNull("namespace")) {
            String namespace = kustomization.get("namespace").asText();
            resources.stream().filter(r -> !CLUSTER_SCOPED.contains(r.path("kind").asText()))
                    .forEach(r -> r.withObject("/metadata").put("namespace", namespace));
        }
        return resources;
    }

    /** Every document of a multi-document YAML file, as objects. */
    static List<ObjectNode> readAll(Path file) {
        try (YAMLParser parser = new YAMLFactory().createParser(file.toFile())) {
            List<ObjectNode> documents = new ArrayList<>();
            Iterator<JsonNode> each = YAML.readValues(parser, JsonNode.class);
            while (each.hasNext()) {
                JsonNode document = each.next();
                if (document != null && document.isObject()) {
                    documents.add((ObjectNode) document);
                }
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static JsonNode readOne(Path file) {
        try {
            return YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static void apply(Path directory, JsonNode patch, List<ObjectNode> resources) {
        patch.fieldNames().forEachRemaining(field -> {
            if (!Set.of("path", "patch", "target").contains(field)) {
                throw new IllegalArgumentException(directory + ": patch field '" + field + "' is not supported here");
            }
        });
        JsonNode body = patch.has("path") ? readOne(directory.resolve(patch.get("path").asText())) : parse(patch.path("patch").asText());
        if (body.isArray()) {
            ObjectNode target = resource(resources, patch.path("target").path("kind").asText(), patch.path("target").path("name").asText(), directory);
            for (JsonNode operation : body) {
                operate(target, operation);
            }
        } else {
            ObjectNode target = resource(resources, body.path("kind").asText(), body.path("metadata").path("name").asText(), directory);
            merge(target, (ObjectNode) body, BUILT_IN_GROUPS.contains(target.path("apiVersion").asText()));
        }
    }

    private static ObjectNode resource(List<ObjectNode> resources, String kind, String name, Path directory) {
        return resources.stream()
                .filter(r -> r.path("kind").asText().equals(kind) && r.path("metadata").path("name").asText().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(directory + ": a patch targets " + kind + " " + name + ", which is not there"));
    }

    private static JsonNode parse(String yaml) {
        try {
            return YAML.readTree(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A strategic merge: maps merge; lists of named maps merge by name on built-in kinds; anything else is replaced. */
    private static void merge(ObjectNode target, ObjectNode patch, boolean builtIn) {
        patch.fields().forEachRemaining(field -> {
            JsonNode current = target.get(field.getKey());
            JsonNode change = field.getValue();
            if (change.isNull()) {
                target.remove(field.getKey());
            } else if (current != null && current.isObject() && change.isObject()) {
                merge((ObjectNode) current, (ObjectNode) change, builtIn);
            } else if (builtIn && current != null && current.isArray() && change.isArray() && named(change)) {
                for (JsonNode item : change) {
                    JsonNode same = find((ArrayNode) current, item.get("name").asText());
                    if (same == null) {
                        ((ArrayNode) current).add(item);
                    } else {
                        merge((ObjectNode) same, (ObjectNode) item, true);
                    }
                }
            } else {
                target.set(field.getKey(), change);
            }
        });
    }

    private static boolean named(JsonNode list) {
        for (JsonNode item : list) {
            if (!item.isObject() || !item.hasNonNull("name")) {
                return false;
            }
        }
        return true;
    }

    private static JsonNode find(ArrayNode list, String name) {
        for (JsonNode item : list) {
            if (name.equals(item.path("name").asText())) {
                return item;
            }
        }
        return null;
    }

    /** One JSON 6902 operation: add, replace or remove at a JSON pointer. */
    private static void operate(ObjectNode target, JsonNode operation) {
        String op = operation.path("op").asText();
        String path = operation.path("path").asText();
        int slash = path.lastIndexOf('/');
        JsonNode parent = slash == 0 ? target : target.at(path.substring(0, slash));
        String last = path.substring(slash + 1).replace("~1", "/").replace("~0", "~");
        if (parent.isMissingNode()) {
            throw new IllegalArgumentException("JSON patch path " + path + " does not exist");
        }
        switch (op) {
            case "add", "replace" -> {
                JsonNode value = operation.get("value");
                if (parent.isArray()) {
                    ArrayNode list = (ArrayNode) parent;
                    if (last.equals("-")) {
                        list.add(value);
                    } else if (op.equals("add")) {
                        list.insert(index(list, last, true), value);
                    } else {
                        list.set(index(list, last, false), value);
                    }
                } else {
                    if (op.equals("replace") && !parent.has(last)) {
                        throw new IllegalArgumentException("JSON patch replaces " + path + ", which does not exist");
                    }
                    ((ObjectNode) parent).set(last, value);
                }
            }
            case "remove" -> {
                if (parent.isArray()) {
                    ((ArrayNode) parent).remove(index((ArrayNode) parent, last, false));
                } else if (((ObjectNode) parent).remove(last) == null) {
                    throw new IllegalArgumentException("JSON patch removes " + path + ", which does not exist");
                }
            }
            default -> throw new IllegalArgumentException("JSON patch operation '" + op + "' is not supported here");
        }
    }

    private static int index(ArrayNode list, String text, boolean mayAppend) {
        int index = Integer.parseInt(text);
        if (index < 0 || index > list.size() || index == list.size() && !mayAppend) {
            throw new IllegalArgumentException("JSON patch index " + index + " is outside a list of " + list.size());
        }
        return index;
    }

    /** Kustomize's images: every container image named {@code name} (whatever its tag) gets the new name and tag. */
    private static void retag(JsonNode image, List<ObjectNode> resources) {
        String name = image.path("name").asText();
        for (ObjectNode resource : resources) {
            for (JsonNode container : resource.path("spec").path("template").path("spec").path("containers")) {
                String current = container.path("image").asText();
                int tag = current.lastIndexOf(':');
                String bare = tag > current.lastIndexOf('/') ? current.substring(0, tag) : current;
                if (bare.equals(name)) {
                    String newName = image.hasNonNull("newName") ? image.get("newName").asText() : bare;
                    String newTag = image.hasNonNull("newTag") ? image.get("newTag").asText() : current.substring(tag + 1);
                    ((ObjectNode) container).set("image", TextNode.valueOf(newName + ":" + newTag));
                }
            }
        }
    }

    /** A copy of the resources, for a test to break without touching the rendering it came from. */
    static List<ObjectNode> copy(List<ObjectNode> resources) {
        return resources.stream().map(ObjectNode::deepCopy).toList();
    }
}
