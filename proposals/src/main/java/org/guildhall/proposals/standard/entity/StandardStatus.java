package org.guildhall.proposals.standard.entity;

/** Whether a version of a standard is the one in force. */
public enum StandardStatus {
    ACTIVE, SUPERSEDED
}
