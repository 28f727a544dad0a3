package org.guildhall.registry.membership.entity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What an organisation states when it applies to join the federation. */
public record OrganisationApplication(
        @NotBlank @Size(max = 200) String name,
        @NotNull OrganisationKind kind,
        @NotBlank @Size(max = 100) String jurisdiction,
        @NotBlank @Size(max = 200) String contactName,
        @NotBlank @Email @Size(max = 254) String contactEmail) {
}
