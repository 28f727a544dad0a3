package org.guildhall.chainbridge.chain.control;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.web3j.crypto.Hash;

/**
 * The custom errors of the federation's contracts, recognised in what a node says when it refuses a call:
 * the revert data ({@code 0x<selector><arguments>}) appears in the error message (Hardhat: "unrecognized
 * custom error (return data: 0x…)") or in the error's data (Besu, geth).
 */
public final class ContractErrors {

    /** A refusal by one of the contracts: the error's name and, where it has one, its first argument word. */
    public record Refusal(String name, String firstWord) {

        /** The contract holds this id already: the write was made before. */
        public boolean alreadyApplied() {
            return name.startsWith("Duplicate");
        }
    }

    private static final List<String> SIGNATURES = List.of(
            "NotFederationSigner()", "ZeroAddress()",
            "DuplicateDecision(bytes32)", "InvalidOutcome()",
            "DuplicateBatch(bytes32)", "ZeroRoot()", "ZeroSize()",
            "ZeroChangeId()", "ZeroEnode()", "InvalidHost()", "ZeroPort()", "InvalidStatus(uint8)",
            "DuplicateChange(bytes32)", "UnknownNode(bytes32,bytes32)", "InvalidTransition(bytes32,bytes32,uint8,uint8)");

    /** Selector (8 hex digits) to error name. */
    private static final Map<String, String> NAMES = SIGNATURES.stream().collect(Collectors.toUnmodifiableMap(
            s -> Hash.sha3String(s).substring(2, 10), s -> s.substring(0, s.indexOf('('))));

    private static final Pattern REVERT_DATA = Pattern.compile("0x([0-9a-f]{8})([0-9a-f]{64})?");

    private ContractErrors() {
    }

    /** The contract error that {@code texts} (an error message, its data) carry, if any. */
    public static Optional<Refusal> in(String... texts) {
        return Stream.of(texts).filter(t -> t != null && !t.isEmpty())
                .map(t -> t.toLowerCase(Locale.ROOT))
                .flatMap(ContractErrors::refusals)
                .findFirst();
    }

    private static Stream<Refusal> refusals(String text) {
        Matcher matcher = REVERT_DATA.matcher(text);
        Stream.Builder<Refusal> found = Stream.builder();
        while (matcher.find()) {
            String name = NAMES.get(matcher.group(1));
            if (name != null) {
                found.add(new Refusal(name, matcher.group(2)));
            }
        }
        return found.build();
    }
}
