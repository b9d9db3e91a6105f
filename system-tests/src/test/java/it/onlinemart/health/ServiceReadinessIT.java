package it.onlinemart.health;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import it.onlinemart.Service;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.microshed.testing.jupiter.MicroShedTest;

@MicroShedTest
class ServiceReadinessIT {

    @ParameterizedTest
    @EnumSource(Service.class)
    void everyServiceIsReadyWithItsDatabaseAndKafka(Service service) {
        service.request()
                .get("/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("database", "kafka"));
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    void everyServicePublishesMetricsAndItsOpenApi(Service service) {
        service.request().get("/metrics").then().statusCode(200);
        service.request()
                .accept("application/json")
                .get("/openapi")
                .then()
                .statusCode(200)
                .body("info.title", equalTo("Online Mart " + service.serverName() + " service"));
        service.request().get("/openapi/ui/").then().statusCode(200);
    }
}
