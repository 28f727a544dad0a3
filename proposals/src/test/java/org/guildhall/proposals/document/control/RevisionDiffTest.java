package org.guildhall.proposals.document.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.github.difflib.UnifiedDiffUtils;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.guildhall.proposals.document.entity.DiffLine;
import org.guildhall.proposals.document.entity.LineChange;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RevisionDiffTest {

    private static final String OLD = "## Abstract\nNodes renew.\n## Specification\nRenew 30 days before expiry.\n"
            + "Use a CSR.\n## Rationale\nRoom for retries.\n";
    private static final String NEW = "## Abstract\nNodes renew.\n## Specification\nRenew 14 days before expiry.\n"
            + "Use a CSR.\nKeep the old key.\n## Rationale\nRoom for retries.\n";

    /** The old text is the unchanged and removed lines, the new text the unchanged and added ones. */
    private static void assertReproducesBoth(List<DiffLine> diff, String oldText, String newText) {
        assertThat(diff.stream().filter(line -> line.change() != LineChange.ADDED).map(DiffLine::text).toList())
                .isEqualTo(oldText.lines().toList());
        assertThat(diff.stream().filter(line -> line.change() != LineChange.REMOVED).map(DiffLine::text).toList())
                .isEqualTo(newText.lines().toList());
        assertThat(diff.stream().filter(line -> line.oldLineNumber() != null).map(DiffLine::oldLineNumber).toList())
                .isEqualTo(numbers(oldText.lines().count()));
        assertThat(diff.stream().filter(line -> line.newLineNumber() != null).map(DiffLine::newLineNumber).toList())
                .isEqualTo(numbers(newText.lines().count()));
    }

    private static List<Integer> numbers(long count) {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            numbers.add(i);
        }
        return numbers;
    }

    @Nested
    class Between {

        @Test
        void marksEachLineWithItsNumbersInBothRevisions() {
            assertThat(RevisionDiff.between(OLD, NEW)).containsExactly(
                    DiffLine.unchanged(1, 1, "## Abstract"),
                    DiffLine.unchanged(2, 2, "Nodes renew."),
                    DiffLine.unchanged(3, 3, "## Specification"),
                    DiffLine.removed(4, "Renew 30 days before expiry."),
                    DiffLine.added(4, "Renew 14 days before expiry."),
                    DiffLine.unchanged(5, 5, "Use a CSR."),
                    DiffLine.added(6, "Keep the old key."),
                    DiffLine.unchanged(6, 7, "## Rationale"),
                    DiffLine.unchanged(7, 8, "Room for retries."));
        }

        @Test
        void identicalTextsAreAllUnchanged() {
            assertThat(RevisionDiff.between(OLD, OLD)).extracting(DiffLine::change).containsOnly(LineChange.UNCHANGED)
                    .hasSize(7);
        }

        @Test
        void theFirstRevisionIsAllAdded() {
            assertThat(RevisionDiff.between("", "a\nb")).containsExactly(DiffLine.added(1, "a"), DiffLine.added(2, "b"));
            assertThat(RevisionDiff.between("a\nb\n", "")).containsExactly(DiffLine.removed(1, "a"),
                    DiffLine.removed(2, "b"));
            assertThat(RevisionDiff.between("", "")).isEmpty();
        }

        @Test
        void keepsBlankLinesAndChineseText() {
            assertThat(RevisionDiff.between("摘要\n\n旧的\n", "摘要\n\n新的\n")).containsExactly(
                    DiffLine.unchanged(1, 1, "摘要"), DiffLine.unchanged(2, 2, ""),
                    DiffLine.removed(3, "旧的"), DiffLine.added(3, "新的"));
        }

        @Test
        void ignoresLineTerminatorStyle() {
            assertThat(RevisionDiff.between("a\nb\n", "a\r\nb")).extracting(DiffLine::change)
                    .containsExactly(LineChange.UNCHANGED, LineChange.UNCHANGED);
        }

        @Test
        void reproducesBothTextsForRandomEdits() {
            Random random = new Random(20250615);
            for (int round = 0; round < 200; round++) {
                String oldText = randomText(random);
                String newText = random.nextInt(10) == 0 ? randomText(random) : edit(oldText, random);

                assertReproducesBoth(RevisionDiff.between(oldText, newText), oldText, newText);
            }
        }

        @Test
        void boundsTheTimeForLongWhollyDifferentTexts() {
            // Unbounded, Myers' algorithm needs about a minute for these.
            String oldText = "a\n".repeat(50_000);
            String newText = "a\n" + "b\n".repeat(49_998) + "a\n";

            List<DiffLine> diff = assertTimeoutPreemptively(Duration.ofSeconds(10),
                    () -> RevisionDiff.between(oldText, newText));

            assertReproducesBoth(diff, oldText, newText);
            assertThat(diff.get(0)).isEqualTo(DiffLine.unchanged(1, 1, "a"));
            assertThat(diff.get(diff.size() - 1)).isEqualTo(DiffLine.unchanged(50_000, 50_000, "a"));
            assertThat(diff).filteredOn(line -> line.change() == LineChange.REMOVED).hasSize(49_998);
        }

        @Test
        void findsTheMinimalDiffWhenTheEditsAreManyButWithinTheLimit() {
            StringBuilder oldText = new StringBuilder();
            StringBuilder newText = new StringBuilder();
            for (int i = 0; i < 5_000; i++) {
                oldText.append("line ").append(i).append('\n');
                newText.append(i % 5 == 0 ? "changed " : "line ").append(i).append('\n');
            }

            List<DiffLine> diff = RevisionDiff.between(oldText.toString(), newText.toString());

            assertThat(diff).filteredOn(line -> line.change() == LineChange.REMOVED).hasSize(1_000);
            assertThat(diff).filteredOn(line -> line.change() == LineChange.UNCHANGED).hasSize(4_000);
        }

        @Test
        void refusesOversizedTexts() {
            assertThatThrownBy(() -> RevisionDiff.between("x".repeat(100_001), ""))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("oldText");
        }
    }

    @Nested
    class Unified {

        @Test
        void writesAStandardUnifiedDiff() {
            assertThat(RevisionDiff.unified("proposal-12.md", OLD, NEW, 1)).isEqualTo("""
                    --- a/proposal-12.md
                    +++ b/proposal-12.md
                    @@ -3,4 +3,5 @@
                     ## Specification
                    -Renew 30 days before expiry.
                    +Renew 14 days before expiry.
                     Use a CSR.
                    +Keep the old key.
                     ## Rationale
                    """);
        }

        @Test
        void splitsDistantChangesIntoHunks() {
            String oldText = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
            String newText = "one\n2\n3\n4\n5\n6\n7\n8\nnine\n";

            assertThat(RevisionDiff.unified("n.txt", oldText, newText, 2)).isEqualTo("""
                    --- a/n.txt
                    +++ b/n.txt
                    @@ -1,3 +1,3 @@
                    -1
                    +one
                     2
                     3
                    @@ -7,3 +7,3 @@
                     7
                     8
                    -9
                    +nine
                    """);
        }

        @Test
        void isEmptyForIdenticalTexts() {
            assertThat(RevisionDiff.unified("p.md", OLD, OLD, 3)).isEmpty();
        }

        @Test
        void appliesBackToTheNewText() throws Exception {
            Random random = new Random(7);
            for (int round = 0; round < 100; round++) {
                String oldText = randomText(random);
                String newText = edit(oldText, random);
                String unified = RevisionDiff.unified("p.md", oldText, newText, random.nextInt(4));
                if (unified.isEmpty()) {
                    assertThat(newText.lines().toList()).isEqualTo(oldText.lines().toList());
                    continue;
                }

                List<String> applied = UnifiedDiffUtils.parseUnifiedDiff(unified.lines().toList())
                        .applyTo(oldText.lines().toList());

                assertThat(applied).as(unified).isEqualTo(newText.lines().toList());
            }
        }

        @Test
        void refusesANegativeContext() {
            assertThatThrownBy(() -> RevisionDiff.unified("p.md", OLD, NEW, -1))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @ParameterizedTest
        @ValueSource(strings = {"", " ", "p.md\n+++ b/evil", "p.md\r"})
        void refusesANameThatIsNotOneLine(String name) {
            assertThatThrownBy(() -> RevisionDiff.unified(name, OLD, NEW, 3)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static final List<String> WORDS = List.of("## Abstract", "## Specification", "MUST", "SHOULD", "", "节点",
            "renew", "- item", "```", "x");

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int lines = random.nextInt(30);
        for (int i = 0; i < lines; i++) {
            text.append(WORDS.get(random.nextInt(WORDS.size()))).append('\n');
        }
        return text.toString();
    }

    private static String edit(String text, Random random) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        int edits = random.nextInt(6);
        for (int i = 0; i < edits; i++) {
            int at = lines.isEmpty() ? 0 : random.nextInt(lines.size());
            switch (random.nextInt(3)) {
                case 0 -> lines.add(at, WORDS.get(random.nextInt(WORDS.size())));
                case 1 -> {
                    if (!lines.isEmpty()) {
                        lines.remove(at);
                    }
                }
                default -> {
                    if (!lines.isEmpty()) {
                        lines.set(at, lines.get(at) + " changed");
                    }
                }
            }
        }
        return String.join("\n", lines) + (lines.isEmpty() ? "" : "\n");
    }
}
