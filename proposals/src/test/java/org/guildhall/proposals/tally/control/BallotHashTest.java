package org.guildhall.proposals.tally.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.guildhall.proposals.tally.entity.BallotOption;
import org.junit.jupiter.api.Test;

class BallotHashTest {

    private static final String PROPOSAL = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";
    private static final Instant AT = Instant.parse("2025-03-01T08:01:00Z");

    @Test
    void hashesTheCanonicalJsonOfProposalVoterOptionWeightAndTime() {
        assertThat(BallotHash.canonicalJson(PROPOSAL, "org-a", BallotOption.NO, 1, AT)).isEqualTo(
                "{\"option\":\"no\",\"proposal\":\"3f2504e0-4f89-41d3-9a0c-0305e82c3301\","
                        + "\"time\":\"2025-03-01T08:01:00Z\",\"voter\":\"org-a\",\"weight\":\"1\"}");
        // computed outside Java (Python hashlib) over the text above
        assertThat(BallotHash.of(PROPOSAL, "org-a", BallotOption.NO, 1, AT))
                .isEqualTo("f4b30d709734e0130d5b81f8a11d694461bfee6069b6d683493021aed6fffc90");
    }

    @Test
    void writesTheOptionByItsJsonNameAndFractionsOfASecondInGroupsOfThree() {
        assertThat(BallotHash.canonicalJson(PROPOSAL, "did:gh:机构", BallotOption.NO_WITH_VETO, 12,
                Instant.parse("2025-03-01T08:01:00.1234Z")))
                .contains("\"option\":\"noWithVeto\"", "\"time\":\"2025-03-01T08:01:00.123400Z\"",
                        "\"voter\":\"did:gh:机构\"", "\"weight\":\"12\"");
    }

    @Test
    void anyChangeToTheBallotChangesItsHash() {
        String hash = BallotHash.of(PROPOSAL, "org-a", BallotOption.YES, 1, AT);

        assertThat(BallotHash.of(PROPOSAL, "org-a", BallotOption.NO, 1, AT)).isNotEqualTo(hash);
        assertThat(BallotHash.of(PROPOSAL, "org-b", BallotOption.YES, 1, AT)).isNotEqualTo(hash);
        assertThat(BallotHash.of(PROPOSAL, "org-a", BallotOption.YES, 2, AT)).isNotEqualTo(hash);
        assertThat(BallotHash.of(PROPOSAL, "org-a", BallotOption.YES, 1, AT.plusNanos(1000))).isNotEqualTo(hash);
        assertThat(BallotHash.of("another-proposal", "org-a", BallotOption.YES, 1, AT)).isNotEqualTo(hash);
        assertThat(BallotHash.of(PROPOSAL, "org-a", BallotOption.YES, 1, AT)).isEqualTo(hash);
    }
}
