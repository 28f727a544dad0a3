package org.guildhall.proposals.document.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.guildhall.proposals.document.entity.PreambleBuilder.preamble;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import org.guildhall.proposals.document.entity.Category;
import org.guildhall.proposals.document.entity.Preamble;
import org.guildhall.proposals.document.entity.PreambleProblem;
import org.guildhall.proposals.document.entity.ProposalType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class PreambleValidatorTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-15T12:00:00Z"), ZoneOffset.UTC);
    private static final Set<Integer> EXISTING = Set.of(1, 2, 7);
    private static final IntPredicate EXISTS = EXISTING::contains;

    private final PreambleValidator validator = new PreambleValidator(CLOCK);

    private List<PreambleProblem> validate(Preamble preamble) {
        return validator.validate(preamble, 12, EXISTS);
    }

    private static List<String> keys(List<PreambleProblem> problems) {
        return problems.stream().map(PreambleProblem::key).toList();
    }

    @Test
    void acceptsAValidPreamble() {
        assertThat(validate(preamble().build())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = ProposalType.class, names = {"META", "INFORMATIONAL"})
    void acceptsMetaAndInformationalWithoutCategory(ProposalType type) {
        assertThat(validate(preamble().uncategorised(type).build())).isEmpty();
    }

    @Test
    void reportsEveryProblemAtOnceInFieldOrder() {
        Preamble preamble = new Preamble(" ", null, List.of(), "http://forum.example/t/1", ProposalType.META,
                Category.CORE, TODAY.plusDays(1), List.of(99));

        assertThat(validate(preamble)).extracting(PreambleProblem::field, PreambleProblem::key).containsExactly(
                tuple("title", "title.blank"),
                tuple("description", "description.blank"),
                tuple("authors", "authors.missing"),
                tuple("discussionsTo", "discussionsTo.notHttps"),
                tuple("category", "category.forbidden"),
                tuple("created", "created.inFuture"),
                tuple("requires[0]", "requires.unknown"));
    }

    @Nested
    class Title {

        @Test
        void acceptsExactly44Characters() {
            assertThat(validate(preamble().title("T".repeat(44)).build())).isEmpty();
        }

        @Test
        void refuses45Characters() {
            assertThat(validate(preamble().title("T".repeat(45)).build())).singleElement().satisfies(problem -> {
                assertThat(problem.field()).isEqualTo("title");
                assertThat(problem.key()).isEqualTo("title.tooLong");
                assertThat(problem.message()).isEqualTo("Title must be at most 44 characters; it has 45.");
            });
        }

        @Test
        void countsChineseCharactersOneEach() {
            String title44 = "节点证书续期与吊销流程".repeat(4);
            assertThat(title44).hasSize(44);

            assertThat(validate(preamble().title(title44).build())).isEmpty();
            assertThat(keys(validate(preamble().title(title44 + "案").build()))).containsExactly("title.tooLong");
        }

        @Test
        void countsCharactersOutsideTheBasicPlaneOneEach() {
            // U+20000, a CJK Extension B character: two UTF-16 units, one character
            String title44 = "\uD840\uDC00".repeat(44);
            assertThat(title44).hasSize(88);

            assertThat(validate(preamble().title(title44).build())).isEmpty();
            assertThat(keys(validate(preamble().title(title44 + "\uD840\uDC00").build()))).containsExactly("title.tooLong");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", " ", "\t", "\u3000\u3000"})
        void refusesBlank(String title) {
            assertThat(keys(validate(preamble().title(title).build()))).containsExactly("title.blank");
        }

        @Test
        void refusesMissing() {
            assertThat(keys(validate(preamble().title(null).build()))).containsExactly("title.blank");
        }

        @ParameterizedTest
        @ValueSource(strings = {" Leading space", "Trailing space ", "\u3000节点证书", "Node\u00a0"})
        void refusesSurroundingWhitespace(String title) {
            assertThat(keys(validate(preamble().title(title).build()))).containsExactly("title.surroundingWhitespace");
        }

        @Test
        void refusesLineBreaks() {
            assertThat(keys(validate(preamble().title("Two\nlines").build()))).containsExactly("title.controlCharacter");
        }
    }

    @Nested
    class Description {

        @Test
        void acceptsExactly140Characters() {
            assertThat(validate(preamble().description("d".repeat(140)).build())).isEmpty();
        }

        @Test
        void refuses141Characters() {
            assertThat(validate(preamble().description("d".repeat(141)).build())).singleElement().satisfies(problem -> {
                assertThat(problem.field()).isEqualTo("description");
                assertThat(problem.key()).isEqualTo("description.tooLong");
            });
        }

        @Test
        void countsChineseCharactersOneEach() {
            assertThat(validate(preamble().description("述".repeat(140)).build())).isEmpty();
            assertThat(keys(validate(preamble().description("述".repeat(141)).build()))).containsExactly("description.tooLong");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   "})
        void refusesBlank(String description) {
            assertThat(keys(validate(preamble().description(description).build()))).containsExactly("description.blank");
        }
    }

    @Nested
    class Authors {

        @ParameterizedTest
        @ValueSource(strings = {
                "Vitalik Buterin <vitalik.buterin@ethereum.org>",
                "Martin Becze (@wanderer)",
                "Random J. User (@username) <address@dom.ain>",
                "张三 <zhang.san@example.cn>",
                "Łukasz O'Brien-Müller (@lukasz_o.b)",
                "Ada <ada@mail.example.co.uk>"})
        void acceptsTheEip1Forms(String author) {
            assertThat(validate(preamble().authors(author).build())).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "Vitalik Buterin",
                "vitalik@ethereum.org",
                "<vitalik@ethereum.org>",
                "(@wanderer)",
                "Martin Becze @wanderer",
                "Martin Becze (wanderer)",
                "Martin Becze (@)",
                "Martin Becze (@-wanderer)",
                "Ada <ada@localhost>",
                "Ada <ada.example.org>",
                "Ada <ada@example.org",
                "Ada<ada@example.org>",
                "Ada  <ada@example.org>",
                " Ada <ada@example.org>",
                "Ada <ada@example.org> ",
                "Ada, Bob <ada@example.org>",
                "Ada <ada@example.org> (@ada)",
                "Ada\n <ada@example.org>",
                ""})
        void refusesMalformedAuthors(String author) {
            assertThat(validate(preamble().authors("Good Author <good@example.org>", author).build()))
                    .singleElement().satisfies(problem -> {
                        assertThat(problem.field()).isEqualTo("authors[1]");
                        assertThat(problem.key()).isEqualTo("authors.malformed");
                        assertThat(problem.message()).startsWith("Author 2 must be written");
                    });
        }

        @Test
        void refusesAnOverlongAuthor() {
            String author = "A".repeat(PreambleValidator.MAX_AUTHOR) + " <a@example.org>";

            assertThat(keys(validate(preamble().authors(author).build()))).containsExactly("authors.malformed");
        }

        @Test
        void refusesAMissingAuthorEntry() {
            assertThat(validate(preamble().authors((String) null).build())).extracting(PreambleProblem::field)
                    .containsExactly("authors[0]");
        }

        @Test
        void requiresAtLeastOne() {
            assertThat(validate(preamble().authors().build())).singleElement().satisfies(problem -> {
                assertThat(problem.field()).isEqualTo("authors");
                assertThat(problem.key()).isEqualTo("authors.missing");
            });
        }
    }

    @Nested
    class DiscussionsTo {

        @ParameterizedTest
        @ValueSource(strings = {
                "https://forum.example.org/t/123",
                "https://ethereum-magicians.org/t/eip-1234-title/1234",
                "HTTPS://forum.example.org/t/1?page=2#post-3",
                "https://forum.example.org:8443/t/1"})
        void acceptsAbsoluteHttpsUrls(String link) {
            assertThat(validate(preamble().discussionsTo(link).build())).isEmpty();
        }

        @Test
        void refusesPlainHttp() {
            assertThat(validate(preamble().discussionsTo("http://forum.example.org/t/123").build()))
                    .singleElement().satisfies(problem -> {
                        assertThat(problem.field()).isEqualTo("discussionsTo");
                        assertThat(problem.key()).isEqualTo("discussionsTo.notHttps");
                    });
        }

        @ParameterizedTest
        @ValueSource(strings = {"ftp://forum.example.org/t/1", "javascript:alert(1)", "mailto:editors@example.org"})
        void refusesOtherSchemes(String link) {
            assertThat(keys(validate(preamble().discussionsTo(link).build())))
                    .containsAnyOf("discussionsTo.notHttps", "discussionsTo.malformed").hasSize(1);
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "forum.example.org/t/1",
                "/t/1",
                "https:forum.example.org",
                "https:///t/1",
                "https://forum example.org/t/1",
                "https://good.example.org@evil.example.net/t/1",
                "https://forum.example.org/t/1 "})
        void refusesMalformedLinks(String link) {
            assertThat(keys(validate(preamble().discussionsTo(link).build()))).containsExactly("discussionsTo.malformed");
        }

        @Test
        void requiresALink() {
            assertThat(keys(validate(preamble().discussionsTo(null).build()))).containsExactly("discussionsTo.blank");
            assertThat(keys(validate(preamble().discussionsTo(" ").build()))).containsExactly("discussionsTo.blank");
        }
    }

    @Nested
    class TypeAndCategory {

        @Test
        void requiresAType() {
            assertThat(keys(validate(preamble().type(null).category(null).build()))).containsExactly("type.missing");
        }

        @Test
        void standardsTrackNeedsACategory() {
            assertThat(validate(preamble().type(ProposalType.STANDARDS_TRACK).category(null).build()))
                    .singleElement().satisfies(problem -> {
                        assertThat(problem.field()).isEqualTo("category");
                        assertThat(problem.key()).isEqualTo("category.missing");
                    });
        }

        @ParameterizedTest
        @EnumSource(Category.class)
        void standardsTrackAcceptsEveryCategory(Category category) {
            assertThat(validate(preamble().category(category).build())).isEmpty();
        }

        @ParameterizedTest
        @EnumSource(value = ProposalType.class, names = {"META", "INFORMATIONAL"})
        void otherTypesRefuseACategory(ProposalType type) {
            assertThat(keys(validate(preamble().type(type).category(Category.INTERFACE).build())))
                    .containsExactly("category.forbidden");
        }
    }

    @Nested
    class Created {

        @Test
        void acceptsToday() {
            assertThat(validate(preamble().created(TODAY).build())).isEmpty();
        }

        @Test
        void refusesTomorrow() {
            assertThat(validate(preamble().created(TODAY.plusDays(1)).build())).singleElement().satisfies(problem -> {
                assertThat(problem.field()).isEqualTo("created");
                assertThat(problem.key()).isEqualTo("created.inFuture");
                assertThat(problem.message()).contains("2025-06-16");
            });
        }

        @Test
        void todayIsTheClocksDay() {
            // 2025-06-15T20:00Z is already 2025-06-16 in Beijing
            Clock beijing = Clock.fixed(Instant.parse("2025-06-15T20:00:00Z"), ZoneId.of("Asia/Shanghai"));
            Preamble createdOn16th = preamble().created(LocalDate.of(2025, 6, 16)).build();

            assertThat(new PreambleValidator(beijing).validate(createdOn16th, null, EXISTS)).isEmpty();
            assertThat(keys(validator.validate(createdOn16th, null, EXISTS))).containsExactly("created.inFuture");
        }

        @Test
        void requiresADate() {
            assertThat(keys(validate(preamble().created(null).build()))).containsExactly("created.missing");
        }
    }

    @Nested
    class Requires {

        @Test
        void acceptsExistingProposals() {
            assertThat(validate(preamble().requires(1, 2, 7).build())).isEmpty();
        }

        @Test
        void refusesAnUnknownProposal() {
            assertThat(validate(preamble().requires(1, 99).build())).singleElement().satisfies(problem -> {
                assertThat(problem.field()).isEqualTo("requires[1]");
                assertThat(problem.key()).isEqualTo("requires.unknown");
                assertThat(problem.message()).isEqualTo("Proposal 99 does not exist.");
            });
        }

        @Test
        void refusesItself() {
            // Proposal 7 exists (it is this one), yet may not require itself.
            assertThat(validator.validate(preamble().requires(7).build(), 7, EXISTS)).singleElement()
                    .satisfies(problem -> {
                        assertThat(problem.field()).isEqualTo("requires[0]");
                        assertThat(problem.key()).isEqualTo("requires.self");
                    });
        }

        @Test
        void anUnnumberedDraftCannotRequireItself() {
            assertThat(validator.validate(preamble().requires(7).build(), null, EXISTS)).isEmpty();
            assertThat(validator.validate(preamble().requires(7).build(), EXISTS)).isEmpty();
        }

        @Test
        void refusesDuplicates() {
            assertThat(validate(preamble().requires(1, 2, 1).build())).singleElement().satisfies(problem -> {
                assertThat(problem.field()).isEqualTo("requires[2]");
                assertThat(problem.key()).isEqualTo("requires.duplicate");
            });
        }

        @Test
        void refusesNumbersThatCannotBeProposals() {
            assertThat(validate(preamble().requires(0, -3, null).build())).extracting(PreambleProblem::key)
                    .containsExactly("requires.invalid", "requires.invalid", "requires.invalid");
        }

        @Test
        void asksOnlyAboutNumbersThatNeedAsking() {
            List<Integer> asked = new ArrayList<>();
            IntPredicate recording = number -> {
                asked.add(number);
                return EXISTS.test(number);
            };

            validator.validate(preamble().requires(1, 1, 12, 0, 99).build(), 12, recording);

            assertThat(asked).containsExactly(1, 99);
        }
    }
}
