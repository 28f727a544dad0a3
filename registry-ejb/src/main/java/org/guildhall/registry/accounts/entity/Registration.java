package org.guildhall.registry.accounts.entity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a person gives to open an account. */
public record Registration(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,63}",
                message = "3 to 64 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit")
        String username,
        @NotBlank @Size(max = 200) String displayName,
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @Size(min = 10, max = 200, message = "at least 10 characters") String password) {

    @Override
    public String toString() {
        return "Registration[username=" + username + ", displayName=" + displayName + ", email=" + email + "]";
    }
}
