package org.guildhall.proposals.tally.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.guildhall.proposals.tally.entity.BallotOption.ABSTAIN;
import static org.guildhall.proposals.tally.entity.BallotOption.NO;
import static org.guildhall.proposals.tally.entity.BallotOption.YES;
import static org.guildhall.proposals.tally.entity.Chamber.COMMUNITY;
import static org.guildhall.proposals.tally.entity.Chamber.ORGANISATIONS;


import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import org.erdtman.jcs.JsonCanonicalizer;
import org.guildhall.proposals.tally.VoteBuilder;
import org.guildhall.proposals.tally.entity.CastBallot;
import org.guildhall.proposals.tally.entity.NotAnElectorException;
import org.junit.jupiter.api.Test;

class ResultDocumentTest {

    /** Two chambers; org-a replaces its no with a yes; the community only abstains. */
    private static VoteBuilder smallVote() {
        return VoteBuilder.bothChambers()
                .voter("org-b", 2, ORGANISATIONS).voter("org-a", 1, ORGANISATIONS).voter("did:gh:alice", 1, COMMUNITY)
                .ballot("org-a", NO).ballot("org-b", YES).ballot("did:gh:alice", ABSTAIN).ballot("org-a", YES);
    }

    @Test
    void writesTheWholeResultAsCanonicalJson() {
        assertThat(smallVote().document().json()).isEqualTo("{\"ballots\":["
                + "{\"counted\":false,\"hash\":\"f4b30d709734e0130d5b81f8a11d694461bfee6069b6d683493021aed6fffc90\","
                + "\"option\":\"no\",\"time\":\"2025-03-01T08:01:00Z\",\"voter\":\"org-a\",\"weight\":\"1\"},"
                + "{\"counted\":true,\"hash\":\"16d19300796827b77748ab21273d3711fae5c2e38a17db0da27c15ae4dfad58a\","
                + "\"option\":\"yes\",\"time\":\"2025-03-01T08:02:00Z\",\"voter\":\"org-b\",\"weight\":\"2\"},"
                + "{\"counted\":true,\"hash\":\"8fcfe0f0823da75314f646b12dadc4739673b799e4f58adb293279c2d24acbc7\","
                + "\"option\":\"abstain\",\"time\":\"2025-03-01T08:03:00Z\",\"voter\":\"did:gh:alice\",\"weight\":\"1\"},"
                + "{\"counted\":true,\"hash\":\"ab0cf412445837598e3e06d14ddbc17838005d64278dc01e7f2cc6556b905dbb\","
                + "\"option\":\"yes\",\"time\":\"2025-03-01T08:04:00Z\",\"voter\":\"org-a\",\"weight\":\"1\"}],"
                + "\"electorate\":[{\"chamber\":\"community\",\"voter\":\"did:gh:alice\",\"weight\":\"1\"},"
                + "{\"chamber\":\"organisations\",\"voter\":\"org-a\",\"weight\":\"1\"},"
                + "{\"chamber\":\"organisations\",\"voter\":\"org-b\",\"weight\":\"2\"}],"
                + "\"format\":\"guildhall.tally-result.v1\","
                + "\"proposal\":{\"contentHash\":\"4e3a5058216941fd6549c7ae8cc55a848a3483cd3c6c25b0b51a1c938abaea06\","
                + "\"id\":\"3f2504e0-4f89-41d3-9a0c-0305e82c3301\",\"number\":42},"
                + "\"tally\":{\"chambers\":{"
                + "\"community\":{\"electorateWeight\":\"1\",\"outcome\":\"failedQuorum\",\"passed\":false,"
                + "\"quorumReached\":true,\"totals\":{\"abstain\":\"1\",\"no\":\"0\",\"noWithVeto\":\"0\",\"yes\":\"0\"},"
                + "\"turnout\":\"1\",\"vetoed\":false,\"votingWeight\":\"1\"},"
                + "\"organisations\":{\"electorateWeight\":\"3\",\"outcome\":\"passed\",\"passed\":true,"
                + "\"quorumReached\":true,\"totals\":{\"abstain\":\"0\",\"no\":\"0\",\"noWithVeto\":\"0\",\"yes\":\"3\"},"
                + "\"turnout\":\"1\",\"vetoed\":false,\"votingWeight\":\"3\"}},"
                + "\"electorateWeight\":\"4\",\"outcome\":\"failedQuorum\",\"passed\":false,\"quorumReached\":true,"
                + "\"totals\":{\"abstain\":\"1\",\"no\":\"0\",\"noWithVeto\":\"0\",\"yes\":\"3\"},"
                + "\"turnout\":\"1\",\"vetoed\":false,\"votingWeight\":\"4\"},"
                + "\"track\":{\"chambers\":[\"organisations\",\"community\"],\"expedited\":false,"
                + "\"id\":\"standard-adoption\",\"name\":\"Standard adoption\",\"quorum\":\"0.334\",\"threshold\":\"0.5\","
                + "\"vetoThreshold\":\"0.334\",\"votingEnd\":\"2025-03-08T08:00:00Z\","
                + "\"votingStart\":\"2025-03-01T08:00:00Z\"}}");
    }

