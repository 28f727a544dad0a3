package org.guildhall.proposals.tally.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.guildhall.proposals.tally.entity.BallotOption;
import org.guildhall.proposals.tally.entity.CastBallot;
import org.guildhall.proposals.tally.entity.Chamber;
import org.guildhall.proposals.tally.entity.Elector;
import org.guildhall.proposals.tally.entity.ElectorateSnapshot;
import org.guildhall.proposals.tally.entity.ProposalRef;
import org.guildhall.proposals.tally.entity.TallyResult;
import org.guildhall.proposals.tally.entity.TallyRule;
import org.guildhall.proposals.tally.entity.TrackSnapshot;

/**
 * Recomputes a {@link ResultDocument} from its own electorate, ballots and track rule, and compares.
 * <p>
 * Checked, each mismatch listed as one difference: every ballot's voter is in the electorate (a
 * ballot that is not is left out of the recount), its {@code weight} is the voter's, its time lies in
 * the voting period, its {@code hash} matches its content ({@link BallotHash}), its {@code counted}
 * flag is right (the latest of its voter by time, the later in the list on equal times); and every
 * member of the recomputed {@code tally} equals the document's, and the document has no others.
 * <p>
 * A text that cannot be read as a result document of {@link ResultDocument#FORMAT} (not JSON, a
 * member missing, unknown or of the wrong type, an invalid value, a voter listed twice) is refused
 * with {@link MalformedResultDocumentException} rather than recounted. The document is read with a
 * streaming parser, one ballot at a time.
 */
public final class Recount {

    private static final Pattern WHOLE = Pattern.compile("0|[1-9][0-9]{0,18}");
    private static final Set<String> TOP = Set.of("ballots", "electorate", "format", "proposal", "tally", "track");
    private static final Set<String> BALLOT = Set.of("counted", "hash", "option", "time", "voter", "weight");
    private static final Set<String> ELECTOR = Set.of("chamber", "voter", "weight");
    private static final Set<String> PROPOSAL = Set.of("contentHash", "id", "number");
    private static final Set<String> TRACK = Set.of("chambers", "expedited", "id", "name", "quorum", "threshold",
            "vetoThreshold", "votingEnd", "votingStart");

    private final ProposalRef proposal;
    private final TrackSnapshot track;
    private final ElectorateSnapshot electorate;
    private final int ballotCount;
    private final TallyResult recomputed;
    private final List<String> differences;
    private final String documentSha256;

    private Recount(ProposalRef proposal, TrackSnapshot track, ElectorateSnapshot electorate, int ballotCount,
                    TallyResult recomputed, List<String> differences, String documentSha256) {
        this.proposal = proposal;
        this.track = track;
        this.electorate = electorate;
        this.ballotCount = ballotCount;
        this.recomputed = recomputed;
        this.differences = List.copyOf(differences);
        this.documentSha256 = documentSha256;
    }

    /**
     * Recounts a result document.
     *
     * @throws MalformedResultDocumentException when the text is not a result document this version reads
     */
    public static Recount of(String document) {
        Parsed parsed = parse(document);
        List<String> differences = new ArrayList<>();
        int size = parsed.ballots.size();
        List<CastBallot> eligible = new ArrayList<>(size);
        int[] positions = new int[size];
        int[] voters = new int[size];
        for (int i = 0; i < size; i++) {
            PublishedBallot entry = parsed.ballots.get(i);
            CastBallot ballot = entry.ballot();
            int voter = parsed.electorate.indexOf(ballot.voter());
            if (voter < 0) {
                differences.add(where(i, ballot) + ": not in the electorate; left out of the recount");
                continue;
            }
            long weight = parsed.electorate.weightAt(voter);
            if (entry.weight() != weight) {
                differences.add(where(i, ballot) + ": weight \"" + entry.weight() + "\" but the electorate gives \""
                        + weight + "\"");
            }
            if (!parsed.track.isOpenAt(ballot.time())) {
                differences.add(where(i, ballot) + ": cast at " + ballot.time() + ", outside the voting period");
            }
            if (!ballot.hash().equals(BallotHash.of(parsed.proposal.id(), ballot.voter(), ballot.option(), weight,
                    ballot.time()))) {
                differences.add(where(i, ballot) + ": hash does not match the ballot's content");
            }
            positions[eligible.size()] = i;
            voters[eligible.size()] = voter;
            eligible.add(ballot);
        }
        int[] latest = Tallying.latestPerVoter(parsed.electorate.size(), eligible, voters);
        for (int j = 0; j < eligible.size(); j++) {
            boolean counts = latest[voters[j]] == j;
            boolean flagged = parsed.ballots.get(positions[j]).counted();
            if (counts != flagged) {
                differences.add(where(positions[j], eligible.get(j)) + ": counted " + flagged
                        + " but the recount says " + counts);
            }
        }
        TallyResult recomputed = Tallying.tally(parsed.electorate, eligible, latest, parsed.track.rule());
        compare("tally", parsed.tally, ResultDocument.tallyJson(recomputed), differences);
        String sha256 = documentSha256(document, parsed);
        return new Recount(parsed.proposal, parsed.track, parsed.electorate, parsed.ballots.size(), recomputed,
                differences, sha256);
    }

