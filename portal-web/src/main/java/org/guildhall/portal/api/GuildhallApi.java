package org.guildhall.portal.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API of Guildhall. */
@ApplicationPath("api/v1")
@OpenAPIDefinition(info = @Info(title = "Guildhall API", version = "1",
        description = "Federated governance and registry portal: membership, proposals, decisions and their on-chain records."))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A token from POST /api/v1/tokens")
public class GuildhallApi extends Application {
}
