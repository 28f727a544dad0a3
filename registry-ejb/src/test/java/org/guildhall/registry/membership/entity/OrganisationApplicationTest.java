package org.guildhall.registry.membership.entity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bean Validation of an application with a real validator, as the boundary applies it. */
class OrganisationApplicationTest {

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

    private static OrganisationApplication valid() {
        return new OrganisationApplication("Shenzhen Fintech Lab", OrganisationKind.ENTERPRISE, "CN-GD",
                "Li Wei", "li.wei@example.org");
    }

    private static Set<String> invalidFields(OrganisationApplication application) {
        Set<ConstraintViolation<OrganisationApplication>> violations = validator.validate(application);
        return violations.stream().map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet());
    }

    @Test
    void acceptsACompleteApplication() {
        assertThat(validator.validate(valid())).isEmpty();
    }

    @Test
    void acceptsChineseNamesAtTheirLimit() {
        OrganisationApplication application = new OrganisationApplication("\u6df1".repeat(200),
                OrganisationKind.GOVERNMENT, "\u5e7f".repeat(100), "\u674e".repeat(200), "li@example.org");

        assertThat(validator.validate(application)).isEmpty();
    }

    @Test
    void refusesBlankRequiredFields() {
        OrganisationApplication application = new OrganisationApplication(" ", null, "", "\t", " ");

        assertThat(invalidFields(application))
                .containsExactlyInAnyOrder("name", "kind", "jurisdiction", "contactName", "contactEmail");
    }

    @Test
    void refusesMissingFields() {
        OrganisationApplication application = new OrganisationApplication(null, null, null, null, null);

        assertThat(invalidFields(application))
                .containsExactlyInAnyOrder("name", "kind", "jurisdiction", "contactName", "contactEmail");
    }

    @Test
    void refusesAnEmailAddressThatIsNotOne() {
        OrganisationApplication application = new OrganisationApplication("Lab", OrganisationKind.RESEARCH, "CN",
                "Li Wei", "li.wei-at-example.org");

        assertThat(invalidFields(application)).containsExactly("contactEmail");
    }

    @Test
    void refusesFieldsOverTheirLength() {
        OrganisationApplication application = new OrganisationApplication("n".repeat(201), OrganisationKind.OTHER,
                "j".repeat(101), "c".repeat(201), "a".repeat(64) + "@" + "b".repeat(63) + "." + "c".repeat(63)
                        + "." + "d".repeat(63));

        assertThat(invalidFields(application))
                .containsExactlyInAnyOrder("name", "jurisdiction", "contactName", "contactEmail");
    }
}
