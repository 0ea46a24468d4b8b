package nl.iat.e2e.harness;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.ApiOperation;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.report.ValidationReport.MessageContext;
import com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist;
import nl.iat.e2e.client.Api;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Every exchange the end-to-end tests have with the suite's APIs, checked against the committed
 * OpenAPI document of its API ({@code docs/api/<api>-v1.openapi.json}, chosen by the URL's prefix):
 * the response always (its status is documented for the operation, its content type, its body against
 * the schema, the headers the document requires), the request where the service accepted it (2xx:
 * parameters, security, content type, body). Exchanges outside the documents' APIs are skipped:
 * {@code /dev/tokens}, {@code /q/...}, {@code /docs} and the documents themselves.
 *
 * <p>JUnit registers this extension for every scenario ({@code META-INF/services}, with extension
 * auto-detection switched on for failsafe in e2e-tests/pom.xml); it registers itself as the
 * {@link Api.Observer} of the scenarios' HTTP client, and {@link GeneratedClients} hands it the
 * generated clients' exchanges. The dataset loader, which uses {@link Api} too, registers nothing.
 * A test that received an exchange its document does not describe fails after it ran, with every
 * violation (operation, status, rule, where in the body, message).
 */
public final class ContractCheck implements BeforeAllCallback, AfterEachCallback, AfterAllCallback, Api.Observer {

    /** The observer every client reports to. */
    public static final ContractCheck INSTANCE = new ContractCheck();

    /** Server URL of each document (its {@code servers[0].url}) and the document's name in docs/api. */
    private static final Map<String, String> DOCUMENTS = Map.of(
            "/api/measures/v1", "measures",
            "/api/budget/v1", "budget",
            "/api/reports/v1", "reports");

    /** Set-aside messages by the rule that set them aside. */
    private static final Map<String, AtomicLong> SET_ASIDE = new ConcurrentHashMap<>();
    private static final Map<String, AtomicLong> CHECKED = new ConcurrentHashMap<>();
    private static final AtomicLong SKIPPED = new AtomicLong();
    private static final ConcurrentLinkedQueue<String> VIOLATIONS = new ConcurrentLinkedQueue<>();
    private static final Map<String, OpenApiInteractionValidator> VALIDATORS = new ConcurrentHashMap<>();

    /**
     * Rules deliberately not applied, each named by its reason. Whatever is not set aside here fails
     * the test that received it.
     */
    private static ValidationErrorsWhitelist deliberatelyIgnored() {
        return ValidationErrorsWhitelist.create()
                .withRule("Requests the service refused are not checked: the scenarios send invalid requests on"
                        + " purpose (BadInputScenario: malformed variants of every write operation; SecurityScenario:"
                        + " missing, spoiled and query-string tokens; RoleMatrixScenario: every operation with every role,"
                        + " a probe body and unknown ids). That they are refused is what those scenarios assert; the"
                        + " refusal itself (status, problem+json body) is checked.",
                        // Not WhitelistRules.isRequest(): it also matches messages about the response.
                        (message, operation, request, response) -> message.getKey().startsWith("validation.request.")
                                && response != null && response.getStatus() >= 400);
    }

    public ContractCheck() {
        // Instantiated by JUnit's auto-detection; the state is the class's, shared by every instance.
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        Api.observe(INSTANCE);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        failOnViolations();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        failOnViolations();
        System.out.println("[contract] " + summary());
    }

    @Override
    public void exchanged(HttpRequest request, String requestBody, Api.Reply reply) {
        String path = request.uri().getRawPath();
        Optional<String> api = DOCUMENTS.keySet().stream().filter(prefix -> path.startsWith(prefix + "/")).findFirst();
        // Not an API of the documents: /dev/tokens, /q/health, /docs, and the documents themselves.
        if (api.isEmpty() || path.equals(api.get() + "/openapi.json")) {
            SKIPPED.incrementAndGet();
            return;
        }
        String document = DOCUMENTS.get(api.get());
        ValidationReport report;
        try {
            report = validator(document).validate(request(request, requestBody), response(reply));
        } catch (RuntimeException e) {
            VIOLATIONS.add(request.method() + " " + path + " " + reply.status() + ": the check itself failed: " + e);
            return;
        }
        CHECKED.computeIfAbsent(document, d -> new AtomicLong()).incrementAndGet();
        for (ValidationReport.Message message : report.getMessages()) {
            Optional<String> rule = message.getContext().flatMap(MessageContext::getAppliedWhitelistRule).map(r -> r.getName());
            if (rule.isPresent()) {
                SET_ASIDE.computeIfAbsent(rule.get(), r -> new AtomicLong()).incrementAndGet();
            } else if (message.getLevel() == ValidationReport.Level.ERROR) {
                VIOLATIONS.add(describe(request, reply, message));
            }
        }
    }

    /** How many responses were checked, per API; how many messages each rule set aside. */
    public static String summary() {
        long total = CHECKED.values().stream().mapToLong(AtomicLong::get).sum();
        return total + " responses checked against their OpenAPI document " + new TreeMap<>(CHECKED) + ", "
                + SKIPPED.get() + " not of a documented API; messages set aside:" + new TreeMap<>(SET_ASIDE).entrySet().stream()
                        .map(e -> "\n  " + e.getValue() + " x " + e.getKey()).collect(Collectors.joining());
    }

    private static void failOnViolations() {
        List<String> found = new ArrayList<>();
        for (String violation; (violation = VIOLATIONS.poll()) != null;) {
            found.add(violation);
        }
        if (!found.isEmpty()) {
            Map<String, Long> distinct = found.stream().collect(Collectors.groupingBy(v -> v, TreeMap::new, Collectors.counting()));
            throw new AssertionError(found.size() + " violations of the OpenAPI documents (docs/api):\n"
                    + distinct.entrySet().stream().map(e -> e.getValue() + " x " + e.getKey()).collect(Collectors.joining("\n")));
        }
    }

    private OpenApiInteractionValidator validator(String document) {
        return VALIDATORS.computeIfAbsent(document, name -> {
            Path root = Path.of(System.getProperty("iat.root", "..")).toAbsolutePath().normalize();
            return OpenApiInteractionValidator
                    .createForSpecificationUrl(root.resolve("docs/api/" + name + "-v1.openapi.json").toUri().toString())
                    .withWhitelist(deliberatelyIgnored())
                    .build();
        });
    }

    private static Request request(HttpRequest request, String body) {
        URI uri = request.uri();
        SimpleRequest.Builder builder = new SimpleRequest.Builder(request.method(), uri.getRawPath());
        request.headers().map().forEach(builder::withHeader);
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] nameValue = pair.split("=", 2);
                builder.withQueryParam(decode(nameValue[0]), nameValue.length > 1 ? decode(nameValue[1]) : "");
            }
        }
        if (body != null) {
            builder.withBody(body);
        }
        return builder.build();
    }

    private static SimpleResponse response(Api.Reply reply) {
        SimpleResponse.Builder builder = new SimpleResponse.Builder(reply.status());
        reply.headers().forEach(builder::withHeader);
        if (reply.body() != null && !reply.body().isEmpty()) {
            builder.withBody(reply.body());
        }
        return builder.build();
    }

    private static String describe(HttpRequest request, Api.Reply reply, ValidationReport.Message message) {
        Optional<MessageContext> context = message.getContext();
        String operation = context.flatMap(MessageContext::getApiOperation).map(ApiOperation::getOperation)
                .map(o -> o.getOperationId()).orElse(request.method() + " " + request.uri().getRawPath());
        String where = context.flatMap(MessageContext::getPointers).map(p -> " at " + p.getInstance()).orElse("");
        String side = context.flatMap(MessageContext::getLocation).map(l -> l.name().toLowerCase() + " ").orElse("");
        String reasons = message.getNestedMessages().stream().map(ValidationReport.Message::getMessage).distinct()
                .collect(Collectors.joining("; "));
        return operation + " " + reply.status() + ": " + side + message.getKey() + where + ": " + message.getMessage()
                + (reasons.isEmpty() ? "" : " (" + reasons + ")");
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
