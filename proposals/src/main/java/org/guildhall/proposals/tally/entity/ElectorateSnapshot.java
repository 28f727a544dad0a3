package org.guildhall.proposals.tally.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The electorate of one vote, frozen when voting opens: which chambers vote, and every voter with its
 * weight and chamber. Later changes to membership or to the track never reach a snapshot.
 * <p>
 * Invariants: at least one chamber; voter ids unique; every voter in a declared chamber; the total
 * weight fits in a {@code long} (so no sum of weights can overflow). Voters are kept sorted by id
 * (UTF-16 order, as {@link String#compareTo}), so the same electorate always lists the same way. A
 * declared chamber may have no voters: its turnout is zero and it fails its quorum.
 */
public final class ElectorateSnapshot {

    private final Set<Chamber> chambers;
    private final List<Elector> electors;
    private final Map<String, Integer> indexByVoter;
    private final long[] weights;
    private final byte[] chamberOrdinals;
    private final long[] weightByChamber;

    private ElectorateSnapshot(Set<Chamber> chambers, List<Elector> sorted) {
        this.chambers = Collections.unmodifiableSet(EnumSet.copyOf(chambers));
        this.electors = Collections.unmodifiableList(sorted);
        this.indexByVoter = new HashMap<>(Math.max(16, (int) (sorted.size() / 0.75f) + 1));
        this.weights = new long[sorted.size()];
        this.chamberOrdinals = new byte[sorted.size()];
        this.weightByChamber = new long[Chamber.values().length];
        long total = 0;
        for (int i = 0; i < sorted.size(); i++) {
            Elector elector = sorted.get(i);
            if (!chambers.contains(elector.chamber())) {
                throw new IllegalArgumentException(elector.voter() + " votes in " + elector.chamber().jsonName()
                        + ", which is not a chamber of this electorate");
            }
            if (indexByVoter.putIfAbsent(elector.voter(), i) != null) {
                throw new IllegalArgumentException("Voter listed twice in the electorate: " + elector.voter());
            }
            weights[i] = elector.weight();
            chamberOrdinals[i] = (byte) elector.chamber().ordinal();
            try {
                total = Math.addExact(total, elector.weight());
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException("The total weight of the electorate is too large", e);
            }
            weightByChamber[elector.chamber().ordinal()] += elector.weight();
        }
    }

    /**
     * Freezes an electorate.
     *
     * @param chambers the chambers that vote (one or both); each must pass for the proposal to pass
     * @param electors the voters, in any order
     */
    public static ElectorateSnapshot of(Collection<Chamber> chambers, Collection<Elector> electors) {
        Objects.requireNonNull(chambers, "chambers");
        Objects.requireNonNull(electors, "electors");
        if (chambers.isEmpty()) {
            throw new IllegalArgumentException("An electorate has at least one chamber");
        }
        List<Elector> sorted = new ArrayList<>(electors);
        sorted.forEach(e -> Objects.requireNonNull(e, "elector"));
        sorted.sort(Comparator.comparing(Elector::voter));
        return new ElectorateSnapshot(EnumSet.copyOf(chambers), sorted);
    }

    /** An electorate of one chamber. */
    public static ElectorateSnapshot of(Chamber chamber, Collection<Elector> electors) {
        return of(EnumSet.of(chamber), electors);
    }

    /** The voting chambers, in {@link Chamber} order. */
    public Set<Chamber> chambers() {
        return chambers;
    }

    /** The voters, sorted by id. */
    public List<Elector> electors() {
        return electors;
    }

    public int size() {
        return electors.size();
    }

    /** The position of the voter in {@link #electors()}, or -1 when it is not in this electorate. */
    public int indexOf(String voter) {
        Integer index = indexByVoter.get(voter);
        return index == null ? -1 : index;
    }

    public boolean contains(String voter) {
        return indexOf(voter) >= 0;
    }

    /** The weight of the voter at this position; for tight loops, without a lookup by id. */
    public long weightAt(int index) {
        return weights[index];
    }

    /** The {@link Chamber#ordinal()} of the voter at this position. */
    public int chamberOrdinalAt(int index) {
        return chamberOrdinals[index];
    }

    public long weightOf(Chamber chamber) {
        return weightByChamber[chamber.ordinal()];
    }

    public long totalWeight() {
        return Arrays.stream(weightByChamber).sum();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ElectorateSnapshot that && chambers.equals(that.chambers)
                && electors.equals(that.electors);
    }

    @Override
    public int hashCode() {
        return Objects.hash(chambers, electors);
    }

    @Override
    public String toString() {
        return "ElectorateSnapshot[chambers=" + chambers + ", " + electors.size() + " voters]";
    }
}
