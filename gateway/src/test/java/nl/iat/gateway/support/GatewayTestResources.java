package nl.iat.gateway.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Every gateway test runs against the faithful upstreams (the annotation applies to all tests). */
@QuarkusTestResource(FaithfulUpstreams.class)
public final class GatewayTestResources {

    private GatewayTestResources() {
    }
}
