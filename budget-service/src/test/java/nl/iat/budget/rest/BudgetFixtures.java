package nl.iat.budget.rest;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import jakarta.persistence.EntityManager;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import nl.iat.budget.MeasureEventData;
import nl.iat.budget.line.BusinessDates;
import nl.iat.budget.service.Money;
import nl.iat.platform.security.Roles;
import nl.iat.testing.KafkaBrokerResource;
import nl.iat.testing.TestTokens;
import nl.iat.testing.Waits;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Builds the test situations through the real API and the real broker: envelopes in fiscal years
 * no other test uses, lines, and measures published as measure events. An envelope can only be
 * created for a fiscal year up to next year (ADR 0010), so the years from 2000 are few: a test that
 * only needs a line shares one envelope with the others that do.
 */
final class BudgetFixtures {

    static final String BASE = "/api/budget/v1";
    static final String OWNER = "6f1c2a7e-2d4b-4c55-9a0e-1b2c3d4e5f60";
    private static final AtomicInteger NEXT_YEAR = new AtomicInteger(2000);
    private static Integer sharedYear;

    private BudgetFixtures() {
    }

    static RequestSpecification as(String role) {
        return given().header("Authorization", TestTokens.bearer(role)).contentType(ContentType.JSON);
    }

    /** A budget-controller of the organisation (the plain {@code as(BUDGET_CONTROLLER)} is of the coordinating NCTV). */
    static RequestSpecification controllerOf(String organisationId) {
        return given().header("Authorization", "Bearer " + TestTokens.forOrganisation(Roles.BUDGET_CONTROLLER, organisationId))
                .contentType(ContentType.JSON);
    }

    /** Today as the service sees business dates: the calendar day in Europe/Amsterdam. */
    static LocalDate today() {
        return LocalDate.now(BusinessDates.ZONE);
    }

    /** Creates an envelope in a fiscal year no test used yet, taking effect today; returns the year. */
    static int newEnvelope(long amountCents) {
        return newEnvelope(amountCents, year -> null);
    }

    /**
     * Creates an envelope in a fiscal year no test used yet, taking effect on 1 January of the year
     * before (the earliest ADR 0010 allows), so a test can date lines, entries and spending back.
     */
    static int newBackdatedEnvelope(long amountCents) {
        return newEnvelope(amountCents, BudgetFixtures::firstDay);
    }

    /** The earliest day the envelope of {@code fiscalYear} can take effect. */
    static LocalDate firstDay(int fiscalYear) {
        return LocalDate.of(fiscalYear - 1, 1, 1);
    }

    private static int newEnvelope(long amountCents, IntFunction<LocalDate> effectiveOn) {
        while (true) {
            int year = NEXT_YEAR.getAndIncrement();
            if (year > today().getYear() + 1) {
                throw new IllegalStateException("No fiscal year left for a new envelope: one for " + year
                        + " cannot take effect before " + firstDay(year) + " (ADR 0010); share envelopes between tests");
            }
            var body = new java.util.HashMap<String, Object>(Map.of("fiscalYear", year, "amountCents", amountCents,
                    "budgetArticle", "VI.36"));
            LocalDate date = effectiveOn.apply(year);
            if (date != null) {
                body.put("effectiveOn", date.toString());
            }
            Response response = as(Roles.ADMIN).body(body).post(BASE + "/envelopes");
            if (response.statusCode() == 201) {
                return year;
            }
            if (response.statusCode() != 409) {
                throw new IllegalStateException("Cannot create an envelope: " + response.asString());
            }
        }
    }

    static String newLine(int year, String priorityLineCode, long amountCents) {
        return as(Roles.BUDGET_CONTROLLER).body(line(year, priorityLineCode, amountCents))
                .post(BASE + "/budget-lines").then().statusCode(201).extract().path("budgetLineId");
    }

    /** A line taking effect today, in the envelope such lines share; a test about its envelope makes its own. */
    static String newLine(long amountCents) {
        return newLine(sharedEnvelope(), "EARLY_DETECTION", amountCents);
    }

    /** The shared envelope's year, created at first use and again after the database was cleaned. */
    static synchronized int sharedEnvelope() {
        if (sharedYear == null || as(Roles.VIEWER).get(BASE + "/envelopes/" + sharedYear).statusCode() == 404) {
            sharedYear = newEnvelope(Money.MAX_CENTS);
        }
        return sharedYear;
    }

    static Map<String, Object> line(int year, String priorityLineCode, long amountCents) {
        return Map.of("fiscalYear", year, "priorityLineCode", priorityLineCode, "title", "Line " + year,
                "ownerOrganisationId", OWNER, "amountCents", amountCents);
    }

