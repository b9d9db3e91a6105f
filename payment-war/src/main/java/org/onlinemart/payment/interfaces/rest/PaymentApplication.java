package org.onlinemart.payment.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

@ApplicationPath("/")
@LoginConfig(authMethod = "MP-JWT")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Online Mart payment service",
                        version = "1.0",
                        description =
                                "Payments and refunds through a pluggable gateway (the shipped one is a simulator)."))
public class PaymentApplication extends Application {}
