package org.guildhall.proposals.document.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.guildhall.proposals.document.entity.PreambleBuilder.preamble;

import org.guildhall.proposals.document.entity.Category;
import org.guildhall.proposals.document.entity.Preamble;
import org.guildhall.proposals.document.entity.RequiredSection;
import org.guildhall.proposals.document.entity.SectionReport;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SectionsTest {

    static final String BODY = """
            ## Abstract

            Nodes renew their certificates thirty days before expiry.

            ## Motivation

            Expired certificats take nodes off the network.

            ## Specification

            A node MUST request a new certificate when fewer than 30 days remain.

            ### Request format

            The request MUST be a PKCS#10 CSR.

            ## Rationale

            Thirty days leave room for two retries.

            ## Security Considerations

            The old key MUST NOT be reused.
            """;

    @Nested
    class RequiredSections {

        @Test
        void acceptsABodyWithAllSectionsInOrder() {
            SectionReport report = Sections.check(BODY);

            assertThat(report.headings()).containsExactly("Abstract", "Motivation", "Specification", "Rationale",
                    "Security Considerations");
            assertThat(report.missing()).isEmpty();
            assertThat(report.complete()).isTrue();
            assertThat(report.inRequiredOrder()).isTrue();
        }

        @ParameterizedTest
        @EnumSource(RequiredSection.class)
        void reportsEachMissingSection(RequiredSection section) {
            String body = BODY.replace("## " + section.heading() + "\n", "## Something else\n");

            SectionReport report = Sections.check(body);

            assertThat(report.missing()).containsExactly(section);
            assertThat(report.complete()).isFalse();
            assertThat(report.inRequiredOrder()).isTrue();
        }

        @Test
        void reportsAllMissingSectionsOfAnEmptyBody() {
            assertThat(Sections.check("").missing()).containsExactly(RequiredSection.values());
            assertThat(Sections.check("Just a paragraph.").headings()).isEmpty();
        }

        @Test
        void matchesHeadingsRegardlessOfCaseAndSpacing() {
            String body = BODY.replace("## Security Considerations", "##   security   CONSIDERATIONS  ")
                    .replace("## Abstract", "## ABSTRACT ##");

            assertThat(Sections.check(body).missing()).isEmpty();
        }

        @Test
        void readsTheTextOfFormattedHeadings() {
            String body = BODY.replace("## Specification", "## *Specification*").replace("## Rationale", "## `Rationale`");

            assertThat(Sections.check(body).missing()).isEmpty();
        }

        @Test
        void acceptsSetextHeadings() {
            String body = BODY.replace("## Rationale\n", "Rationale\n---------\n");

            assertThat(Sections.check(body).missing()).isEmpty();
        }

        @Test
        void ignoresHeadingsThatAreNotLevelTwoAtTheTop() {
            String body = BODY.replace("## Rationale", "### Rationale")
                    + "\n```markdown\n## Rationale\n```\n\n> ## Rationale\n\n- ## Rationale\n\n# Rationale\n";

            SectionReport report = Sections.check(body);

            assertThat(report.missing()).containsExactly(RequiredSection.RATIONALE);
            assertThat(report.headings()).doesNotContain("Rationale");
        }

        @Test
        void warnsWhenSectionsAreOutOfOrder() {
            String body = """
                    ## Abstract
                    ## Specification
                    ## Motivation
                    ## Rationale
                    ## Security Considerations
                    """;

            SectionReport report = Sections.check(body);

            assertThat(report.complete()).isTrue();
            assertThat(report.inRequiredOrder()).isFalse();
        }

        @Test
        void ordersByTheFirstOccurrenceAndAllowsOtherSectionsBetween() {
            String body = "## Abstract\n## Motivation\n## Background\n## Specification\n## Backwards Compatibility\n"
                    + "## Rationale\n## Abstract\n## Security Considerations\n## Copyright\n";

            assertThat(Sections.check(body).inRequiredOrder()).isTrue();
        }

        @Test
        void refusesOversizedBodies() {
            assertThatThrownBy(() -> Sections.check("x".repeat(100_001)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("100000");
        }
    }

    @Nested
    class NormativeChanges {

        @Test
        void aTypoFixInMotivationIsNotNormative() {
            String fixed = BODY.replace("certificats", "certificates");

            assertThat(Sections.isNormativeChange(BODY, fixed)).isFalse();
        }

        @Test
        void aChangeInTheSpecificationIsNormative() {
            String changed = BODY.replace("fewer than 30 days", "fewer than 14 days");

            assertThat(Sections.isNormativeChange(BODY, changed)).isTrue();
        }

        @Test
        void aChangeInASubsectionOfTheSpecificationIsNormative() {
            String changed = BODY.replace("MUST be a PKCS#10 CSR", "SHOULD be a PKCS#10 CSR");

            assertThat(Sections.isNormativeChange(BODY, changed)).isTrue();
        }

        @Test
        void changesInEveryOtherSectionAreNotNormative() {
            String changed = BODY.replace("thirty days before", "a month before")
                    .replace("room for two retries", "room for three retries")
                    .replace("MUST NOT be reused", "MUST NOT ever be reused")
                    + "\n## Copyright\n\nCC0.\n";

            assertThat(Sections.isNormativeChange(BODY, changed)).isFalse();
        }

        @Test
        void addingOrRemovingTheSpecificationIsNormative() {
            String without = BODY.replace("## Specification", "## Details");

            assertThat(Sections.isNormativeChange(BODY, without)).isTrue();
            assertThat(Sections.isNormativeChange(without, BODY)).isTrue();
            assertThat(Sections.isNormativeChange("## Abstract\n\nA", "## Abstract\n\nB")).isFalse();
        }

        @Test
        void anEmptySpecificationDiffersFromNone() {
            assertThat(Sections.isNormativeChange("## Abstract\n", "## Abstract\n## Specification\n")).isTrue();
        }

        @Test
        void lineEndingsTrailingWhitespaceAndSurroundingBlankLinesAreNotNormative() {
            String reformatted = BODY.replace("remain.\n", "remain.   \n\n\n").replace("\n", "\r\n");

            assertThat(Sections.isNormativeChange(BODY, reformatted)).isFalse();
        }

        @Test
        void aRenamedHeadingOfTheSameSectionIsNotNormative() {
            assertThat(Sections.isNormativeChange(BODY, BODY.replace("## Specification", "## SPECIFICATION"))).isFalse();
        }

        @Test
        void aHeadingInsideTheSpecificationsCodeDoesNotEndIt() {
            String body = "## Specification\n\n```\n## Rationale\nrule 1\n```\n\n## Rationale\n\nwhy\n";
            String changed = body.replace("rule 1", "rule 2");

            assertThat(Sections.specification(body)).hasValue("```\n## Rationale\nrule 1\n```");
            assertThat(Sections.isNormativeChange(body, changed)).isTrue();
        }

        @Test
        void theSpecificationEndsAtTheNextLevelOneOrTwoHeading() {
            String body = "## Specification\n\nrule\n\n### Detail\n\nmore\n\n# Appendix\n\nnot normative\n";

            assertThat(Sections.specification(body)).hasValue("rule\n\n### Detail\n\nmore");
            assertThat(Sections.specification(BODY)).hasValue("A node MUST request a new certificate when fewer than "
                    + "30 days remain.\n\n### Request format\n\nThe request MUST be a PKCS#10 CSR.");
        }

        @Test
        void aChangeInTypeCategoryOrRequiresIsNormative() {
            Preamble preamble = preamble().requires(1).build();

            assertThat(Sections.isNormativeChange(preamble, BODY, preamble().requires(1).category(Category.NETWORKING)
                    .build(), BODY)).isTrue();
            assertThat(Sections.isNormativeChange(preamble, BODY, preamble().requires(1, 2).build(), BODY)).isTrue();
            assertThat(Sections.isNormativeChange(preamble, BODY, preamble().requires(1).title("New title").build(),
                    BODY.replace("certificats", "certificates"))).isFalse();
            assertThat(Sections.isNormativeChange(preamble, BODY, preamble().requires(1).build(),
                    BODY.replace("30 days", "31 days"))).isTrue();
        }
    }
}
