package org.guildhall.proposals.tally.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.guildhall.proposals.tally.entity.BallotOption;
import org.guildhall.proposals.tally.entity.CastBallot;
import org.guildhall.proposals.tally.entity.Chamber;
import org.guildhall.proposals.tally.entity.ChamberTally;
import org.guildhall.proposals.tally.entity.Elector;
import org.guildhall.proposals.tally.entity.ElectorateSnapshot;
import org.guildhall.proposals.tally.entity.NotAnElectorException;
import org.guildhall.proposals.tally.entity.OptionTotals;
import org.guildhall.proposals.tally.entity.ProposalRef;
import org.guildhall.proposals.tally.entity.TallyResult;
import org.guildhall.proposals.tally.entity.TrackSnapshot;

/**
 * The published result of a closed vote: one JSON document in RFC 8785 canonical form (members sorted,
 * no whitespace, UTF-8) from which anyone can recompute the tally; the lower-case hex SHA-256 of its
 * bytes is what goes on chain. The same inputs give the same bytes.
 * <pre>
 * {"ballots":[{"counted":true,"hash":"…","option":"yes","time":"2025-03-02T08:00:00Z","voter":"…","weight":"1"}],
 *  "electorate":[{"chamber":"organisations","voter":"…","weight":"1"}],
 *  "format":"guildhall.tally-result.v1",
 *  "proposal":{"contentHash":"…","id":"…","number":42},
 *  "tally":{"chambers":{"organisations":{…same members as below, without chambers…}},
 *           "electorateWeight":"7","outcome":"passed","passed":true,"quorumReached":true,
 *           "totals":{"abstain":"1","no":"1","noWithVeto":"0","yes":"3"},
 *           "turnout":"0.714285714","vetoed":false,"votingWeight":"5"},
 *  "track":{"chambers":["organisations"],"expedited":false,"id":"…","name":"…","quorum":"0.334",
 *           "threshold":"0.5","vetoThreshold":"0.334","votingEnd":"…","votingStart":"…"}}
 * </pre>
 * Decisions made here:
 * <ul>
 * <li>Every quantity (weights, totals, rule parameters, turnout) is a JSON string holding a plain
 * decimal. RFC 8785 writes numbers as IEEE doubles, which cannot hold every {@code long} weight nor
 * every decimal fraction exactly; strings keep them exact in every language. Only the proposal
 * {@code number}, a small identifier, is a JSON number.</li>
 * <li>Every ballot is published, superseded ones too, each with {@code counted}: the history is part
 * of the record, and the recount checks which ballot counts instead of trusting the flag. Ballots are
 * listed by time; ballots with the same time keep the order they were given in, which is the
 * tie-break for "latest".</li>
 * <li>{@code weight} on a ballot repeats the voter's frozen weight; the electorate is authoritative.</li>
 * <li>The electorate is listed sorted by voter id; {@code track.chambers} names the chambers that vote,
 * in chamber order, so that a chamber without voters is still visible (and fails its quorum).</li>
 * <li>{@code turnout} is for reading only (rounded down to 9 places); {@code quorumReached} is decided
 * from the exact weights.</li>
 * <li>The document is written in canonical form directly rather than built and then passed through
 * {@link org.erdtman.jcs.JsonCanonicalizer}: for a million ballots that pass took 3 to 9 seconds and
 * about 2 GB more heap. The library stays the reference: the tests hold the output byte for byte
 * to it, and {@link Recount} canonicalises with it any document that is not exactly this form.</li>
 * </ul>
 */
public final class ResultDocument {

    /** The value of {@code format}; a change to the shape or meaning of the document changes it. */
    public static final String FORMAT = "guildhall.tally-result.v1";

    private final String json;
    private final String sha256;
    private final TallyResult tally;

    private ResultDocument(String json, String sha256, TallyResult tally) {
        this.json = json;
        this.sha256 = sha256;
        this.tally = tally;
    }

    /**
     * Tallies the ballots and writes the result document.
     *
     * @throws NotAnElectorException when a ballot's voter is not in the electorate
     * @throws IllegalArgumentException when a ballot lies outside the voting period or its hash does
     *                                  not match its content ({@link BallotHash})
     */
    public static ResultDocument build(ProposalRef proposal, TrackSnapshot track, ElectorateSnapshot electorate,
                                       List<CastBallot> ballots) {
        Objects.requireNonNull(proposal, "proposal");
        Objects.requireNonNull(track, "track");
        Objects.requireNonNull(electorate, "electorate");
        List<CastBallot> byTime = new ArrayList<>(ballots);
        byTime.sort(Comparator.comparing(CastBallot::time)); // stable: equal times keep their order
        int[] voters = new int[byTime.size()];
        for (int i = 0; i < byTime.size(); i++) {
            CastBallot ballot = byTime.get(i);
            voters[i] = electorate.indexOf(ballot.voter());
            if (voters[i] < 0) {
                throw new NotAnElectorException(ballot.voter());
            }
            if (!track.isOpenAt(ballot.time())) {
                throw new IllegalArgumentException("Ballot of " + ballot.voter() + " at " + ballot.time()
                        + " is outside the voting period");
            }
            String expected = BallotHash.of(proposal.id(), ballot.voter(), ballot.option(),
                    electorate.weightAt(voters[i]), ballot.time());
            if (!ballot.hash().equals(expected)) {
                throw new IllegalArgumentException("Ballot of " + ballot.voter() + " at " + ballot.time()
                        + " does not match its hash");
            }
        }
        int[] latest = Tallying.latestPerVoter(electorate.size(), byTime, voters);
        TallyResult tally = Tallying.tally(electorate, byTime, latest, track.rule());
        List<PublishedBallot> published = new ArrayList<>(byTime.size());
        for (int i = 0; i < byTime.size(); i++) {
            published.add(new PublishedBallot(byTime.get(i), electorate.weightAt(voters[i]), latest[voters[i]] == i));
        }
        String json = write(proposal, track, electorate.chambers(), electorate.electors(), published, tallyJson(tally));
        return new ResultDocument(json, CanonicalJson.sha256Hex(json.getBytes(StandardCharsets.UTF_8)), tally);
    }

