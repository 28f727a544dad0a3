package org.guildhall.proposals.track.entity;

/** The kinds of decision a track can serve. Some are executable: passing them changes the federation. */
public enum DecisionKind {
    STANDARD_ADOPTION(false),
    META_PROCESS(false),
    PARAMETER_CHANGE(true),
    NODE_ADMISSION(true),
    DOMAIN_DELEGATION(true);

    private final boolean executable;

    DecisionKind(boolean executable) {
        this.executable = executable;
    }

    /** A passed decision of this kind triggers an action in the context that owns it. */
    public boolean isExecutable() {
        return executable;
    }
}
