package org.onlinemart.notification.interfaces.rest;

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
                        title = "Online Mart notification service",
                        version = "1.0",
                        description = "E-mail notifications (Jakarta Mail over SMTP) and their log."))
public class NotificationApplication extends Application {}
