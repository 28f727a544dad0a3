package org.guildhall.portal.security;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.guildhall.portal.api.Problem;
import org.guildhall.registry.accounts.boundary.Accounts;

/** API tokens: exchange a user name and password for a bearer token; revoke it. */
@Path("tokens")
@Tag(name = "tokens")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class TokensResource {

    public record TokenRequest(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 200) String password) {
        @Override
        public String toString() {
            return "TokenRequest[username=" + username + "]";
        }
    }

    public record TokenResponse(String token, String type) {
    }

    @Inject
    Accounts accounts;

    @POST
    @Operation(summary = "Issue a bearer token (valid 30 days) for a user name and password")
    public Response issue(@NotNull @Valid TokenRequest request) {
        return accounts.issueToken(request.username(), request.password().toCharArray())
                .map(token -> Response.status(201).entity(new TokenResponse(token, "Bearer")).build())
                .orElseGet(() -> Problem.response("invalid-credentials", "Invalid credentials", 401,
                        "The user name or password is wrong."));
    }

    @DELETE
    @Path("current")
    @Operation(summary = "Revoke the bearer token this request is made with")
    public Response revoke(@HeaderParam("Authorization") String authorization) {
        String token = authorization == null ? null : authorization.replaceFirst("(?i)^Bearer\\s+", "");
        return accounts.revokeToken(token) ? Response.noContent().build()
                : Problem.response("token-not-found", "Not found", 404, "Send the token to revoke as the bearer token.");
    }
}
