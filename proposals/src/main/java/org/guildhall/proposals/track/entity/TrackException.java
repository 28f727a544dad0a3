package org.guildhall.proposals.track.entity;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** Track settings that break the rules, with every problem found; or an unknown track. */
@ApplicationException(rollback = true)
public class TrackException extends RuntimeException {

    private final List<String> problems;
    private final boolean notFound;

    private TrackException(String message, List<String> problems, boolean notFound) {
        super(message);
        this.problems = List.copyOf(problems);
        this.notFound = notFound;
    }

    public static TrackException invalid(List<String> problems) {
        return new TrackException("The track settings are invalid: " + String.join("; ", problems), problems, false);
    }

    public static TrackException notFound(String id) {
        return new TrackException("No voting track " + id + ".", List.of(), true);
    }

    public List<String> problems() {
        return problems;
    }

    public boolean isNotFound() {
        return notFound;
    }
}
