package org.guildhall.proposals.tally.entity;

/**
 * A part of an electorate that decides on its own: member organisations, or community members. When
 * an electorate has both chambers, a proposal passes only when both pass. The declaration order is
 * the order in which chambers appear in tallies and in the overall outcome's precedence.
 */
public enum Chamber {
    ORGANISATIONS("organisations"),
    COMMUNITY("community");

    private final String jsonName;

    Chamber(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }

    /** The chamber with this JSON name; exact match, case-sensitive. */
    public static Chamber fromJson(String name) {
        for (Chamber chamber : values()) {
            if (chamber.jsonName.equals(name)) {
                return chamber;
            }
        }
        throw new IllegalArgumentException("Unknown chamber: " + name);
    }
}
