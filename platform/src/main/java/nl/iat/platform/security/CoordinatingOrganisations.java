package nl.iat.platform.security;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.quarkus.runtime.StartupEvent;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The organisations whose callers write across organisations (ADR 0015), read once at start: a
 * setting that is not a list of ids stops the start with the reason, instead of failing requests.
 */
@Singleton
public class CoordinatingOrganisations {

    static final String SETTING = "iat.authorization.coordinating-organisations";

    private final Set<UUID> ids;

    @Inject
    public CoordinatingOrganisations(@ConfigProperty(name = SETTING) List<String> configured) {
        this.ids = parse(configured);
    }

    void checkedAtStart(@Observes StartupEvent started) {
        // Observing the event creates the bean, and with it the check, before the first request.
    }

    public boolean contains(UUID organisation) {
        return ids.contains(organisation);
    }

    static Set<UUID> parse(List<String> configured) {
        try {
            return configured.stream().map(String::strip).map(UUID::fromString).collect(Collectors.toUnmodifiableSet());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(SETTING + " (IAT_COORDINATING_ORGANISATIONS) must list organisation ids"
                    + " (UUIDs, comma separated), not " + configured, e);
        }
    }
}
