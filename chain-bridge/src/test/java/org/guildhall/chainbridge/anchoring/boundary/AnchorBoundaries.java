package org.guildhall.chainbridge.anchoring.boundary;

import org.guildhall.chainbridge.anchoring.control.AnchorRegistryReader;
import org.guildhall.chainbridge.chain.control.ContractDirectory;
import org.guildhall.chainbridge.outbox.control.OutboxStore;

/** Hand wiring of the anchoring boundaries for tests outside this package, as the container would. */
public final class AnchorBoundaries {

    private AnchorBoundaries() {
    }

    public static AnchorOutbox outbox(OutboxStore store) {
        AnchorOutbox outbox = new AnchorOutbox();
        outbox.store = store;
        return outbox;
    }

    public static AnchorRecords records(OutboxStore store, ContractDirectory contracts, AnchorRegistryReader reader) {
        AnchorRecords records = new AnchorRecords();
        records.store = store;
        records.contracts = contracts;
        records.reader = reader;
        return records;
    }

    /** Delivers the event as CDI would, synchronously. */
    public static void fire(AnchorOutbox outbox, org.guildhall.registry.anchoring.boundary.AnchorBatchSealed sealed) {
        outbox.onSealed(sealed);
    }
}
