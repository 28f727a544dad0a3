package org.guildhall.onboarding.application.entity;

import jakarta.ejb.ApplicationException;

/**
 * An onboarding action the rules refuse. {@link #problem()} is the stable name of the refusal (the
 * API's problem type, e.g. {@code invalid-enode}), the message is for the user. Raised before anything
 * is written, and it rolls the transaction back, so a refused request leaves nothing behind.
 */
@ApplicationException(rollback = true)
public class OnboardingException extends RuntimeException {

    public enum Reason { NOT_FOUND, CONFLICT, FORBIDDEN, INVALID, UNAVAILABLE }

    private final Reason reason;
    private final String problem;

    public OnboardingException(Reason reason, String problem, String message) {
        super(message);
        this.reason = reason;
        this.problem = problem;
    }

    public Reason reason() {
        return reason;
    }

    public String problem() {
        return problem;
    }

    public static OnboardingException notFound(String what) {
        return new OnboardingException(Reason.NOT_FOUND, "not-found", what);
    }

    public static OnboardingException invalid(String problem, String message) {
        return new OnboardingException(Reason.INVALID, problem, message);
    }

    public static OnboardingException conflict(String problem, String message) {
        return new OnboardingException(Reason.CONFLICT, problem, message);
    }

    public static OnboardingException forbidden(String message) {
        return new OnboardingException(Reason.FORBIDDEN, "forbidden", message);
    }
}