    @Test
    void isAFixedPointOfTheReferenceCanonicaliser() throws Exception {
        String json = smallVote().document().json();

        assertThat(new JsonCanonicalizer(json).getEncodedString()).isEqualTo(json);
        String outsideStrings = json.replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"");
        assertThat(outsideStrings).doesNotContainPattern("\\s").startsWith("{\"\":[{\"\":false,");
    }

    @Test
    void hashIsTheSha256OfTheUtf8Bytes() throws Exception {
        ResultDocument document = smallVote().document();

        assertThat(document.sha256())
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(document.utf8())))
                // computed outside Java (Python hashlib) over the text of writesTheWholeResultAsCanonicalJson
                .isEqualTo("27459f54b0b65314f7182fc2c4e5675baae81414fe54fe446d8277e934f83b19");
    }

    @Test
    void isTheSameByteForByteOnEveryBuildWhateverTheOrderOfElectorsAndBallots() {
        VoteBuilder vote = smallVote();
        List<CastBallot> shuffled = new ArrayList<>(vote.ballots());
        Collections.reverse(shuffled);
        ResultDocument reordered = ResultDocument.build(VoteBuilder.PROPOSAL, vote.track(), VoteBuilder.bothChambers()
                .voter("did:gh:alice", 1, COMMUNITY).voter("org-a", 1, ORGANISATIONS).voter("org-b", 2, ORGANISATIONS)
                .electorate(), shuffled);

        assertThat(vote.document().json()).isEqualTo(smallVote().document().json()).isEqualTo(reordered.json());
        assertThat(reordered.sha256()).isEqualTo(vote.document().sha256());
    }

    @Test
    void keepsTextOutsideAsciiAsUtf8AndEscapesControlCharactersAsRfc8785Says() throws Exception {
        String json = smallVote().trackName("标准采纳 \"v2\" \\ \u0001\u001f\u007f é \uD83D\uDE00\n").document().json();

        assertThat(json).contains("\"name\":\"标准采纳 \\\"v2\\\" \\\\ \\u0001\\u001f\u007f é \uD83D\uDE00\\n\"");
        assertThat(new JsonCanonicalizer(json).getEncodedString()).isEqualTo(json);
    }

    @Test
    void writesEveryCodePointExactlyAsTheReferenceCanonicaliserDoes() throws Exception {
        StringBuilder everyCodePoint = new StringBuilder("all");
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            if (codePoint < Character.MIN_SURROGATE || codePoint > Character.MAX_SURROGATE) {
                everyCodePoint.appendCodePoint(codePoint);
            }
        }

        String json = smallVote().trackName(everyCodePoint.toString()).document().json();

        assertThat(new JsonCanonicalizer(json).getEncodedString()).isEqualTo(json);
    }

    @Test
    void writesQuantitiesAsDecimalStrings() {
        String json = VoteBuilder.organisations().voter("org-a", 9_007_199_254_740_993L).ballot("org-a", YES)
                .document().json();

        // 2^53 + 1 is not a double; as a string it stays exact
        assertThat(json).contains("\"weight\":\"9007199254740993\"", "\"yes\":\"9007199254740993\"",
                "\"quorum\":\"0.334\"", "\"turnout\":\"1\"");
    }

    @Test
    void listsSupersededBallotsWithCountedFalse() {
        String json = smallVote().document().json();

        assertThat(json).contains("\"counted\":false,\"hash\":\"f4b30d70");
        assertThat(json.split("\"counted\":true", -1)).hasSize(4);
    }

    @Test
    void carriesTheTallyItWrote() {
        VoteBuilder vote = smallVote();

        assertThat(vote.document().tally()).isEqualTo(vote.tally());
    }

    @Test
    void refusesABallotOutsideTheVotingPeriod() {
        VoteBuilder late = VoteBuilder.organisations().voter("org-a", 1).ballot("org-a", YES, VoteBuilder.END);
        VoteBuilder early = VoteBuilder.organisations().voter("org-a", 1)
                .ballot("org-a", YES, VoteBuilder.START.minusNanos(1));

        assertThatThrownBy(late::document).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("period");
        assertThatThrownBy(early::document).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("period");
    }

    @Test
    void refusesABallotWhoseHashDoesNotMatchIt() {
        VoteBuilder vote = VoteBuilder.organisations().voter("org-a", 1);
        CastBallot ballot = new CastBallot("org-a", YES, VoteBuilder.START,
                BallotHash.of(VoteBuilder.PROPOSAL.id(), "org-a", NO, 1, VoteBuilder.START));

        assertThatThrownBy(() -> ResultDocument.build(VoteBuilder.PROPOSAL, vote.track(), vote.electorate(), List.of(ballot)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hash");
    }

    @Test
    void refusesABallotFromOutsideTheElectorate() {
        VoteBuilder vote = VoteBuilder.organisations().voter("org-a", 1).ballot("org-intruder", YES);

        assertThatThrownBy(vote::document).isInstanceOf(NotAnElectorException.class);
    }

    @Test
    void isPlainJsonForAnyReader() {
        String json = smallVote().document().json();
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject document = reader.readObject();

            assertThat(document.getJsonObject("tally").getString("outcome")).isEqualTo("failedQuorum");
            assertThat(document.getJsonArray("ballots").getJsonObject(3).getString("weight")).isEqualTo("1");
            assertThat(document.getJsonObject("proposal").getInt("number")).isEqualTo(42);
        }
    }
}
