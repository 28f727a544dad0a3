package org.guildhall.onboarding.application.entity;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * What the operator fills in, as saved with a draft. Everything but the type and the name may be left
 * empty in a draft; submission needs all of it. Sizes are storage limits; the contents (enode syntax,
 * the CSR) are checked by their parsers so that each problem gets its own message.
 *
 * @param serviceLevel availability the operator commits to, percent
 */
public record ApplicationForm(
        @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{1,15}", message = "unknown node type") String nodeType,
        @Pattern(regexp = "[a-z0-9]{4}", message = "a domain code has 4 lower-case letters or digits") String domain,
        @NotBlank @Pattern(regexp = "[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?",
                message = "a node name is 1-63 lower-case letters, digits and inner hyphens") String name,
        @Size(max = 512) String enode,
        @Size(max = 140) String nodePublicKey,
        @Size(max = 65536, message = "a CSR is at most 64 KiB") String csr,
        @Size(max = 20) List<@NotBlank @Size(max = 32) String> declaredStandards,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") BigDecimal serviceLevel,
        @Size(max = 254) @Email String contact) {

    public ApplicationForm {
        declaredStandards = declaredStandards == null ? List.of() : List.copyOf(declaredStandards);
        domain = blankToNull(domain);
        enode = blankToNull(enode);
        nodePublicKey = blankToNull(nodePublicKey);
        csr = blankToNull(csr);
        contact = blankToNull(contact);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
