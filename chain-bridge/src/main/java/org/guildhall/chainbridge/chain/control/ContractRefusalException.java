package org.guildhall.chainbridge.chain.control;

import java.io.IOException;
import java.util.Optional;

/** The node refuses a call because the contract would revert; {@link #refusal()} names the contract's error. */
public class ContractRefusalException extends IOException {

    private final transient ContractErrors.Refusal refusal;

    public ContractRefusalException(String message, String data) {
        super(message);
        this.refusal = ContractErrors.in(message, data).orElse(null);
    }

    public Optional<ContractErrors.Refusal> refusal() {
        return Optional.ofNullable(refusal);
    }
}
