package org.guildhall.portal.did;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The standard DID HTTP bindings at the paths their clients expect: W3C DID Resolution
 * ({@code GET /1.0/identifiers/{did}}, as the DIF Universal Resolver serves it) and the DIF Universal
 * Registrar ({@code POST /1.0/create}, {@code /1.0/update}, {@code /1.0/deactivate}).
 */
@ApplicationPath("1.0")
public class UniversalApi extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(ResolverResource.class, RegistrarResource.class, UniversalProblems.class);
    }
}
