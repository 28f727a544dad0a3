package org.guildhall.onboarding.nodetype.entity;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * What admission of a node type requires.
 *
 * @param minServiceLevel      availability the operator commits to, in percent (e.g. 99.9)
 * @param requiredStandards    codes of catalogue standards the node must declare conformance to
 * @param allowedKeyAlgorithms certificate key labels: {@code EC-P256}, {@code EC-P384}, {@code EC-secp256k1},
 *                             {@code Ed25519}, {@code RSA-<minimum bits>}
 */
public record NodeTypeRequirements(
        boolean needsVote,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") BigDecimal minServiceLevel,
        @NotNull @Size(max = 20) List<@NotNull @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,31}") String> requiredStandards,
        @NotEmpty @Size(max = 10) List<@NotNull @Pattern(regexp = "EC-P256|EC-P384|EC-secp256k1|Ed25519|RSA-(2048|3072|4096)")
                String> allowedKeyAlgorithms,
        @Min(1) @Max(825) int certificateLifetimeDays,
        @Min(1) @Max(365) int renewalWindowDays) {

    public NodeTypeRequirements {
        requiredStandards = requiredStandards == null ? null : List.copyOf(requiredStandards);
        allowedKeyAlgorithms = allowedKeyAlgorithms == null ? null : List.copyOf(allowedKeyAlgorithms);
    }
}
