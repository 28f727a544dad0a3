package org.guildhall.registry.identifier.control;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.guildhall.registry.identifier.entity.IdentifierException;
import org.guildhall.registry.identifier.entity.IdentifierMetadata;
import org.guildhall.registry.identifier.entity.IdentifierOperation;
import org.guildhall.registry.identifier.entity.IdentifierVersion;

/**
 * Which version of a history a read asks for: the latest, the one numbered {@code versionId}, or the one
 * in force at {@code versionTime} (RFC 3339); and the resolution metadata of that version.
 */
public final class VersionSelection {

    private VersionSelection() {
    }

    /** The index in {@code history} (oldest first, not empty) of the version asked for. */
    public static int select(List<IdentifierVersion> history, String versionId, String versionTime) {
        String handle = history.get(0).getHandle();
        if (versionId != null && versionTime != null) {
            throw IdentifierException.invalid("invalid-input", "Give versionId or versionTime, not both.");
        }
        if (versionId != null) {
            for (int i = 0; i < history.size(); i++) {
                if (Integer.toString(history.get(i).getVersionId()).equals(versionId.strip())) {
                    return i;
                }
            }
            throw new IdentifierException(IdentifierException.Reason.NOT_FOUND, "identifier-not-found",
                    handle + " has no version " + versionId + ".");
        }
        if (versionTime != null) {
            Instant time = instant(versionTime);
            int found = -1;
            for (int i = 0; i < history.size() && !history.get(i).getVersionTime().isAfter(time); i++) {
                found = i;
            }
            if (found < 0) {
                throw new IdentifierException(IdentifierException.Reason.NOT_FOUND, "identifier-not-found",
                        handle + " did not exist at " + versionTime + ".");
            }
            return found;
        }
        return history.size() - 1;
    }

    /** The resolution metadata of the version at {@code index}. */
    public static IdentifierMetadata metadata(List<IdentifierVersion> history, int index) {
        IdentifierVersion version = history.get(index);
        IdentifierVersion next = index + 1 < history.size() ? history.get(index + 1) : null;
        return new IdentifierMetadata(history.get(0).getVersionTime(), index == 0 ? null : version.getVersionTime(),
                version.getOperation() == IdentifierOperation.WITHDRAW, Integer.toString(version.getVersionId()),
                version.getVersionTime(), next == null ? null : Integer.toString(next.getVersionId()),
                next == null ? null : next.getVersionTime(), version.getContentSha256());
    }

    private static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw IdentifierException.invalid("invalid-input",
                    "versionTime is an RFC 3339 date-time such as 2026-01-31T12:00:00Z, not '" + text + "'.");
        }
    }
}
