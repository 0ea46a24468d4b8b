package nl.iat.measures.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import nl.iat.measures.organisation.Organisation;
import nl.iat.measures.organisation.OrganisationKind;
import nl.iat.platform.persistence.ReadOnlyTransaction;

/**
 * The platform's read-only transactions on the real database: what a read changes on a loaded entity
 * by mistake is never written, and a writer that reads through a read-only use case keeps its own
 * transaction as it was.
 */
@QuarkusTest
class ReadOnlyTransactionTest {

    @Inject
    Reads reads;

    @Inject
    Writes writes;

    UUID organisationId;

    @BeforeEach
    void createOrganisation() {
        organisationId = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            Organisation organisation = new Organisation();
            organisation.id = organisationId;
            organisation.name = "Read-only probe " + organisationId;
            organisation.kind = OrganisationKind.NATIONAL_GOVERNMENT;
            organisation.version = 1;
            organisation.createdAt = OffsetDateTime.now();
            organisation.createdBy = "test";
            organisation.changedAt = organisation.createdAt;
            organisation.changedBy = "test";
            organisation.persist();
        });
    }

    @Test
    void aReadDoesNotWriteWhatItChangedOnALoadedEntity() {
        boolean inTransaction = reads.renameWhileReading(organisationId, "changed by a read");

        assertTrue(inTransaction, "a read runs in a transaction, which an access-log entry joins");
        assertEquals("Read-only probe " + organisationId, nameInDatabase());
    }

    @Test
    void aWriterThatReadsThroughAReadOnlyUseCaseStillWrites() {
        writes.renameAfterReading(organisationId, "changed by a writer");

        assertEquals("changed by a writer", nameInDatabase());
    }

    private String nameInDatabase() {
        return QuarkusTransaction.requiringNew().call(() -> Organisation.<Organisation>findById(organisationId).name);
    }

    @ApplicationScoped
    static class Reads {

        /** Whether it ran in a transaction. */
        @ReadOnlyTransaction
        boolean renameWhileReading(UUID id, String name) {
            Organisation.<Organisation>findById(id).name = name;
            return QuarkusTransaction.isActive();
        }
    }

    @ApplicationScoped
    static class Writes {

        @Inject
        Reads reads;

        @Transactional
        void renameAfterReading(UUID id, String name) {
            reads.renameWhileReading(id, name);
        }
    }
}
