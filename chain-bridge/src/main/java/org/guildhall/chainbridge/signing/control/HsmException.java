package org.guildhall.chainbridge.signing.control;

/**
 * The token cannot be opened or cannot do what was asked (library missing, unknown label,
 * wrong PIN, missing key, signature that does not recover the signer). Messages are one line
 * and never contain a PIN or key material.
 */
public class HsmException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public HsmException(String message) {
        super(message);
    }

    public HsmException(String message, Throwable cause) {
        super(message, cause);
    }
}
