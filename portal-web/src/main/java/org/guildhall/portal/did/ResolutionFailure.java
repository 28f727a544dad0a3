package org.guildhall.portal.did;

import org.guildhall.registry.did.entity.DidResolutionException;

/** A resolution error with the representation the client asked for, answered by {@link UniversalProblems}. */
final class ResolutionFailure extends RuntimeException {

    private final transient Representation representation;
    private final DidResolutionException error;

    ResolutionFailure(Representation representation, DidResolutionException error) {
        super(error.getMessage(), error, false, false);
        this.representation = representation;
        this.error = error;
    }

    Representation representation() {
        return representation;
    }

    DidResolutionException error() {
        return error;
    }
}
