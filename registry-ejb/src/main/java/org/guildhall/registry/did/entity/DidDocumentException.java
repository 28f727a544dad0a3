package org.guildhall.registry.did.entity;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A DID document the registry refuses, with every reason found. Each error starts with the RFC 6901
 * JSON pointer of the offending member, a colon and a space, for example
 * {@code /verificationMethod/0/publicKeyJwk: private key member 'd' is not allowed}; an error about the
 * document as a whole has the empty pointer (the text starts with {@code ": "}).
 */
@ApplicationException(rollback = true)
public class DidDocumentException extends RuntimeException {

    private final List<String> errors;

    public DidDocumentException(List<String> errors) {
        super(summary(errors));
        this.errors = List.copyOf(errors);
    }

    /** The errors, in document order as far as the checks allow; never empty. */
    public List<String> errors() {
        return errors;
    }

    private static String summary(List<String> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("A DidDocumentException needs at least one error");
        }
        return "the DID document is not valid (" + errors.size() + (errors.size() == 1 ? " error): " : " errors): ")
                + String.join("; ", errors);
    }
}
