package nl.iat.platform.persistence;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * Runs a use case that only reads in a transaction of its own whose Hibernate session loads entities
 * read-only and never flushes: no snapshot of each loaded entity, no dirty check at commit (issue 19,
 * reads). Native statements still run, so a read of a classified item is still written to the access log
 * in the same transaction. Called inside a transaction that is already active (a write that reads), it
 * joins that transaction unchanged, so a writer's entities are never made read-only behind its back.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface ReadOnlyTransaction {
}
