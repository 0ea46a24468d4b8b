package nl.iat.measures.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import nl.iat.platform.problem.ProblemException;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Flushes pending inserts so that a unique index the checks before could not guard (two
 * concurrent requests for the same code or name) answers with 409 instead of a 500 at commit.
 */
@ApplicationScoped
public class UniqueWrites {

    @Inject
    EntityManager entityManager;

    public void flushOrConflict(String detail) {
        try {
            entityManager.flush();
        } catch (ConstraintViolationException e) {
            throw ProblemException.conflict(detail);
        } catch (PersistenceException e) {
            if (e.getCause() instanceof ConstraintViolationException) {
                throw ProblemException.conflict(detail);
            }
            throw e;
        }
    }
}
