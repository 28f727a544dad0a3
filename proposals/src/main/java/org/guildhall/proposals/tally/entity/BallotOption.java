package org.guildhall.proposals.tally.entity;

/** The options of a ballot, as in Cosmos SDK x/gov, with the names they have in result documents. */
public enum BallotOption {
    YES("yes"),
    NO("no"),
    NO_WITH_VETO("noWithVeto"),
    ABSTAIN("abstain");

    private final String jsonName;

    BallotOption(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }

    /** The option with this JSON name; exact match, case-sensitive. */
    public static BallotOption fromJson(String name) {
        for (BallotOption option : values()) {
            if (option.jsonName.equals(name)) {
                return option;
            }
        }
        throw new IllegalArgumentException("Unknown ballot option: " + name);
    }
}
