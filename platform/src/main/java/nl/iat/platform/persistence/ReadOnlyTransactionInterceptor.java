package nl.iat.platform.persistence;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/** See {@link ReadOnlyTransaction}. */
@ReadOnlyTransaction
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 200)
public class ReadOnlyTransactionInterceptor {

    @Inject
    TransactionManager transactionManager;

    @Inject
    EntityManager entityManager;

    @AroundInvoke
    Object readOnly(InvocationContext invocation) throws Exception {
        if (inTransaction()) {
            return invocation.proceed();
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            Session session = entityManager.unwrap(Session.class);
            session.setDefaultReadOnly(true);
            session.setHibernateFlushMode(FlushMode.MANUAL);
            return invocation.proceed();
        });
    }

    private boolean inTransaction() throws SystemException {
        return transactionManager.getStatus() != Status.STATUS_NO_TRANSACTION;
    }
}
