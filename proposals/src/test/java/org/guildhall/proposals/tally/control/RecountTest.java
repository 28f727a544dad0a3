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
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import org.erdtman.jcs.JsonCanonicalizer;
import org.guildhall.proposals.tally.VoteBuilder;
import org.guildhall.proposals.tally.entity.BallotOption;
import org.guildhall.proposals.tally.entity.CastBallot;
import org.guildhall.proposals.tally.entity.Chamber;
import org.guildhall.proposals.tally.entity.Elector;
import org.guildhall.proposals.tally.entity.ElectorateSnapshot;
import org.guildhall.proposals.tally.entity.TallyResult;
import org.guildhall.proposals.tally.entity.TallyRule;
import org.guildhall.proposals.tally.entity.TrackSnapshot;
import org.junit.jupiter.api.Test;

class RecountTest {

    /** Two chambers; org-a replaces its no with a yes (ballots[0] superseded by ballots[3]); org-b's yes is ballots[1]. */
    private static VoteBuilder smallVote() {
        return VoteBuilder.bothChambers()
                .voter("org-b", 2, ORGANISATIONS).voter("org-a", 1, ORGANISATIONS).voter("did:gh:alice", 1, COMMUNITY)
                .voter("did:gh:bob", 1, COMMUNITY)
                .ballot("org-a", NO).ballot("org-b", YES).ballot("did:gh:alice", YES).ballot("org-a", YES)
                .ballot("did:gh:bob", ABSTAIN);
    }

    @Test
    void reproducesTheTallyOfAnUntouchedDocument() {
        ResultDocument document = smallVote().document();

        Recount recount = Recount.of(document.json());

        assertThat(recount.differences()).isEmpty();
        assertThat(recount.reproduced()).isTrue();
        assertThat(recount.recomputed()).isEqualTo(document.tally()).isEqualTo(smallVote().tally());
        assertThat(recount.documentSha256()).isEqualTo(document.sha256());
        assertThat(recount.ballotCount()).isEqualTo(5);
        assertThat(recount.proposal()).isEqualTo(VoteBuilder.PROPOSAL);
        assertThat(recount.track()).isEqualTo(smallVote().track());
        assertThat(recount.electorate()).isEqualTo(smallVote().electorate());
    }

    @Test
    void reproducesEveryOutcome() {
        List<VoteBuilder> votes = List.of(
                VoteBuilder.organisations().voters("org", 3, 1, ORGANISATIONS).ballot("org-0", YES),
                VoteBuilder.organisations().voters("org", 3, 1, ORGANISATIONS).ballots("org", 0, 3, ABSTAIN),
                VoteBuilder.organisations().voters("org", 3, 1, ORGANISATIONS).ballots("org", 0, 2, NO).ballot("org-2", YES),
                VoteBuilder.organisations().voters("org", 3, 1, ORGANISATIONS)
                        .ballots("org", 0, 2, BallotOption.NO_WITH_VETO).ballot("org-2", YES),
                VoteBuilder.organisations().voters("org", 3, 1, ORGANISATIONS).ballots("org", 0, 2, YES),
                VoteBuilder.community().voters("member", 3, 1, COMMUNITY).rule(TallyRule.of("1", "1", "1")).expedited()
                        .ballots("member", 0, 3, YES));

        for (VoteBuilder vote : votes) {
            ResultDocument document = vote.document();

            assertThat(Recount.of(document.json()).differences()).isEmpty();
            assertThat(Recount.of(document.json()).recomputed()).isEqualTo(document.tally());
        }
    }

    @Test
    void detectsABallotWhoseOptionWasChanged() {
        String original = smallVote().document().json();
        String tampered = original.replace("\"option\":\"yes\",\"time\":\"2025-03-01T08:02:00Z\"",
                "\"option\":\"no\",\"time\":\"2025-03-01T08:02:00Z\"");

        Recount recount = Recount.of(tampered);

        assertThat(tampered).isNotEqualTo(original);
        assertThat(recount.reproduced()).isFalse();
        assertThat(recount.differences()).contains(
                "ballots[1] (voter org-b): hash does not match the ballot's content",
                "tally.chambers.organisations.totals.yes: document \"3\", recount \"1\"",
                "tally.chambers.organisations.totals.no: document \"0\", recount \"2\"",
                "tally.chambers.organisations.outcome: document \"passed\", recount \"rejected\"",
                "tally.outcome: document \"passed\", recount \"rejected\"",
                "tally.passed: document true, recount false");
        assertThat(recount.documentSha256()).isNotEqualTo(smallVote().document().sha256());
    }

