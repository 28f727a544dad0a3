package org.guildhall.proposals.tally.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.guildhall.proposals.tally.entity.BallotOption.NO;
import static org.guildhall.proposals.tally.entity.BallotOption.YES;
import static org.guildhall.proposals.tally.entity.Chamber.ORGANISATIONS;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.guildhall.proposals.tally.VoteBuilder;
import org.guildhall.proposals.tally.control.ResultDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyTallyCommandTest {

    @TempDir
    Path directory;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private static ResultDocument document() {
        return VoteBuilder.organisations().voters("org", 3, 1, ORGANISATIONS)
                .ballot("org-0", YES).ballot("org-1", YES).ballot("org-2", NO).document();
    }

    @Test
    void printsTheTallyAndOkWithTheHashWhenTheDocumentReproduces() throws IOException {
        ResultDocument document = document();

        int exit = run(file(document.json()));

        assertThat(exit).isZero();
        assertThat(out()).contains("organisations: yes 2, no 1, noWithVeto 0, abstain 0 of 3; turnout 1, quorum reached; passed")
                .endsWith("OK: tally reproduced (sha256 " + document.sha256() + ")\n");
        assertThat(err()).isEmpty();
    }

    @Test
    void listsTheDifferencesAndExitsOneWhenItDoesNot() throws IOException {
        String tampered = document().json().replace("\"outcome\":\"passed\",\"passed\":true",
                "\"outcome\":\"passed\",\"passed\":false");

        int exit = run(file(tampered));

        assertThat(exit).isEqualTo(1);
        assertThat(out()).contains("FAILED: the document does not reproduce, 2 difference(s)",
                "  tally.chambers.organisations.passed: document false, recount true",
                "  tally.passed: document false, recount true").doesNotContain("OK:");
    }

    @Test
    void exitsTwoWithoutAFileArgument() {
        assertThat(run()).isEqualTo(2);
        assertThat(run("a.json", "b.json")).isEqualTo(2);
        assertThat(err()).contains("usage: VerifyTallyCommand <result-document.json>");
    }

    @Test
    void exitsTwoWhenTheFileCannotBeRead() {
        assertThat(run(directory.resolve("missing.json").toString())).isEqualTo(2);
        assertThat(err()).contains("cannot read");
    }

    @Test
    void exitsTwoWhenTheFileIsNotAResultDocument() throws IOException {
        assertThat(run(file("{\"hello\":\"world\"}"))).isEqualTo(2);
        assertThat(err()).contains("not a result document");
        assertThat(out()).isEmpty();
    }

    private int run(String... args) {
        return VerifyTallyCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String file(String text) throws IOException {
        Path file = directory.resolve("result.json");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file.toString();
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