    /**
     * Writes a result document in RFC 8785 form: members in UTF-16 code unit order, no whitespace,
     * strings escaped by the JSON-P generator exactly as RFC 8785 escapes them (the tests hold this
     * against {@link org.erdtman.jcs.JsonCanonicalizer} for every code point), and no numbers but the
     * proposal number. Writing the canonical form directly avoids building a second tree of a
     * million-ballot document in memory.
     */
    static String write(ProposalRef proposal, TrackSnapshot track, Set<Chamber> chambers, List<Elector> electors,
                        List<PublishedBallot> ballots, JsonObject tally) {
        StringWriter text = new StringWriter(200 * ballots.size() + 80 * electors.size() + 4096);
        write(text, proposal, track, chambers, electors, ballots, tally);
        return text.toString();
    }

    static void write(Writer out, ProposalRef proposal, TrackSnapshot track, Set<Chamber> chambers,
                      List<Elector> electors, List<PublishedBallot> ballots, JsonObject tally) {
        try (JsonGenerator json = CanonicalJson.JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStartArray("ballots");
            for (PublishedBallot entry : ballots) {
                CastBallot ballot = entry.ballot();
                json.writeStartObject()
                        .write("counted", entry.counted())
                        .write("hash", ballot.hash())
                        .write("option", ballot.option().jsonName())
                        .write("time", ballot.time().toString())
                        .write("voter", ballot.voter())
                        .write("weight", Long.toString(entry.weight()))
                        .writeEnd();
            }
            json.writeEnd();
            json.writeStartArray("electorate");
            for (Elector elector : electors) {
                json.writeStartObject()
                        .write("chamber", elector.chamber().jsonName())
                        .write("voter", elector.voter())
                        .write("weight", Long.toString(elector.weight()))
                        .writeEnd();
            }
            json.writeEnd();
            json.write("format", FORMAT);
            json.writeStartObject("proposal")
                    .write("contentHash", proposal.contentHash())
                    .write("id", proposal.id())
                    .write("number", proposal.number())
                    .writeEnd();
            json.writeKey("tally");
            CanonicalJson.writeSorted(json, tally);
            json.writeStartObject("track");
            json.writeStartArray("chambers");
            chambers.forEach(chamber -> json.write(chamber.jsonName()));
            json.writeEnd();
            json.write("expedited", track.expedited())
                    .write("id", track.id())
                    .write("name", track.name())
                    .write("quorum", track.rule().quorum().toPlainString())
                    .write("threshold", track.rule().threshold().toPlainString())
                    .write("vetoThreshold", track.rule().vetoThreshold().toPlainString())
                    .write("votingEnd", track.votingEnd().toString())
                    .write("votingStart", track.votingStart().toString())
                    .writeEnd();
            json.writeEnd();
        }
    }

    /** The {@code tally} member of a result document for this result. */
    public static JsonObject tallyJson(TallyResult tally) {
        JsonObjectBuilder chambers = CanonicalJson.JSON.createObjectBuilder();
        for (ChamberTally chamber : tally.chambers()) {
            chambers.add(chamber.chamber().jsonName(), outcomeJson(chamber.totals(), chamber.electorateWeight(),
                    chamber.turnout().toPlainString(), chamber.quorumReached(), chamber.vetoed(), chamber.passed(),
                    chamber.outcome().jsonName()));
        }
        return outcomeJson(tally.totals(), tally.electorateWeight(), tally.turnout().toPlainString(),
                tally.quorumReached(), tally.vetoed(), tally.passed(), tally.outcome().jsonName())
                .add("chambers", chambers)
                .build();
    }

    private static JsonObjectBuilder outcomeJson(OptionTotals totals, long electorateWeight, String turnout,
                                                 boolean quorumReached, boolean vetoed, boolean passed, String outcome) {
        JsonObjectBuilder perOption = CanonicalJson.JSON.createObjectBuilder();
        for (BallotOption option : BallotOption.values()) {
            perOption.add(option.jsonName(), Long.toString(totals.weightOf(option)));
        }
        return CanonicalJson.JSON.createObjectBuilder()
                .add("electorateWeight", Long.toString(electorateWeight))
                .add("outcome", outcome)
                .add("passed", passed)
                .add("quorumReached", quorumReached)
                .add("totals", perOption)
                .add("turnout", turnout)
                .add("vetoed", vetoed)
                .add("votingWeight", Long.toString(totals.votingWeight()));
    }

    /** The canonical JSON text. */
    public String json() {
        return json;
    }

    /** The UTF-8 bytes of {@link #json()}, as published. */
    public byte[] utf8() {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    /** Lower-case hex SHA-256 of {@link #utf8()}: the hash that goes on chain. */
    public String sha256() {
        return sha256;
    }

    public TallyResult tally() {
        return tally;
    }

    @Override
    public String toString() {
        return "ResultDocument[sha256=" + sha256 + ", " + json.length() + " characters]";
    }
}
