package it.onlinemart;

import io.restassured.RestAssured;
import io.restassured.config.ObjectMapperConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.mapper.ObjectMapperType;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** The six services of the running stack (DESIGN.md §1), on this host. */
public enum Service {
    USER(8081),
    INVENTORY(8002),
    PRODUCT(8003),
    ORDER(8004),
    NOTIFICATION(8005),
    PAYMENT(8006);

    private static final String HOST = System.getProperty("mart.host", "127.0.0.1");
    /** Jackson writes the request maps; MicroShed would otherwise pick the javax JSON-B it lacks. */
    private static final RestAssuredConfig JSON_WITH_JACKSON =
            RestAssuredConfig.config().objectMapperConfig(new ObjectMapperConfig(ObjectMapperType.JACKSON_2));

    private final int port;

    Service(int port) {
        this.port = port;
    }

    public int port() {
        return port;
    }

    public String url(String path) {
        return "http://" + HOST + ":" + port + path;
    }

    /** A REST-assured request to this service, sending and accepting JSON. */
    public RequestSpecification request() {
        return RestAssured.given()
                .config(JSON_WITH_JACKSON)
                .baseUri("http://" + HOST)
                .port(port)
                .contentType(ContentType.JSON);
    }

    /** The same, signed in with that bearer token. */
    public RequestSpecification request(String token) {
        return request().auth().oauth2(token);
    }

    /** A request to instance n of a scaled-out service ({@link DevStackControl#scale}), on port + 100 × (n − 1). */
    public RequestSpecification requestToInstance(int instance) {
        return request().port(port + 100 * (instance - 1));
    }

    /** The same, signed in with that bearer token. */
    public RequestSpecification requestToInstance(int instance, String token) {
        return requestToInstance(instance).auth().oauth2(token);
    }

    /**
     * A connection to this service's own database on the local stack, for the few checks its API cannot
     * make yet (the caller closes it).
     */
    public Connection database() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + HOST + ":5432/mart_" + serverName(), "mart", "mart");
    }

    public String serverName() {
        return name().toLowerCase();
    }
}
