package org.onlinemart.commons.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Migrates the service's schema at start-up with Flyway: first the tables every service shares
 * ({@code db/commons}, from mart-commons), then the service's own ({@code db/migration}), each with its
 * own history table. It runs in the background and retries until the database answers, so a server
 * can start before its database; readiness stays DOWN and consumers wait until it is done. Every
 * folder Flyway reads ({@code db/commons}, {@code db/migration} and its default {@code db/callback})
 * holds an empty {@code flyway.location} file: Liberty's class loader can list a folder only through
 * a file in it.
 */
@ApplicationScoped
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());
    private static final long RETRY_SECONDS = 3;

    @Resource(name = "jdbc/mart")
    DataSource dataSource;

    @Resource
    ManagedScheduledExecutorService executor;

    private Event<SchemaReady> schemaReady;
    private final CountDownLatch migrated = new CountDownLatch(1);

    protected SchemaMigration() {}

    @Inject
    public SchemaMigration(Event<SchemaReady> schemaReady) {
        this.schemaReady = schemaReady;
    }

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        executor.execute(this::migrateOrRetry);
    }

    public boolean isDone() {
        return migrated.getCount() == 0;
    }

    /** Blocks a consumer until the schema exists; false if it did not within the bound. */
    public boolean awaitDone(Duration bound) throws InterruptedException {
        return migrated.await(bound.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void migrateOrRetry() {
        try {
            migrate("classpath:db/commons", "commons_schema_history");
            migrate("classpath:db/migration", "flyway_schema_history");
            migrated.countDown();
            LOG.info("Database schema is up to date");
            schemaReady.fire(new SchemaReady());
        } catch (RuntimeException e) {
            LOG.warning("Schema migration failed, retrying in " + RETRY_SECONDS + " s: " + e.getMessage());
            executor.schedule(this::migrateOrRetry, RETRY_SECONDS, TimeUnit.SECONDS);
        }
    }

    private void migrate(String location, String historyTable) {
        Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations(location)
                .table(historyTable)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }
}
