package nl.iat.gateway.security;

import java.util.Set;

/** Who sent a request, as proven by a verified bearer token. */
public record Caller(String subject, Set<String> roles) {

    public boolean hasAnyOf(Set<String> wanted) {
        return roles.stream().anyMatch(wanted::contains);
    }
}
