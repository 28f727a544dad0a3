package org.guildhall.registry.anchoring.entity;

import jakarta.ejb.ApplicationException;

/**
 * A change that anchoring refuses: a version enqueued again with different content (a version's
 * content never changes once anchored). Rolls back the caller's transaction, the change with it.
 */
@ApplicationException(rollback = true)
public class AnchoringException extends RuntimeException {

    public AnchoringException(String message) {
        super(message);
    }
}
