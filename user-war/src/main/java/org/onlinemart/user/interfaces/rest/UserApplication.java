package org.onlinemart.user.interfaces.rest;

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
                        title = "Online Mart user service",
                        version = "1.0",
                        description = "Registration, login (issues JWTs) and roles."))
public class UserApplication extends Application {}
