package org.guildhall.chainbridge.reconciliation.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.guildhall.chainbridge.chain.control.ContractArtifact;
import org.guildhall.chainbridge.chain.control.GovernanceLedgerCalls;
import org.guildhall.chainbridge.reconciliation.entity.ChainEvent;
import org.guildhall.chainbridge.reconciliation.entity.Difference;
import org.guildhall.chainbridge.reconciliation.entity.Difference.Kind;
import org.guildhall.chainbridge.reconciliation.entity.DomainFact;
import org.guildhall.chainbridge.reconciliation.entity.ExpectedWrite;
import org.guildhall.proposals.decision.entity.DecisionFact;
import org.junit.jupiter.api.Test;
import org.web3j.utils.Numeric;

class ReconcilerTest {

    private static final String LEDGER = ContractArtifact.GOVERNANCE_LEDGER;
    private static final UUID DECISION = UUID.fromString("00112233-4455-6677-8899-aabbccddeeff");
    private static final String RESULT = "ab".repeat(32);
    private static final String ID = Numeric.toHexString(GovernanceLedgerCalls.decisionId(DECISION)).toLowerCase();
    private static final String CONTENT = RESULT + String.format("%064x", 1);

    private static ExpectedWrite confirmedWrite() {
        return ExpectedWrite.of("DECISION", DECISION.toString(), LEDGER,
                GovernanceLedgerCalls.recordDecision(DECISION, RESULT, 1), true);
    }

    private static ChainEvent event(String data) {
        return new ChainEvent(LEDGER, "0x01", "DecisionRecorded", ID, data, "0xfeed", 7);
    }

    private static DomainFact stored(String resultSha256, int outcome, String documentSha256) {
        return DecisionDomain.of(List.of(new DecisionFact(DECISION, outcome, resultSha256, documentSha256))).get(0);
    }

    @Test
    void theOutboxsIdAndContentAreTheCallsArgumentsAsTheEventCarriesThem() {
        ExpectedWrite write = confirmedWrite();
        assertThat(write.itemId()).isEqualTo(ID);
        assertThat(write.content()).isEqualTo(CONTENT);
    }

    @Test
    void agreeingAccountsHaveNoDifference() {
        assertThat(Reconciler.compare(List.of(confirmedWrite()), List.of(event(CONTENT)), List.of(stored(RESULT, 1, RESULT))))
                .isEmpty();
    }

    @Test
    void aConfirmedWriteWithoutAnEventIsMissingOnChainButAPendingOneIsNot() {
        assertThat(Reconciler.compare(List.of(confirmedWrite()), List.of(), List.of()))
                .extracting(Difference::kind).containsExactly(Kind.MISSING_ON_CHAIN);
        ExpectedWrite pending = ExpectedWrite.of("DECISION", DECISION.toString(), LEDGER,
                GovernanceLedgerCalls.recordDecision(DECISION, RESULT, 1), false);
        assertThat(Reconciler.compare(List.of(pending), List.of(), List.of())).isEmpty();
    }

    @Test
    void anEventNobodyWroteIsUnknownAndTwoAreADuplicate() {
        assertThat(Reconciler.compare(List.of(), List.of(event(CONTENT)), List.of()))
                .extracting(Difference::kind).containsExactly(Kind.UNKNOWN_ON_CHAIN);
        assertThat(Reconciler.compare(List.of(confirmedWrite()), List.of(event(CONTENT), event(CONTENT)), List.of()))
                .extracting(Difference::kind).containsExactly(Kind.DUPLICATE_EVENT);
    }

    @Test
    void otherContentOnChainIsAHashThatDiffers() {
        String other = "cd".repeat(32) + String.format("%064x", 1);
        assertThat(Reconciler.compare(List.of(confirmedWrite()), List.of(event(other)), List.of()))
                .singleElement().satisfies(d -> {
                    assertThat(d.kind()).isEqualTo(Kind.HASH_DIFFERS);
                    assertThat(d.found()).isEqualTo(other);
                });
    }

    @Test
    void aStoredDecisionChangedSinceItWasWrittenDiffersFromTheDomain() {
        assertThat(Reconciler.compare(List.of(confirmedWrite()), List.of(event(CONTENT)),
                List.of(stored("ef".repeat(32), 1, "ef".repeat(32)))))
                .singleElement().satisfies(d -> {
                    assertThat(d.kind()).isEqualTo(Kind.DOMAIN_DIFFERS);
                    assertThat(d.found()).contains("decision " + DECISION);
                });
        assertThat(Reconciler.compare(List.of(confirmedWrite()), List.of(event(CONTENT)), List.of(stored(RESULT, 2, RESULT))))
                .extracting(Difference::kind).containsExactly(Kind.DOMAIN_DIFFERS);
    }

    @Test
    void aResultDocumentEditedBehindItsHashDiffersFromTheDomain() {
        assertThat(Reconciler.compare(List.of(confirmedWrite()), List.of(event(CONTENT)),
                List.of(stored(RESULT, 1, "99".repeat(32)))))
                .singleElement().satisfies(d -> {
                    assertThat(d.kind()).isEqualTo(Kind.DOMAIN_DIFFERS);
                    assertThat(d.found()).contains("result document");
                });
    }
}
