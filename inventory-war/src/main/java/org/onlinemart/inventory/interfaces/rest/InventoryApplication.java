package org.onlinemart.inventory.interfaces.rest;

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
                        title = "Online Mart inventory service",
                        version = "1.0",
                        description = "Warehouses, suppliers, stock-in, stock levels and reservations. "
                                + "Consumes inventory_creation and get_product_details; publishes inventory_data and "
                                + "inventory_details_response."))
public class InventoryApplication extends Application {}
