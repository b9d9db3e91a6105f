package org.onlinemart.user.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.onlinemart.commons.problem.Problem;
import org.onlinemart.commons.problem.TooManyRequestsException;
import org.onlinemart.user.application.LoginOutcome;
import org.onlinemart.user.application.LoginService;

@Path("login")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LoginResource {

    @Context
    UriInfo uriInfo;

    @Context
    HttpServletRequest request;

    private LoginService logins;
    private Validator validator;
    private ClientAddresses clientAddresses;

    protected LoginResource() {}

    @Inject
    public LoginResource(LoginService logins, Validator validator, ClientAddresses clientAddresses) {
        this.logins = logins;
        this.validator = validator;
        this.clientAddresses = clientAddresses;
    }

    // the form as the body, not @FormParam: the shared request size limit replaces the body stream, after
    // which the servlet container no longer parses form parameters, so @FormParam would see none
    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(
            summary = "Sign in with a form (OAuth2 password style)",
            description = "Form fields username (the e-mail) and password; answers a bearer token.")
    @APIResponse(
            responseCode = "200",
            description = "The access token",
            content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "400", description = "username or password is missing")
    @APIResponse(responseCode = "401", description = "The e-mail or the password is wrong")
    @APIResponse(
            responseCode = "429",
            description =
                    "5 failed logins for the e-mail, or 30 from the client's address, in 15 minutes; see Retry-After")
    public Response loginWithForm(
            @RequestBody(
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_FORM_URLENCODED,
                                            schema = @Schema(implementation = LoginForm.class)))
                    MultivaluedMap<String, String> form) {
        LoginForm login = LoginForm.from(form);
        Set<ConstraintViolation<LoginForm>> violations = validator.validate(login);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return answer(logins.login(login.username(), login.password(), clientAddresses.of(request)));
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign in with JSON", description = "user_email and user_password; answers a bearer token.")
    @APIResponse(
            responseCode = "200",
            description = "The access token",
            content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "400", description = "user_email or user_password is missing")
    @APIResponse(responseCode = "401", description = "The e-mail or the password is wrong")
    @APIResponse(
            responseCode = "429",
            description =
                    "5 failed logins for the e-mail, or 30 from the client's address, in 15 minutes; see Retry-After")
    public Response login(@Valid @NotNull LoginRequest body) {
        return answer(logins.login(body.userEmail(), body.userPassword(), clientAddresses.of(request)));
    }

    private Response answer(LoginOutcome outcome) {
        if (outcome instanceof LoginOutcome.Granted granted) {
            return Response.ok(TokenResponse.from(granted.token()))
                    .header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .build();
        }
        if (outcome instanceof LoginOutcome.Throttled throttled) {
            String whose = throttled.by() == LoginOutcome.ThrottledBy.EMAIL ? "for this e-mail" : "from your address";
            throw new TooManyRequestsException("Too many failed logins " + whose, throttled.retryAfter());
        }
        return Problem.of(Response.Status.UNAUTHORIZED, "The e-mail or the password is wrong", uriInfo.getPath())
                .toResponse();
    }
}