    /** A line of the year taking effect on {@code effectiveOn}. */
    static String newLine(int year, String priorityLineCode, long amountCents, LocalDate effectiveOn) {
        var body = new java.util.HashMap<String, Object>(line(year, priorityLineCode, amountCents));
        body.put("effectiveOn", effectiveOn.toString());
        return as(Roles.BUDGET_CONTROLLER).body(body).post(BASE + "/budget-lines").then().statusCode(201)
                .extract().path("budgetLineId");
    }

    static Map<String, Object> entry(String kind, UUID measureId, Long amountCents) {
        var body = new java.util.HashMap<String, Object>(Map.of("kind", kind, "measureId", measureId.toString(),
                "reason", "Test " + kind.toLowerCase(), "parliamentaryPaper", "29 754, nr. 436"));
        if (amountCents != null) {
            body.put("amountCents", amountCents);
        }
        return body;
    }

    static Response record(String lineId, Map<String, Object> entry) {
        return as(Roles.BUDGET_CONTROLLER).body(entry).post(BASE + "/budget-lines/" + lineId + "/ledger-entries");
    }

    static String allocate(String lineId, UUID measureId, long amountCents) {
        return record(lineId, entry("ALLOCATE", measureId, amountCents)).then().statusCode(201)
                .extract().path("changes[0].allocationId");
    }

    static UUID measure(String status) {
        return measures(1, status).get(0);
    }

    /** A measure whose events carry the classification (ADR 0016), once the local copy has it. */
    static UUID classifiedMeasure(String status, String classification) {
        UUID id = UUID.randomUUID();
        publish(List.of(measureEvent(id, status, 1,
                MeasureEventData.classified("nl.iat.measures.status-changed.v1", id, status, 1, classification))));
        Waits.until(() -> classification(id), classification::equals, Duration.ofSeconds(30));
        return id;
    }

    /** Publishes measure events on the real topic and waits until the local copy has them all. */
    static List<UUID> measures(int count, String status) {
        List<UUID> ids = java.util.stream.Stream.generate(UUID::randomUUID).limit(count).toList();
        publish(ids.stream().map(id -> measureEvent(id, status, 1)).toList());
        long known = Waits.until(() -> knownMeasures(ids), n -> n == count, Duration.ofSeconds(30));
        if (known != count) {
            throw new IllegalStateException("The measure copy has " + known + " of " + count + " measures");
        }
        return ids;
    }

    private static void publish(List<ProducerRecord<String, String>> events) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerResource.bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (var producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            events.forEach(producer::send);
            producer.flush();
        }
    }

    /** Publishes a newer state of a measure and waits until the copy shows it. */
    static void changeStatus(UUID id, String status, long sequence) {
        publish(List.of(measureEvent(id, status, sequence)));
        Waits.until(() -> status(id), status::equals, Duration.ofSeconds(30));
    }

    private static ProducerRecord<String, String> measureEvent(UUID id, String status, long sequence) {
        return measureEvent(id, status, sequence, MeasureEventData.of("nl.iat.measures.status-changed.v1", id, status,
                sequence));
    }

    private static ProducerRecord<String, String> measureEvent(UUID id, String status, long sequence, String data) {
        var record = new ProducerRecord<>("iat.measures.events", id.toString(), data);
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", UUID.randomUUID().toString());
        header(record, "ce_source", "urn:nld:iat:measures");
        header(record, "ce_type", "nl.iat.measures.status-changed.v1");
        header(record, "ce_subject", id.toString());
        header(record, "ce_time", OffsetDateTime.now(ZoneOffset.UTC).toString());
        header(record, "ce_sequence", String.valueOf(sequence));
        header(record, "content-type", "application/json");
        return record;
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static long knownMeasures(List<UUID> ids) {
        return QuarkusTransaction.requiringNew().call(() -> (Long) entityManager()
                .createQuery("select count(m) from MeasureCopy m where m.measureId in ?1")
                .setParameter(1, ids).getSingleResult());
    }

    private static String status(UUID id) {
        return copied("status", id);
    }

    private static String classification(UUID id) {
        return copied("classification", id);
    }

    private static String copied(String column, UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager()
                .createNativeQuery("select " + column + " from measure_copy where measure_id = ?1", String.class)
                .setParameter(1, id).getResultStream().findFirst().orElse(null));
    }

    /** Counts rows with a native query, for checks the API does not expose. */
    static long count(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = entityManager().createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return ((Number) query.getSingleResult()).longValue();
        });
    }

    private static EntityManager entityManager() {
        return Arc.container().instance(EntityManager.class).get();
    }
}