    private static String where(int position, CastBallot ballot) {
        return "ballots[" + position + "] (voter " + ballot.voter() + ")";
    }

    /**
     * The SHA-256 of the document's RFC 8785 form. A document exactly as {@link ResultDocument} writes it
     * is already in that form, so it is hashed as it is; any other text (pretty-printed, members in
     * another order, a trailing newline) is canonicalised by {@link org.erdtman.jcs.JsonCanonicalizer}
     * first.
     */
    private static String documentSha256(String document, Parsed parsed) {
        MatchingWriter rendition = new MatchingWriter(document);
        ResultDocument.write(rendition, parsed.proposal, parsed.track, parsed.electorate.chambers(),
                parsed.electorate.electors(), parsed.ballots, parsed.tally);
        try {
            return CanonicalJson.sha256Hex(rendition.matchesWhole() ? document.getBytes(StandardCharsets.UTF_8)
                    : CanonicalJson.canonicalUtf8(document));
        } catch (IllegalArgumentException e) {
            throw new MalformedResultDocumentException(e.getMessage(), e);
        }
    }

    /** True when nothing differs: the document's tally, flags and ballots are what its data gives. */
    public boolean reproduced() {
        return differences.isEmpty();
    }

    /** What differs, one line each, in document order, ballots first; empty when reproduced. */
    public List<String> differences() {
        return differences;
    }

    /** The tally computed from the document's electorate, ballots and rule. */
    public TallyResult recomputed() {
        return recomputed;
    }

    /** Lower-case hex SHA-256 of the RFC 8785 form of the document: compare it with the hash on chain. */
    public String documentSha256() {
        return documentSha256;
    }

    public ProposalRef proposal() {
        return proposal;
    }

    public TrackSnapshot track() {
        return track;
    }

    public ElectorateSnapshot electorate() {
        return electorate;
    }

    /** How many ballots the document lists, superseded ones included. */
    public int ballotCount() {
        return ballotCount;
    }

    private record Parsed(ProposalRef proposal, TrackSnapshot track, ElectorateSnapshot electorate,
                          List<PublishedBallot> ballots, JsonObject tally) {
    }

    private static Parsed parse(String document) {
        List<PublishedBallot> ballots = new ArrayList<>();
        List<Elector> electors = new ArrayList<>();
        Map<String, JsonValue> small = new LinkedHashMap<>();
        try (JsonParser parser = CanonicalJson.JSON.createParser(new StringReader(document))) {
            if (!parser.hasNext() || parser.next() != Event.START_OBJECT) {
                throw new MalformedResultDocumentException("A result document is a JSON object");
            }
            Set<String> seen = new TreeSet<>();
            for (Event event = parser.next(); event != Event.END_OBJECT; event = parser.next()) {
                String key = parser.getString();
                if (!TOP.contains(key) || !seen.add(key)) {
                    throw new MalformedResultDocumentException("Unexpected member \"" + key + "\" in a result document");
                }
                Event value = parser.next();
                switch (key) {
                    case "ballots" -> readArray(parser, value, key, (object, path) -> ballots.add(ballot(object, path)));
                    case "electorate" -> readArray(parser, value, key, (object, path) -> electors.add(elector(object, path)));
                    default -> small.put(key, parser.getValue());
                }
            }
            if (parser.hasNext()) {
                throw new MalformedResultDocumentException("Text after the end of the result document");
            }
        } catch (JsonException | IllegalStateException | NoSuchElementException e) {
            throw new MalformedResultDocumentException("Not a JSON result document: " + e.getMessage(), e);
        }
        for (String key : TOP) {
            if (!key.equals("ballots") && !key.equals("electorate") && !small.containsKey(key)) {
                throw new MalformedResultDocumentException("The result document has no \"" + key + "\"");
            }
        }
        if (!(small.get("format") instanceof JsonString format) || !format.getString().equals(ResultDocument.FORMAT)) {
            throw new MalformedResultDocumentException("Not a result document of format " + ResultDocument.FORMAT
                    + ": format is " + small.get("format"));
        }
        JsonObject track = object(small.get("track"), "track");
        try {
            ProposalRef proposal = proposal(object(small.get("proposal"), "proposal"));
            ElectorateSnapshot electorate = ElectorateSnapshot.of(chambers(track), electors);
            return new Parsed(proposal, track(track), electorate, ballots, object(small.get("tally"), "tally"));
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new MalformedResultDocumentException("Invalid result document: " + e.getMessage(), e);
        }
    }

    private interface ObjectReader {
        void read(JsonObject object, String path);
    }

