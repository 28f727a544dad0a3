package org.guildhall.registry.did.entity;

import jakarta.ejb.ApplicationException;

/** A resolution that ends in a W3C DID Resolution error; the message is the problem's detail. */
@ApplicationException
public class DidResolutionException extends RuntimeException {

    private final ResolutionError error;

    public DidResolutionException(ResolutionError error, String detail) {
        super(detail);
        this.error = error;
    }

    public ResolutionError error() {
        return error;
    }
}
