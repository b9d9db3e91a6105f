package org.onlinemart.commons.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.onlinemart.commons.persistence.SchemaMigration;

/** Ready when the service's database answers and its schema is migrated. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final int TIMEOUT_SECONDS = 2;

    @Resource(name = "jdbc/mart")
    DataSource dataSource;

    private SchemaMigration schema;

    protected DatabaseReadiness() {}

    @Inject
    public DatabaseReadiness(SchemaMigration schema) {
        this.schema = schema;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database");
        if (!schema.isDone()) {
            return response.down().withData("reason", "schema not migrated yet").build();
        }
        try (Connection connection = dataSource.getConnection()) {
            return response.status(connection.isValid(TIMEOUT_SECONDS)).build();
        } catch (SQLException e) {
            return response.down().withData("reason", e.getMessage()).build();
        }
    }
}
