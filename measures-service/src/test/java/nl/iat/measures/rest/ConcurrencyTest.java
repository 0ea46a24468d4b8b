package nl.iat.measures.rest;

import static nl.iat.measures.MeasuresApi.BASE;
import static nl.iat.measures.MeasuresApi.editor;
import static nl.iat.measures.MeasuresApi.measure;
import static nl.iat.measures.MeasuresApi.registerId;
import static nl.iat.measures.MeasuresApi.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import nl.iat.testing.KafkaBrokerResource;
import org.junit.jupiter.api.Test;

/** Concurrent writers never break an invariant: one ETag, one winner; one key, one effect; one code, one measure. */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class ConcurrencyTest {

    private static final int WRITERS = 4;

    @Inject
    EntityManager entityManager;

    @Test
    void ofConcurrentUpdatesWithTheSameETagExactlyOneWins() throws Exception {
        String id = registerId(measure(unique("Gelijktijdig")));
        List<ExtractableResponse<Response>> responses = concurrently(writer -> () -> editor().header("If-Match", "\"1\"")
                .body(measure("Versie van schrijver " + writer)).put(BASE + "/measures/" + id).then().extract());

        Map<Integer, Long> statuses = responses.stream().collect(Collectors.groupingBy(r -> r.statusCode(), Collectors.counting()));
        assertEquals(Map.of(200, 1L, 412, (long) WRITERS - 1), statuses);
        String winner = responses.stream().filter(r -> r.statusCode() == 200).findFirst().orElseThrow().path("title");
        editor().get(BASE + "/measures/" + id).then().body("version", equalTo(2)).body("title", equalTo(winner));
        assertEquals(2, count("select count(*) from measure_history where measure_id = cast(?1 as uuid)", id));
        assertEquals(2, count("select count(*) from outbox_event where subject = ?1", id));
    }

    @Test
    void concurrentTransitionsOfOneVersionMoveTheMeasureOnce() throws Exception {
        String id = registerId(measure(unique("Gelijktijdige overgang")));
        List<ExtractableResponse<Response>> responses = concurrently(writer -> () -> editor().header("If-Match", "\"1\"")
                .body(Map.of("status", writer % 2 == 0 ? "APPROVED" : "CANCELLED", "reason", "Schrijver " + writer))
                .post(BASE + "/measures/" + id + "/status-transitions").then().extract());
        assertEquals(1, responses.stream().filter(r -> r.statusCode() == 200).count());
        editor().get(BASE + "/measures/" + id).then().body("version", equalTo(2));
    }

    @Test
    void aRetriedCreateWithTheSameIdempotencyKeyRegistersOnce() throws Exception {
        String key = "create-" + System.nanoTime();
        Map<String, Object> body = measure(unique("Idempotent"));
        List<ExtractableResponse<Response>> responses = concurrently(writer -> () -> editor().header("Idempotency-Key", key)
                .body(body).post(BASE + "/measures").then().extract());

        responses.forEach(r -> assertEquals(201, r.statusCode()));
        assertEquals(1, responses.stream().map(r -> r.<String>path("id")).distinct().count(), "every retry sees the same measure");
        assertEquals(1, count("select count(*) from measure where title = ?1", body.get("title")));
        ExtractableResponse<Response> replay = editor().header("Idempotency-Key", key).body(body)
                .post(BASE + "/measures").then().statusCode(201).header("Idempotent-Replayed", "true").extract();
        assertEquals(responses.get(0).<String>path("id"), replay.path("id"));
        assertEquals(responses.get(0).header("Location"), replay.header("Location"));

        body.put("title", "Een ander verzoek");
        editor().header("Idempotency-Key", key).body(body).post(BASE + "/measures").then().statusCode(422)
                .contentType("application/problem+json");
    }

    @Test
    void ofConcurrentRegistrationsOfOneCodeExactlyOneSucceeds() throws Exception {
        String code = "IAT-C-" + System.nanoTime();
        List<ExtractableResponse<Response>> responses = concurrently(writer -> () -> {
            Map<String, Object> body = measure(unique("Zelfde code"));
            body.put("code", code);
            return editor().body(body).post(BASE + "/measures").then().extract();
        });
        Map<Integer, Long> statuses = responses.stream().collect(Collectors.groupingBy(r -> r.statusCode(), Collectors.counting()));
        assertEquals(Map.of(201, 1L, 409, (long) WRITERS - 1), statuses);
        assertEquals(1, count("select count(*) from measure where code = ?1", code));
    }

    private interface Writer {
        Callable<ExtractableResponse<Response>> request(int writer);
    }

    /** Starts all writers at the same moment and collects their responses. */
    private static List<ExtractableResponse<Response>> concurrently(Writer writer) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ExtractableResponse<Response>>> futures = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                Callable<ExtractableResponse<Response>> request = writer.request(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<ExtractableResponse<Response>> responses = new ArrayList<>();
            for (Future<ExtractableResponse<Response>> future : futures) {
                responses.add(future.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    private long count(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql)
                .setParameter(1, parameter).getSingleResult()).longValue());
    }
}
