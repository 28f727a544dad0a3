package org.guildhall.proposals.tally.boundary;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.guildhall.proposals.tally.control.MalformedResultDocumentException;
import org.guildhall.proposals.tally.control.Recount;
import org.guildhall.proposals.tally.entity.ChamberTally;
import org.guildhall.proposals.tally.entity.OptionTotals;
import org.guildhall.proposals.tally.entity.TallyResult;
import org.guildhall.proposals.tally.entity.TrackSnapshot;

/**
 * {@code VerifyTallyCommand <result-document.json>}: recounts a downloaded result document and says
 * whether it reproduces. Prints the recomputed tally, then either
 * {@code OK: tally reproduced (sha256 <hash>)} and exits 0, or the differences and exits 1. A missing
 * argument, an unreadable file or a text that is not a result document exits 2. The hash printed is
 * the SHA-256 of the document's RFC 8785 form, to compare with the one on chain.
 * <p>
 * Runs outside the server: needs the proposals jar, java-json-canonicalization, jakarta.json-api and
 * an implementation of it (parsson) on the class path, nothing else.
 */
public final class VerifyTallyCommand {

    static final int REPRODUCED = 0;
    static final int DIFFERENT = 1;
    static final int UNUSABLE = 2;

    private VerifyTallyCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 1) {
            err.println("usage: VerifyTallyCommand <result-document.json>");
            return UNUSABLE;
        }
        String document;
        try {
            document = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        } catch (IOException | InvalidPathException e) {
            err.println("cannot read " + args[0] + ": " + e);
            return UNUSABLE;
        }
        Recount recount;
        try {
            recount = Recount.of(document);
        } catch (MalformedResultDocumentException e) {
            err.println("not a result document: " + e.getMessage());
            return UNUSABLE;
        } catch (ExceptionInInitializerError | NoClassDefFoundError e) {
            err.println("cannot recount: no Jakarta JSON Processing implementation (parsson) on the class path: " + e);
            return UNUSABLE;
        }
        print(recount, out);
        if (recount.reproduced()) {
            out.println("OK: tally reproduced (sha256 " + recount.documentSha256() + ")");
            return REPRODUCED;
        }
        out.println("FAILED: the document does not reproduce, " + recount.differences().size()
                + " difference(s) (sha256 " + recount.documentSha256() + "):");
        recount.differences().forEach(difference -> out.println("  " + difference));
        return DIFFERENT;
    }

    private static void print(Recount recount, PrintStream out) {
        TrackSnapshot track = recount.track();
        TallyResult tally = recount.recomputed();
        out.println("proposal " + recount.proposal().number() + " (" + recount.proposal().id() + ", content sha256 "
                + recount.proposal().contentHash() + ")");
        out.println("track " + track.id() + " \"" + track.name() + "\"" + (track.expedited() ? " (expedited)" : "")
                + ": quorum " + track.rule().quorum().toPlainString() + ", threshold "
                + track.rule().threshold().toPlainString() + ", veto threshold "
                + track.rule().vetoThreshold().toPlainString() + ", voting " + track.votingStart() + " to "
                + track.votingEnd());
        out.println(recount.electorate().size() + " voters, " + recount.ballotCount() + " ballots");
        out.println("recomputed tally:");
        for (ChamberTally chamber : tally.chambers()) {
            out.println("  " + chamber.chamber().jsonName() + ": " + totals(chamber.totals()) + " of "
                    + chamber.electorateWeight() + "; turnout " + chamber.turnout().toPlainString()
                    + (chamber.quorumReached() ? ", quorum reached" : ", quorum not reached")
                    + "; " + chamber.outcome().jsonName());
        }
        out.println("  overall: " + totals(tally.totals()) + " of " + tally.electorateWeight() + "; turnout "
                + tally.turnout().toPlainString() + "; quorumReached " + tally.quorumReached() + ", vetoed "
                + tally.vetoed() + ", passed " + tally.passed() + "; " + tally.outcome().jsonName());
    }

    private static String totals(OptionTotals totals) {
        return "yes " + totals.yes() + ", no " + totals.no() + ", noWithVeto " + totals.noWithVeto() + ", abstain "
                + totals.abstain();
    }
}