    @Test
    void detectsAChangedOptionEvenWhenItsHashWasRecomputed() {
        String tampered = tamperBallot(smallVote().document().json(), 1, ballot -> {
            String hash = BallotHash.of(VoteBuilder.PROPOSAL.id(), "org-b", NO, 2, Instant.parse("2025-03-01T08:02:00Z"));
            return copy(ballot).add("option", "no").add("hash", hash).build();
        });

        Recount recount = Recount.of(tampered);

        assertThat(recount.differences()).isNotEmpty()
                .noneMatch(difference -> difference.startsWith("ballots"))
                .contains("tally.outcome: document \"passed\", recount \"rejected\"");
    }

    @Test
    void detectsAChangedTallyWithUntouchedBallots() {
        String tampered = tamperDocument(smallVote().document().json(), document -> copy(document)
                .add("tally", copy(document.getJsonObject("tally")).add("outcome", "rejected")).build());

        Recount recount = Recount.of(tampered);

        assertThat(recount.differences()).containsExactly("tally.outcome: document \"rejected\", recount \"passed\"");
    }

    @Test
    void detectsASupersededBallotMarkedAsCounted() {
        String tampered = smallVote().document().json().replaceFirst("\"counted\":false", "\"counted\":true");

        assertThat(Recount.of(tampered).differences())
                .containsExactly("ballots[0] (voter org-a): counted true but the recount says false");
    }

    @Test
    void detectsABallotFromOutsideTheElectorateAndLeavesItOut() {
        String tampered = tamperDocument(smallVote().document().json(), document -> {
            Instant time = Instant.parse("2025-03-01T09:00:00Z");
            JsonObject intruder = Json.createObjectBuilder().add("counted", true)
                    .add("hash", BallotHash.of(VoteBuilder.PROPOSAL.id(), "org-intruder", NO, 1, time))
                    .add("option", "no").add("time", time.toString()).add("voter", "org-intruder").add("weight", "1")
                    .build();
            return copy(document).add("ballots", Json.createArrayBuilder(document.getJsonArray("ballots")).add(intruder))
                    .build();
        });

        Recount recount = Recount.of(tampered);

        assertThat(recount.differences())
                .containsExactly("ballots[5] (voter org-intruder): not in the electorate; left out of the recount");
        assertThat(recount.recomputed()).isEqualTo(smallVote().tally());
    }

    @Test
    void detectsAWeightThatIsNotTheVotersAndABallotOutsideThePeriod() {
        String tampered = tamperBallot(smallVote().document().json(), 2, ballot -> copy(ballot).add("weight", "5").build());
        String late = tamperBallot(smallVote().document().json(), 4,
                ballot -> copy(ballot).add("time", VoteBuilder.END.toString()).build());

        assertThat(Recount.of(tampered).differences())
                .containsExactly("ballots[2] (voter did:gh:alice): weight \"5\" but the electorate gives \"1\"");
        assertThat(Recount.of(late).differences()).contains(
                "ballots[4] (voter did:gh:bob): cast at 2025-03-08T08:00:00Z, outside the voting period",
                "ballots[4] (voter did:gh:bob): hash does not match the ballot's content");
    }

    @Test
    void hashesAPrettyPrintedDocumentAsItsCanonicalForm() {
        ResultDocument document = smallVote().document();
        StringWriter pretty = new StringWriter();
        JsonWriterFactory factory = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
        try (JsonReader reader = Json.createReader(new StringReader(document.json()));
             JsonWriter writer = factory.createWriter(pretty)) {
            writer.writeObject(reader.readObject());
        }

        Recount recount = Recount.of(pretty + "\n");

        assertThat(pretty.toString()).contains("\n ").isNotEqualTo(document.json());
        assertThat(recount.reproduced()).isTrue();
        assertThat(recount.documentSha256()).isEqualTo(document.sha256());
    }

