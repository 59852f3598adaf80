package org.diplograph.db;

import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.TransientException;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What {@link Database#inSession} retries (the one policy, {@link WriteRetry}) now that the driver's own retry window is short (DIPLOGRAPH_DB_RETRY): a
 * write that loses to a concurrent writer runs again; a read, a terminated transaction and a database going away do
 * not (they must answer fast); an unreachable database becomes {@link DatabaseUnavailableException} (503).
 */
// no database: runs in the second lane (see junit-platform.properties)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(org.diplograph.Lanes.CHILD_PROCESSES)
class DatabaseRetryTest {
    private static final String DEADLOCK = "Neo.TransientError.Transaction.DeadlockDetected";

    /** A Database over a driver whose sessions do nothing: the work itself throws or answers. */
    private static Database database() {
        Session session = (Session) Proxy.newProxyInstance(Session.class.getClassLoader(), new Class<?>[]{Session.class},
                (p, m, a) -> m.getName().equals("close") ? null : fail(m.getName()));
        Driver driver = (Driver) Proxy.newProxyInstance(Driver.class.getClassLoader(), new Class<?>[]{Driver.class},
                (p, m, a) -> m.getName().equals("session") ? session : fail(m.getName()));
        return new Database(driver, null, Duration.ofSeconds(1));
    }

    private static Object fail(String method) {
        throw new UnsupportedOperationException(method);
    }

    @Test
    void aDeadlockedWriteRunsAgainUntilItCommits() {
        AtomicInteger attempts = new AtomicInteger();
        String result = database().inSession(AccessMode.WRITE, s -> {
            if (attempts.incrementAndGet() < 4) throw new TransientException(DEADLOCK, "deadlock");
            return "committed";
        });
        assertThat(result).isEqualTo("committed");
        assertThat(attempts).hasValue(4);
    }

    @Test
    void aLostUniquenessRaceRunsAgainButAnotherClientErrorDoesNot() {
        AtomicInteger attempts = new AtomicInteger();
        String result = database().inSession(AccessMode.WRITE, s -> {
            if (attempts.incrementAndGet() < 2) {
                throw new ClientException("Neo.ClientError.Schema.ConstraintValidationFailed", "already exists");
            }
            return "committed";
        });
        assertThat(result).isEqualTo("committed");
        assertThat(attempts).hasValue(2);
        assertThatThrownBy(() -> database().inSession(AccessMode.WRITE, s -> {
            attempts.incrementAndGet();
            throw new ClientException("Neo.ClientError.Statement.SyntaxError", "bad");
        })).isInstanceOf(ClientException.class);
        assertThat(attempts).hasValue(3);
    }

    @Test
    void readsTerminationsAndADatabaseGoingAwayAreNotRetried() {
        AtomicInteger attempts = new AtomicInteger();
        Database db = database();
        assertThatThrownBy(() -> db.inSession(AccessMode.READ, s -> {
            attempts.incrementAndGet();
            throw new TransientException(DEADLOCK, "deadlock");
        })).isInstanceOf(TransientException.class);
        for (String code : new String[]{"Neo.TransientError.Transaction.Terminated",
                "Neo.TransientError.General.DatabaseUnavailable", "Neo.TransientError.Transaction.LockClientStopped"}) {
            assertThatThrownBy(() -> db.inSession(AccessMode.WRITE, s -> {
                attempts.incrementAndGet();
                throw new TransientException(code, code);
            })).as(code).isInstanceOf(TransientException.class);
        }
        assertThat(attempts).as("one attempt each").hasValue(4);
    }

    @Test
    void anUnreachableDatabaseIsUnavailableAtOnce() {
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> database().inSession(AccessMode.WRITE, s -> {
            throw new ServiceUnavailableException("connection refused");
        })).isInstanceOf(DatabaseUnavailableException.class);
        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(500);
    }

    @Test
    void aWriteThatKeepsDeadlockingGivesUpAfterTheWriteRetryWindow() {
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> database().inSession(AccessMode.WRITE, s -> {
            throw new TransientException(DEADLOCK, "deadlock");
        })).isInstanceOf(TransientException.class);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        // Failsafe times its window on its own clock from its first attempt: allow the truncation of our millisecond count
        assertThat(ms).isBetween(WriteRetry.MAX_DURATION.toMillis() - 50, WriteRetry.MAX_DURATION.toMillis() + 2_000);
    }
}
