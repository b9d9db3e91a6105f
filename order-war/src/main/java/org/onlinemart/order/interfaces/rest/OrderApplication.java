package org.onlinemart.order.interfaces.rest;

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
                        title = "Online Mart order service",
                        version = "1.0",
                        description = "The cart, orders and the order-creation saga."))
public class OrderApplication extends Application {}
