package org.guildhall.proposals.standard.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What a standard is adopted with: its code, version, title and conformance requirements. */
public record StandardAdoption(
        @NotBlank @Pattern(regexp = "[A-Z]{2,8}-[0-9]{1,6}", message = "a code such as GS-1") String code,
        @NotBlank @Pattern(regexp = "[0-9]{1,4}(\\.[0-9]{1,4}){0,2}", message = "a version such as 1.0") String version,
        @NotBlank @Size(max = 200) String title,
        @NotEmpty @Size(max = 200) List<@NotBlank @Size(max = 1000) String> requirements) {
}
