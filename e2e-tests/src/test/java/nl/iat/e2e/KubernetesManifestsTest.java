package nl.iat.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import nl.iat.e2e.harness.ServiceVariables;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/**
 * There is no cluster here, so the manifests are held to what can be checked offline: each rendered
 * overlay ({@code kubectl kustomize}) matches the Kubernetes 1.33, Strimzi and CloudNativePG schemas
 * (deploy/k8s/schemas, strict), and to the suite itself: the variables and ports the workloads read,
 * the topics they use, the hardening and the isolation the deployment promises.
 */
@Tag("unit")
class KubernetesManifestsTest {

    private static final Path ROOT = Path.of(System.getProperty("iat.root", "..")).toAbsolutePath().normalize();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Pattern TOPIC = Pattern.compile("^mp\\.messaging\\.\\S+?topic=(\\S+)$", Pattern.MULTILINE);
    private static final Set<String> CNPG_APP_SECRET_KEYS = Set.of("host", "port", "dbname", "username", "password");

    static {
        // The schemas' x-kubernetes-* keywords carry no validation; one warning per keyword is noise.
        java.util.logging.Logger.getLogger("com.networknt.schema.keyword.UnknownKeywordFactory").setLevel(java.util.logging.Level.SEVERE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void everyRenderedDocumentMatchesItsSchema(String overlay) throws Exception {
        List<JsonNode> documents = render(overlay);
        assertFalse(documents.isEmpty());
        for (JsonNode document : documents) {
            List<Error> errors = SCHEMAS.getSchema(schemaOf(document)).validate(document);
            assertEquals(List.of(), errors.stream().map(Error::toString).toList(), overlay + ": " + nameOf(document));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void everyDeploymentIsHardenedAndBudgeted(String overlay) throws Exception {
        for (JsonNode deployment : ofKind(render(overlay), "Deployment")) {
            String name = deployment.at("/metadata/name").asText();
            JsonNode container = deployment.at("/spec/template/spec/containers/0");
            assertTrue(deployment.at("/spec/template/spec/securityContext/runAsNonRoot").asBoolean(), name + " runs as non-root");
            assertTrue(container.at("/securityContext/readOnlyRootFilesystem").asBoolean(), name + " read-only root");
            assertFalse(container.at("/readinessProbe").isMissingNode(), name + " has a readiness probe");
            for (String limit : List.of("/resources/requests/cpu", "/resources/requests/memory", "/resources/limits/memory")) {
                assertFalse(container.at(limit).isMissingNode(), name + limit);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void everyWorkloadIsProbedOnItsHealthAndScaledWithinABudget(String overlay) throws Exception {
        List<JsonNode> documents = render(overlay);
        for (String name : ServiceVariables.WORKLOADS) {
            JsonNode container = named(ofKind(documents, "Deployment"), name).at("/spec/template/spec/containers/0");
            for (String probe : List.of("startup:started", "readiness:ready", "liveness:live")) {
                String[] kind = probe.split(":");
                assertEquals("/q/health/" + kind[1], container.at("/" + kind[0] + "Probe/httpGet/path").asText(), name);
            }
            assertEquals(1, targeting(ofKind(documents, "HorizontalPodAutoscaler"), name, "/spec/scaleTargetRef/name"), name + " HPA");
            assertEquals(1, targeting(ofKind(documents, "PodDisruptionBudget"), name, "/spec/selector/matchLabels/app.kubernetes.io~1name"),
                    name + " PDB");
        }
    }

    @Test
    void theGatewayReplicasShareTheRateLimitInRedis() throws Exception {
        List<JsonNode> documents = render("production");
        JsonNode gateway = named(ofKind(documents, "Deployment"), "gateway").at("/spec/template/spec/containers/0");
        String port = named(ofKind(documents, "Service"), "redis").at("/spec/ports/0/port").asText();
        assertEquals("redis://redis:" + port, valueOf(gateway, "IAT_REDIS_URL"));
        JsonNode policy = named(ofKind(documents, "NetworkPolicy"), "redis-from-gateway");
        assertEquals("gateway", policy.at("/spec/ingress/0/from/0/podSelector/matchLabels/app.kubernetes.io~1name").asText());
    }

    @Test
    void environmentAndPortsHaveOneSourceOfTruth() throws Exception {
        List<JsonNode> documents = render("production");
        Map<String, Set<String>> configMaps = configMapKeys(documents);
        for (String workload : ServiceVariables.WORKLOADS) {
            JsonNode container = named(ofKind(documents, "Deployment"), workload).at("/spec/template/spec/containers/0");
            Set<String> set = new TreeSet<>();
            container.path("env").forEach(variable -> set.add(variable.path("name").asText()));
            container.path("envFrom").forEach(from -> set.addAll(configMaps.get(from.at("/configMapRef/name").asText())));
            ServiceVariables variables = ServiceVariables.of(ROOT, workload);
            assertEquals(Set.of(), variables.unknown(set), workload + ": the manifest sets variables the workload does not read");
            assertEquals(Set.of(), variables.missing(set), workload + ": the workload needs variables the manifest does not set");
            int port = Integer.parseInt(valueOf(container, "PORT"));
            assertEquals(port, container.at("/ports/0/containerPort").asInt(), workload + " listens where PORT says");
            assertEquals(port, named(ofKind(documents, "Service"), workload).at("/spec/ports/0/port").asInt(), workload + " Service port");
        }
        JsonNode gateway = named(ofKind(documents, "Deployment"), "gateway").at("/spec/template/spec/containers/0");
        for (String service : List.of("measures-service", "budget-service", "reporting-service")) {
            String port = named(ofKind(documents, "Service"), service).at("/spec/ports/0/port").asText();
            assertEquals("http://" + service + ":" + port, valueOf(gateway, service.split("-")[0].toUpperCase() + "_SERVICE_URL"));
        }
    }

    @Test
    void eachServiceReadsItsCredentialsFromItsOwnDatabaseCluster() throws Exception {
        List<JsonNode> documents = render("production");
        for (String service : List.of("measures", "budget", "reporting")) {
            JsonNode cluster = named(ofKind(documents, "Cluster"), service + "-db");
            assertEquals(service, cluster.at("/spec/bootstrap/initdb/database").asText());
            JsonNode container = named(ofKind(documents, "Deployment"), service + "-service").at("/spec/template/spec/containers/0");
            for (JsonNode variable : container.path("env")) {
                JsonNode secret = variable.at("/valueFrom/secretKeyRef");
                if (!secret.isMissingNode()) {
                    assertEquals(service + "-db-app", secret.path("name").asText(), variable.path("name").asText());
                    assertTrue(CNPG_APP_SECRET_KEYS.contains(secret.path("key").asText()), secret.toString());
                }
            }
            assertEquals(3, cluster.at("/spec/instances").asInt(), service + "-db has a primary and two replicas");
        }
    }

    @Test
    void productionKafkaSurvivesOneBrokerAndHasEveryTopicTheServicesUse() throws Exception {
        List<JsonNode> documents = render("production");
        JsonNode kafka = ofKind(documents, "Kafka").get(0).at("/spec/kafka/config");
        assertEquals(3, kafka.path("default.replication.factor").asInt());
        assertEquals(2, kafka.path("min.insync.replicas").asInt());
        assertFalse(kafka.path("auto.create.topics.enable").asBoolean(true), "topics only as KafkaTopic resources");
        assertTrue(ofKind(documents, "KafkaNodePool").get(0).at("/spec/replicas").asInt() >= 3);
        int mostReplicas = ofKind(documents, "HorizontalPodAutoscaler").stream()
                .mapToInt(hpa -> hpa.at("/spec/maxReplicas").asInt()).max().orElseThrow();
        Set<String> declared = new TreeSet<>();
        for (JsonNode topic : ofKind(documents, "KafkaTopic")) {
            String name = topic.at("/metadata/name").asText();
            declared.add(name);
            assertEquals(3, topic.at("/spec/replicas").asInt(), name);
            assertEquals(2, topic.at("/spec/config/min.insync.replicas").asInt(), name);
            if (!name.endsWith("dead-letter")) {
                assertTrue(topic.at("/spec/partitions").asInt() >= mostReplicas, name + " has a partition per consumer replica");
            }
        }
        assertEquals(topicsTheServicesUse(), declared);
    }

    @Test
    void onlyTheGatewayIsReachableAndEachDatabaseOnlyFromItsService() throws Exception {
        List<JsonNode> documents = render("production");
        List<JsonNode> policies = ofKind(documents, "NetworkPolicy");
        JsonNode denyAll = named(policies, "default-deny");
        assertTrue(denyAll.at("/spec/podSelector").isEmpty() && denyAll.at("/spec/ingress").isMissingNode());
        JsonNode services = named(policies, "services-from-gateway");
        assertEquals("service", services.at("/spec/podSelector/matchLabels/app.kubernetes.io~1component").asText());
        assertEquals("gateway", services.at("/spec/ingress/0/from/0/podSelector/matchLabels/app.kubernetes.io~1name").asText());
        assertEquals(1, services.at("/spec/ingress").size());
        for (String service : List.of("measures", "budget", "reporting")) {
            JsonNode db = named(policies, service + "-db-from-" + service + "-service");
            assertEquals(service + "-db", db.at("/spec/podSelector/matchLabels/cnpg.io~1cluster").asText());
            assertEquals(service + "-service", db.at("/spec/ingress/0/from/0/podSelector/matchLabels/app.kubernetes.io~1name").asText());
        }
        JsonNode ingress = ofKind(documents, "Ingress").get(0);
        assertEquals("gateway", ingress.at("/spec/rules/0/http/paths/0/backend/service/name").asText());
        assertFalse(ingress.at("/spec/tls/0/secretName").asText().isEmpty(), "TLS");
        for (JsonNode deployment : ofKind(documents, "Deployment")) {
            assertEquals(1, policies.stream().filter(p -> selects(p, deployment)).count(),
                    deployment.at("/metadata/name").asText() + " is opened by exactly one policy");
        }
    }

    private static boolean selects(JsonNode policy, JsonNode deployment) {
        JsonNode selector = policy.at("/spec/podSelector/matchLabels");
        JsonNode labels = deployment.at("/spec/template/metadata/labels");
        if (selector.isEmpty()) {
            return false;
        }
        return StreamSupport.stream(((Iterable<Map.Entry<String, JsonNode>>) selector::fields).spliterator(), false)
                .allMatch(label -> label.getValue().equals(labels.path(label.getKey())));
    }

    private static Set<String> topicsTheServicesUse() throws IOException {
        Set<String> topics = new TreeSet<>();
        for (String service : List.of("measures-service", "budget-service", "reporting-service")) {
            String properties = Files.readString(ROOT.resolve(service + "/src/main/resources/application.properties"));
            Matcher m = TOPIC.matcher(properties);
            while (m.find()) {
                topics.add(m.group(1));
            }
            Matcher routes = Pattern.compile("^iat\\.outbox\\.topic-routes=(\\S+)$", Pattern.MULTILINE).matcher(properties);
            while (routes.find()) {
                for (String route : routes.group(1).split(",")) {
                    topics.add(route.substring(route.indexOf('=') + 1));
                }
            }
        }
        return topics;
    }

    private static JsonNode schemaOf(JsonNode document) throws IOException {
        String[] apiVersion = document.path("apiVersion").asText().split("/");
        String group = apiVersion.length == 2 ? "-" + apiVersion[0].split("\\.")[0] : "";
        String file = document.path("kind").asText().toLowerCase() + group + "-" + apiVersion[apiVersion.length - 1] + ".json";
        for (String folder : List.of("core", "strimzi", "cnpg")) {
            Path path = ROOT.resolve("deploy/k8s/schemas").resolve(folder).resolve(file);
            if (Files.exists(path)) {
                return strict(JSON.readTree(path.toFile()));
            }
        }
        throw new AssertionError("No schema " + file + " for " + nameOf(document));
    }

    /** The operators' CRD schemas allow unknown fields; closing every object catches a misspelt one. */
    private static JsonNode strict(JsonNode node) {
        if (node instanceof ObjectNode object && object.has("properties") && !object.has("additionalProperties")
                && !object.path("x-kubernetes-preserve-unknown-fields").asBoolean()) {
            object.put("additionalProperties", false);
        }
        node.forEach(KubernetesManifestsTest::strict);
        return node;
    }

    private static List<JsonNode> render(String overlay) throws IOException, InterruptedException {
        Process kustomize = new ProcessBuilder("kubectl", "kustomize", ROOT.resolve("deploy/k8s/overlays/" + overlay).toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String yaml = new String(kustomize.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, kustomize.waitFor(), "kubectl kustomize " + overlay);
        List<JsonNode> documents = new ArrayList<>();
        new Yaml().loadAll(yaml).forEach(document -> documents.add(JSON.valueToTree(document)));
        return documents;
    }

    private static List<JsonNode> ofKind(List<JsonNode> documents, String kind) {
        return documents.stream().filter(document -> kind.equals(document.path("kind").asText())).toList();
    }

    private static JsonNode named(List<JsonNode> documents, String name) {
        return documents.stream().filter(document -> name.equals(document.at("/metadata/name").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name));
    }

    private static long targeting(List<JsonNode> documents, String name, String pointer) {
        return documents.stream().filter(document -> name.equals(document.at(pointer).asText())).count();
    }

    private static Map<String, Set<String>> configMapKeys(List<JsonNode> documents) {
        Map<String, Set<String>> keys = new java.util.HashMap<>();
        for (JsonNode configMap : ofKind(documents, "ConfigMap")) {
            Set<String> names = new TreeSet<>();
            configMap.path("data").fieldNames().forEachRemaining(names::add);
            keys.put(configMap.at("/metadata/name").asText(), names);
        }
        return keys;
    }

    private static String valueOf(JsonNode container, String variable) {
        for (JsonNode env : container.path("env")) {
            if (variable.equals(env.path("name").asText())) {
                return env.path("value").asText();
            }
        }
        throw new AssertionError(variable + " is not set");
    }

    private static String nameOf(JsonNode document) {
        return document.path("kind").asText() + " " + document.at("/metadata/name").asText();
    }
}
