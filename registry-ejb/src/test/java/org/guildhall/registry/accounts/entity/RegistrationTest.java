package org.guildhall.registry.accounts.entity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bean Validation of a registration with a real validator, as the boundary applies it. */
class RegistrationTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void startValidator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void closeValidator() {
        factory.close();
    }

    private static Registration withUsername(String username) {
        return new Registration(username, "Li Wei", "li.wei@example.org", "correct horse battery");
    }

    private static Registration withPassword(String password) {
        return new Registration("li.wei", "Li Wei", "li.wei@example.org", password);
    }

    /** Property path to message, of every violation. */
    private static Map<String, String> violations(Registration registration) {
        return validator.validate(registration).stream()
                .collect(Collectors.toMap(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage,
                        (a, b) -> a + " | " + b));
    }

    @Test
    void acceptsACompleteRegistration() {
        assertThat(validator.validate(withUsername("li.wei"))).isEmpty();
    }

    @Test
    void acceptsUsernamesOfThreeToSixtyFourAllowedCharacters() {
        assertThat(validator.validate(withUsername("abc"))).isEmpty();
        assertThat(validator.validate(withUsername("0ps_team-2.x"))).isEmpty();
        assertThat(validator.validate(withUsername("a".repeat(64)))).isEmpty();
    }

    @Test
    void refusesUsernamesOutsideThePattern() {
        for (String username : new String[] {"ab", "a".repeat(65), "Li.Wei", ".hidden", "-dash", "_under",
                "li wei", "li@wei", "\u674e\u4f1f"}) {
            assertThat(violations(withUsername(username))).as(username)
                    .containsOnlyKeys("username")
                    .containsEntry("username",
                            "3 to 64 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
    }

    @Test
    void refusesAPasswordShorterThanTenCharacters() {
        assertThat(violations(withPassword("123456789"))).containsExactly(Map.entry("password", "at least 10 characters"));
        assertThat(validator.validate(withPassword("1234567890"))).isEmpty();
    }

    @Test
    void refusesAPasswordLongerThanTwoHundredCharacters() {
        assertThat(violations(withPassword("p".repeat(201)))).containsOnlyKeys("password");
        assertThat(validator.validate(withPassword("p".repeat(200)))).isEmpty();
    }

    @Test
    void refusesMissingOrInvalidDetails() {
        Registration registration = new Registration(null, " ", "not-an-email", null);

        assertThat(violations(registration)).containsOnlyKeys("username", "displayName", "email", "password");
    }

    @Test
    void neverShowsThePasswordInItsText() {
        String text = withPassword("s3cret-passphrase").toString();

        assertThat(text).contains("li.wei").contains("Li Wei").contains("li.wei@example.org")
                .doesNotContain("s3cret-passphrase").doesNotContain("password");
    }
}
