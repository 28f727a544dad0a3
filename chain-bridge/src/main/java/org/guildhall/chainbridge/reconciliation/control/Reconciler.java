package org.guildhall.chainbridge.reconciliation.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.guildhall.chainbridge.reconciliation.entity.ChainEvent;
import org.guildhall.chainbridge.reconciliation.entity.Difference;
import org.guildhall.chainbridge.reconciliation.entity.Difference.Kind;
import org.guildhall.chainbridge.reconciliation.entity.DomainFact;
import org.guildhall.chainbridge.reconciliation.entity.ExpectedWrite;

/**
 * Compares three accounts of what the chain holds: the contracts' events (read from the node), the outbox (what
 * the bridge wrote), and the stored domain facts (what the decisions say now). Pure: the caller reads all three.
 */
public final class Reconciler {

    private Reconciler() {
    }

    private record Key(String contract, String itemId) {
    }

    public static List<Difference> compare(Collection<ExpectedWrite> outbox, Collection<ChainEvent> events,
                                           Collection<DomainFact> domain) {
        Map<Key, List<ChainEvent>> onChain = events.stream()
                .collect(Collectors.groupingBy(e -> new Key(e.contract(), e.itemId().toLowerCase())));
        Map<Key, ExpectedWrite> written = new HashMap<>();
        outbox.forEach(w -> written.putIfAbsent(new Key(w.contract(), w.itemId()), w));
        Map<Key, DomainFact> facts = new HashMap<>();
        domain.forEach(f -> facts.putIfAbsent(new Key(f.contract(), f.itemId().toLowerCase()), f));
        List<Difference> differences = new ArrayList<>();

        for (ExpectedWrite write : outbox) {
            List<ChainEvent> found = onChain.getOrDefault(new Key(write.contract(), write.itemId()), List.of());
            if (found.isEmpty()) {
                if (write.confirmed()) {
                    differences.add(new Difference(Kind.MISSING_ON_CHAIN, write.contract(), write.itemId(),
                            write.kind() + " " + write.reference() + " confirmed", "no event"));
                }
            } else if (write.content() != null && found.stream().noneMatch(e -> write.content().equalsIgnoreCase(e.data()))) {
                differences.add(new Difference(Kind.HASH_DIFFERS, write.contract(), write.itemId(), write.content(),
                        found.get(0).data()));
            }
        }
        for (Map.Entry<Key, List<ChainEvent>> entry : onChain.entrySet()) {
            Key key = entry.getKey();
            if (!written.containsKey(key) && !facts.containsKey(key)) {
                ChainEvent first = entry.getValue().get(0);
                differences.add(new Difference(Kind.UNKNOWN_ON_CHAIN, key.contract(), key.itemId(), null,
                        first.event() + " in block " + first.block() + " (" + first.txHash() + ")"));
            }
            entry.getValue().stream().collect(Collectors.groupingBy(ChainEvent::event, Collectors.counting()))
                    .forEach((event, count) -> {
                        if (count > 1) {
                            differences.add(new Difference(Kind.DUPLICATE_EVENT, key.contract(), key.itemId(),
                                    "one " + event, count + " " + event + " events"));
                        }
                    });
        }
        for (DomainFact fact : domain) {
            Key key = new Key(fact.contract(), fact.itemId().toLowerCase());
            ExpectedWrite write = written.get(key);
            List<ChainEvent> found = onChain.getOrDefault(key, List.of());
            if (fact.problem() != null) {
                differences.add(new Difference(Kind.DOMAIN_DIFFERS, fact.contract(), key.itemId(), fact.description(),
                        fact.problem()));
            } else if (write != null && write.content() != null && !write.content().equalsIgnoreCase(fact.content())) {
                differences.add(new Difference(Kind.DOMAIN_DIFFERS, fact.contract(), key.itemId(),
                        write.content(), fact.description() + " now says " + fact.content()));
            } else if (write == null && !found.isEmpty()
                    && found.stream().noneMatch(e -> fact.content().equalsIgnoreCase(e.data()))) {
                differences.add(new Difference(Kind.DOMAIN_DIFFERS, fact.contract(), key.itemId(),
                        found.get(0).data(), fact.description() + " now says " + fact.content()));
            }
        }
        return differences;
    }
}
