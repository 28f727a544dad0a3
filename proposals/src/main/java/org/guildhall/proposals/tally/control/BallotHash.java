package org.guildhall.proposals.tally.control;

import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import org.guildhall.proposals.tally.entity.BallotOption;

/**
 * The hash on a ballot's receipt: lower-case hex SHA-256 of the UTF-8 bytes of the RFC 8785 form of
 * <pre>{"option":"yes","proposal":"&lt;proposal id&gt;","time":"2025-03-02T08:00:00Z","voter":"&lt;voter id&gt;","weight":"1"}</pre>
 * where {@code time} is {@link Instant#toString()} (ISO-8601 in UTC, fractions of a second in groups
 * of three digits, none when zero) and {@code weight} is the voter's frozen weight as a decimal
 * string. Store ballot times with the precision you hash them with (PostgreSQL keeps microseconds):
 * the hash is of the instant exactly.
 */
public final class BallotHash {

    private BallotHash() {
    }

    public static String of(String proposalId, String voter, BallotOption option, long weight, Instant time) {
        return CanonicalJson.sha256Hex(canonicalJson(proposalId, voter, option, weight, time)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** The canonical JSON text that {@link #of} hashes. */
    public static String canonicalJson(String proposalId, String voter, BallotOption option, long weight, Instant time) {
        Objects.requireNonNull(proposalId, "proposalId");
        Objects.requireNonNull(voter, "voter");
        Objects.requireNonNull(option, "option");
        Objects.requireNonNull(time, "time");
        if (weight < 0) {
            throw new IllegalArgumentException("A weight cannot be negative");
        }
        StringWriter text = new StringWriter(160);
        try (JsonGenerator json = CanonicalJson.JSON.createGenerator(text)) {
            json.writeStartObject()
                    .write("option", option.jsonName())
                    .write("proposal", proposalId)
                    .write("time", time.toString())
                    .write("voter", voter)
                    .write("weight", Long.toString(weight))
                    .writeEnd();
        }
        return CanonicalJson.canonicalize(text.toString());
    }
}
