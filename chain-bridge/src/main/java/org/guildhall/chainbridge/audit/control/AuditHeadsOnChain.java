package org.guildhall.chainbridge.audit.control;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.guildhall.chainbridge.chain.control.AnchorRegistryCalls;
import org.guildhall.chainbridge.reconciliation.entity.ChainEvent;
import org.guildhall.registry.audit.boundary.AuditChainCheck.AnchoredHead;
import org.guildhall.registry.audit.entity.ChainAnchor;
import org.web3j.utils.Numeric;

/**
 * Picks the audit heads out of the AnchorRegistry's events without trusting the database: an anchor is an audit
 * head when its batch id is the one derived from its size (the seq it claims).
 */
public final class AuditHeadsOnChain {

    private AuditHeadsOnChain() {
    }

    public static List<AnchoredHead> in(List<ChainEvent> events) {
        List<AnchoredHead> heads = new ArrayList<>();
        for (ChainEvent event : events) {
            if (!"BatchAnchored".equals(event.event()) || event.data().length() < 128) {
                continue;
            }
            String root = event.data().substring(0, 64);
            BigInteger size = new BigInteger(event.data().substring(64, 128), 16);
            if (size.bitLength() > 62 || size.signum() <= 0) {
                continue;
            }
            long seq = size.longValueExact();
            var batch = ChainAnchor.batchIdOf(seq);
            if (Numeric.toHexString(AnchorRegistryCalls.batchId(batch)).equalsIgnoreCase(event.itemId())) {
                heads.add(new AnchoredHead(batch, seq, root));
            }
        }
        return heads;
    }
}
