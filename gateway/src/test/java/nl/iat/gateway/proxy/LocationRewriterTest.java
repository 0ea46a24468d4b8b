package nl.iat.gateway.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.List;
import java.util.Set;

import io.vertx.core.net.HostAndPort;
import nl.iat.gateway.routing.Upstream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which Location headers point back through the gateway, and which are left alone. */
@Tag("unit")
class LocationRewriterTest {

    private final LocationRewriter rewriter = new LocationRewriter(
            new Upstream("measures", "/api/measures/v1",
                    List.of(URI.create("http://10.0.0.5:8081"), URI.create("http://10.0.0.6:8181")), Set.of("admin")),
            "https://iat.example.nl/");

    @ParameterizedTest
    @CsvSource({
            "http://10.0.0.5:8081/api/measures/v1/measures/9, https://iat.example.nl/api/measures/v1/measures/9",
            "http://10.0.0.5:8081/api/measures/v1/measures?page=2, https://iat.example.nl/api/measures/v1/measures?page=2",
            "http://10.0.0.6:8181/api/measures/v1/measures/9, https://iat.example.nl/api/measures/v1/measures/9",
            "/api/measures/v1/measures/9, https://iat.example.nl/api/measures/v1/measures/9",
            "http://gateway.internal:8080/api/measures/v1/measures/9, https://iat.example.nl/api/measures/v1/measures/9",
            "http://10.0.0.5:9999/elsewhere, http://10.0.0.5:9999/elsewhere",
            "https://zoek.officielebekendmakingen.nl/kst-29754-436, https://zoek.officielebekendmakingen.nl/kst-29754-436",
            "//cdn.example/x, //cdn.example/x",
    })
    void rewritesOnlyTheServiceAndTheGatewayItself(String location, String expected) {
        assertEquals(expected, rewriter.rewrite(location, HostAndPort.create("gateway.internal", 8080)));
    }
}
