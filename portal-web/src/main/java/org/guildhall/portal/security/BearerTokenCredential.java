package org.guildhall.portal.security;

import jakarta.security.enterprise.credential.Credential;

/** An API bearer token presented in the Authorization header. */
public record BearerTokenCredential(String token) implements Credential {

    @Override
    public String toString() {
        return "BearerTokenCredential[***]";
    }
}