    private static void readArray(JsonParser parser, Event start, String key, ObjectReader reader) {
        if (start != Event.START_ARRAY) {
            throw new MalformedResultDocumentException("\"" + key + "\" is an array");
        }
        int i = 0;
        for (Event event = parser.next(); event != Event.END_ARRAY; event = parser.next()) {
            String path = key + "[" + i++ + "]";
            if (event != Event.START_OBJECT) {
                throw new MalformedResultDocumentException(path + " is an object");
            }
            JsonObject object = parser.getObject();
            try {
                reader.read(object, path);
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw new MalformedResultDocumentException(path + ": " + e.getMessage(), e);
            }
        }
    }

    private static PublishedBallot ballot(JsonObject object, String path) {
        members(object, BALLOT, path);
        CastBallot ballot = new CastBallot(string(object, "voter", path),
                BallotOption.fromJson(string(object, "option", path)),
                Instant.parse(string(object, "time", path)), string(object, "hash", path));
        return new PublishedBallot(ballot, whole(object, "weight", path), bool(object, "counted", path));
    }

    private static Elector elector(JsonObject object, String path) {
        members(object, ELECTOR, path);
        return new Elector(string(object, "voter", path), whole(object, "weight", path),
                Chamber.fromJson(string(object, "chamber", path)));
    }

    private static ProposalRef proposal(JsonObject object) {
        members(object, PROPOSAL, "proposal");
        if (!(object.get("number") instanceof JsonNumber number) || !number.isIntegral()) {
            throw new MalformedResultDocumentException("proposal.number is a whole number");
        }
        return new ProposalRef(string(object, "id", "proposal"), number.intValueExact(),
                string(object, "contentHash", "proposal"));
    }

    private static Set<Chamber> chambers(JsonObject track) {
        if (!(track.get("chambers") instanceof JsonArray array)) {
            throw new MalformedResultDocumentException("track.chambers is an array");
        }
        Set<Chamber> chambers = EnumSet.noneOf(Chamber.class);
        for (JsonValue value : array) {
            if (!(value instanceof JsonString name) || !chambers.add(Chamber.fromJson(name.getString()))) {
                throw new MalformedResultDocumentException("track.chambers lists chamber names, each once");
            }
        }
        return chambers;
    }

    private static TrackSnapshot track(JsonObject object) {
        members(object, TRACK, "track");
        TallyRule rule = TallyRule.of(string(object, "quorum", "track"), string(object, "threshold", "track"),
                string(object, "vetoThreshold", "track"));
        try {
            return new TrackSnapshot(string(object, "id", "track"), string(object, "name", "track"), rule,
                    Instant.parse(string(object, "votingStart", "track")),
                    Instant.parse(string(object, "votingEnd", "track")), bool(object, "expedited", "track"));
        } catch (DateTimeParseException e) {
            throw new MalformedResultDocumentException("track: " + e.getMessage(), e);
        }
    }

    private static void members(JsonObject object, Set<String> expected, String path) {
        if (!object.keySet().equals(expected)) {
            throw new MalformedResultDocumentException(path + " has the members " + new TreeSet<>(expected)
                    + ", not " + new TreeSet<>(object.keySet()));
        }
    }

    private static JsonObject object(JsonValue value, String path) {
        if (!(value instanceof JsonObject object)) {
            throw new MalformedResultDocumentException(path + " is an object");
        }
        return object;
    }

    private static String string(JsonObject object, String key, String path) {
        if (!(object.get(key) instanceof JsonString value)) {
            throw new MalformedResultDocumentException(path + "." + key + " is a string");
        }
        return value.getString();
    }

    private static boolean bool(JsonObject object, String key, String path) {
        JsonValue value = object.get(key);
        if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
            throw new MalformedResultDocumentException(path + "." + key + " is true or false");
        }
        return value == JsonValue.TRUE;
    }

    /** A weight: a decimal string of a whole number without sign or leading zeros that fits a long. */
    private static long whole(JsonObject object, String key, String path) {
        String text = string(object, key, path);
        if (!WHOLE.matcher(text).matches() || new BigDecimal(text).compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            throw new MalformedResultDocumentException(path + "." + key + " is a whole number as a string, was " + text);
        }
        return Long.parseLong(text);
    }

    /** Lists every leaf where the two JSON values differ, by path. */
    private static void compare(String path, JsonValue document, JsonValue recount, List<String> differences) {
        if (document instanceof JsonObject left && recount instanceof JsonObject right) {
            Set<String> keys = new TreeSet<>(left.keySet());
            keys.addAll(right.keySet());
            for (String key : keys) {
                compare(path + "." + key, left.get(key), right.get(key), differences);
            }
        } else if (document == null || recount == null || !document.equals(recount)) {
            differences.add(path + ": document " + (document == null ? "has none" : document.toString())
                    + ", recount " + (recount == null ? "has none" : recount.toString()));
        }
    }
}
