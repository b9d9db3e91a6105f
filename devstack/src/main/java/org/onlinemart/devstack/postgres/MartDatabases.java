package org.onlinemart.devstack.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.onlinemart.devstack.Log;
import org.onlinemart.devstack.StackException;
import org.onlinemart.devstack.StackPorts;

/**
 * The role the services log in with and one database per service, each created only if missing, so a kept
 * data folder (or an external server) is left as it is. The services create their own tables.
 */
public final class MartDatabases {

    static final List<String> NAMES =
            StackPorts.SERVICES.keySet().stream().map(s -> "mart_" + s).toList();

    private final String serverUrl;
    private final String adminUser;
    private final String adminPassword;

    public MartDatabases(String serverUrl, String adminUser, String adminPassword) {
        this.serverUrl = serverUrl;
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
    }

    Connection adminConnection() throws SQLException {
        return DriverManager.getConnection(serverUrl + "/postgres", adminUser, adminPassword);
    }

    /** Creates what is missing; on a server where we lack the rights, warns instead of failing (external only). */
    public void ensure(String role, String rolePassword, boolean warnOnMissingRights) {
        try (Connection connection = adminConnection();
                Statement statement = connection.createStatement()) {
            if (!exists(connection, "SELECT 1 FROM pg_roles WHERE rolname = ?", role)) {
                statement.execute("CREATE ROLE " + identifier(role) + " LOGIN PASSWORD " + literal(rolePassword));
                Log.info("postgres: created role %s", role);
            }
            for (String database : NAMES) {
                if (!exists(connection, "SELECT 1 FROM pg_database WHERE datname = ?", database)) {
                    statement.execute("CREATE DATABASE " + identifier(database) + " OWNER " + identifier(role));
                    Log.info("postgres: created database %s", database);
                }
            }
        } catch (SQLException e) {
            if (!warnOnMissingRights) {
                throw new StackException("cannot create the role/databases: " + e.getMessage(), e);
            }
            Log.warn(
                    "postgres: could not create the role/databases on %s as %s (%s); assuming they exist",
                    serverUrl, adminUser, e.getMessage());
        }
    }

    private static boolean exists(Connection connection, String sql, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** DDL takes no bind parameters: quote names and the password literal ourselves. */
    static String identifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