    @Test
    void refusesTextThatIsNotAResultDocument() {
        String json = smallVote().document().json();

        assertThatThrownBy(() -> Recount.of("not json")).isInstanceOf(MalformedResultDocumentException.class);
        assertThatThrownBy(() -> Recount.of("[]")).isInstanceOf(MalformedResultDocumentException.class);
        assertThatThrownBy(() -> Recount.of(json.substring(0, json.length() - 1)))
                .isInstanceOf(MalformedResultDocumentException.class);
        assertThatThrownBy(() -> Recount.of(json + "{}")).isInstanceOf(MalformedResultDocumentException.class);
        assertThatThrownBy(() -> Recount.of(json.replace("guildhall.tally-result.v1", "guildhall.tally-result.v0")))
                .isInstanceOf(MalformedResultDocumentException.class).hasMessageContaining("format");
        assertThatThrownBy(() -> Recount.of(json.replace("\"option\":\"no\"", "\"option\":\"maybe\"")))
                .isInstanceOf(MalformedResultDocumentException.class).hasMessageContaining("ballots[0]");
        assertThatThrownBy(() -> Recount.of(json.replace("\"weight\":\"2\"", "\"weight\":2")))
                .isInstanceOf(MalformedResultDocumentException.class).hasMessageContaining("weight");
        assertThatThrownBy(() -> Recount.of(json.replace("\"weight\":\"2\"", "\"weight\":\"02\"")))
                .isInstanceOf(MalformedResultDocumentException.class).hasMessageContaining("weight");
        assertThatThrownBy(() -> Recount.of(json.replace("\"quorum\":\"0.334\"", "\"quorum\":\"1.5\"")))
                .isInstanceOf(MalformedResultDocumentException.class).hasMessageContaining("quorum");
        assertThatThrownBy(() -> Recount.of(json.replace("\"voter\":\"org-b\",\"weight\":\"2\"}]",
                "\"voter\":\"org-a\",\"weight\":\"2\"}]"))).isInstanceOf(MalformedResultDocumentException.class)
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> Recount.of(tamperDocument(json, document -> copy(document).remove("tally").build())))
                .isInstanceOf(MalformedResultDocumentException.class).hasMessageContaining("tally");
        assertThatThrownBy(() -> Recount.of(tamperDocument(json, document -> copy(document).add("extra", 1).build())))
                .isInstanceOf(MalformedResultDocumentException.class).hasMessageContaining("extra");
        assertThatThrownBy(() -> Recount.of(tamperBallot(json, 0, ballot -> copy(ballot).add("note", "x").build())))
                .isInstanceOf(MalformedResultDocumentException.class).hasMessageContaining("ballots[0]");
    }

    @Test
    void aMillionBallotTallyEqualsTheRecountOfItsDocument() {
        int voters = 250_000;
        int ballotCount = 1_000_000;
        SplittableRandom random = new SplittableRandom(3);
        List<Elector> electors = new ArrayList<>(voters);
        for (int i = 0; i < voters; i++) {
            electors.add(i < 1_000 ? new Elector("org-" + i, 1 + random.nextInt(50), ORGANISATIONS)
                    : new Elector("member-" + i, 1, COMMUNITY));
        }
        ElectorateSnapshot electorate = ElectorateSnapshot.of(EnumSet.allOf(Chamber.class), electors);
        TrackSnapshot track = new TrackSnapshot("standard-adoption", "Standard adoption", TallyRule.DEFAULT,
                VoteBuilder.START, VoteBuilder.END, false);
        long seconds = Duration.between(VoteBuilder.START, VoteBuilder.END).toSeconds();
        BallotOption[] options = BallotOption.values();
        List<CastBallot> ballots = new ArrayList<>(ballotCount);
        for (int i = 0; i < ballotCount; i++) {
            Elector voter = electors.get(random.nextInt(voters));
            BallotOption option = options[random.nextInt(options.length)];
            Instant time = VoteBuilder.START.plusSeconds(random.nextLong(seconds));
            ballots.add(new CastBallot(voter.voter(), option, time,
                    BallotHash.of(VoteBuilder.PROPOSAL.id(), voter.voter(), option, voter.weight(), time)));
        }

        TallyResult tally = Tallying.tally(electorate, ballots, track.rule());
        ResultDocument document = ResultDocument.build(VoteBuilder.PROPOSAL, track, electorate, ballots);
        Recount recount = Recount.of(document.json());

        assertThat(tally.votingWeight()).isPositive();
        assertThat(document.tally()).isEqualTo(tally);
        assertThat(recount.differences()).isEmpty();
        assertThat(recount.recomputed()).isEqualTo(tally);
        assertThat(recount.documentSha256()).isEqualTo(document.sha256());
    }

    private static String tamperBallot(String json, int index, UnaryOperator<JsonObject> change) {
        return tamperDocument(json, document -> {
            List<JsonValue> ballots = new ArrayList<>(document.getJsonArray("ballots"));
            ballots.set(index, change.apply(ballots.get(index).asJsonObject()));
            return copy(document).add("ballots", Json.createArrayBuilder(ballots)).build();
        });
    }

    /** Changes the document and writes it canonically again, as a forger would. */
    private static String tamperDocument(String json, UnaryOperator<JsonObject> change) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return new JsonCanonicalizer(change.apply(reader.readObject()).toString()).getEncodedString();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static JsonObjectBuilder copy(JsonObject object) {
        return Json.createObjectBuilder(object);
    }
}
