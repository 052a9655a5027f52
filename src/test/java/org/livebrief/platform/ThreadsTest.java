package org.livebrief.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The guard every background task runs in: whatever a task leaves associated with its thread is rolled back before
 * the thread takes its next task. The transaction manager here is a thread-association record (what WildFly's
 * keeps per thread), enough to see what the guard asks of it.
 */
class ThreadsTest {

    /** One thread's association: a status, and what was asked. */
    static final class Association implements TransactionManager {
        int status = Status.STATUS_NO_TRANSACTION;
        boolean rollbackFails;
        final List<String> calls = new ArrayList<>();

        @Override
        public void begin() {
            calls.add("begin");
            status = Status.STATUS_ACTIVE;
        }

        @Override
        public void commit() {
            calls.add("commit");
            status = Status.STATUS_NO_TRANSACTION;
        }

        @Override
        public int getStatus() {
            return status;
        }

        @Override
        public Transaction getTransaction() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void resume(Transaction tobj) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void rollback() throws SystemException {
            calls.add("rollback");
            if (rollbackFails) {
                throw new IllegalStateException("the transaction already ended");
            }
            status = Status.STATUS_NO_TRANSACTION;
        }

        @Override
        public void setRollbackOnly() {
            status = Status.STATUS_MARKED_ROLLBACK;
        }

        @Override
        public void setTransactionTimeout(int seconds) {
        }

        @Override
        public Transaction suspend() {
            calls.add("suspend");
            status = Status.STATUS_NO_TRANSACTION;
            return null;
        }
    }

    @Test
    void aTaskThatEndsItsTransactionIsLeftAlone() {
        Association thread = new Association();
        Threads.guarded(() -> {
            thread.begin();
            thread.commit();
        }, thread).run();
        assertEquals(List.of("begin", "commit"), thread.calls);
    }

    @Test
    void aTransactionLeftOnTheThreadIsRolledBack() {
        Association thread = new Association();
        Threads.guarded(thread::begin, thread).run();
        assertEquals(List.of("begin", "rollback"), thread.calls);
        assertEquals(Status.STATUS_NO_TRANSACTION, thread.status);
    }

    @Test
    void aTaskThatThrowsHasItsTransactionRolledBackAndTheFailurePropagates() {
        Association thread = new Association();
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> Threads.guarded(() -> {
            thread.begin();
            throw new IllegalStateException("EntityManagerFactory is closed");
        }, thread).run());
        assertEquals("EntityManagerFactory is closed", thrown.getMessage());
        assertEquals(List.of("begin", "rollback"), thread.calls);
    }

    @Test
    void aTransactionThatCannotBeRolledBackIsAtLeastTakenOffTheThread() {
        Association thread = new Association();
        thread.rollbackFails = true;
        Threads.guarded(() -> {
            thread.begin();
            thread.setRollbackOnly();
        }, thread).run();
        assertEquals(List.of("begin", "rollback", "suspend"), thread.calls);
        assertEquals(Status.STATUS_NO_TRANSACTION, thread.status);
    }

    @Test
    void endLeftOverSaysWhetherThereWasOne() {
        Association thread = new Association();
        assertFalse(Threads.endLeftOver(thread, "nothing"));
        thread.begin();
        assertTrue(Threads.endLeftOver(thread, "something"));
    }
}
