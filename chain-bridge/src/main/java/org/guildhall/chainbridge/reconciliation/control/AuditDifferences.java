package org.guildhall.chainbridge.reconciliation.control;

import java.util.List;
import org.guildhall.chainbridge.reconciliation.entity.Difference;
import org.guildhall.registry.audit.entity.ChainFinding;
import org.guildhall.registry.audit.entity.ChainVerification;

/** The audit hash chain's findings as reconciliation differences: the stored trail no longer says what was linked. */
public final class AuditDifferences {

    /** The "contract" an audit finding is filed under. */
    public static final String AUDIT_TRAIL = "AuditTrail";

    private AuditDifferences() {
    }

    public static List<Difference> of(ChainVerification verification) {
        return verification.findings().stream().map(AuditDifferences::of).toList();
    }

    private static Difference of(ChainFinding finding) {
        String item = finding.recordId() != null ? "record " + finding.recordId() : "seq " + finding.seq();
        return new Difference(Difference.Kind.DOMAIN_DIFFERS, AUDIT_TRAIL, item, finding.kind().name(), finding.message());
    }
}
