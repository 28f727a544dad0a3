package org.guildhall.portal.registry;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.guildhall.registry.accounts.boundary.Accounts;
import org.guildhall.registry.accounts.entity.Account;
import org.guildhall.registry.accounts.entity.Registration;

/** Self-registration of community members. */
@Path("accounts")
@Tag(name = "accounts")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AccountsResource {

    public record AccountView(String username, String displayName, Set<String> roles) {
    }

    @Inject
    Accounts accounts;

    @POST
    @Operation(summary = "Register as a community member")
    public Response register(@NotNull @Valid Registration registration) {
        Account account = accounts.registerCommunityMember(registration);
        return Response.status(201).entity(new AccountView(account.getUsername(), account.getDisplayName(),
                account.getRoles())).build();
    }
}
