package org.guildhall.portal.proposals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/** How the proposal pages write numbers, hashes, shares and waiting times. */
@Named
@ApplicationScoped
public class ProposalFormat {

    @Inject
    Clock clock;

    /** "GIP-12", or "—" for a draft that has no number yet. */
    public String number(Integer number) {
        return number == null ? "—" : "GIP-" + number;
    }

    /** The first and last characters of a hash: enough to compare, short enough for a table. */
    public String hash(String hash) {
        if (hash == null) {
            return "";
        }
        String hex = hash.startsWith("0x") ? hash.substring(2) : hash;
        return hex.length() <= 16 ? hex : hex.substring(0, 10) + "…" + hex.substring(hex.length() - 6);
    }

    /** A fraction as a percentage for people: 0.334 → "33.4 %". */
    public String percent(BigDecimal fraction) {
        return fraction == null ? "" : TallyChart.percent(fraction) + " %";
    }

    /**
     * The time from {@code since} until {@code until} (now when null), cut to its largest whole unit
     * so that {@code time.duration} writes it as days, hours or minutes.
     */
    public Duration waited(Instant since, Instant until) {
        if (since == null) {
            return null;
        }
        Duration waited = Duration.between(since, until == null ? Instant.now(clock) : until);
        if (waited.isNegative()) {
            return Duration.ZERO;
        }
        if (waited.toDays() > 0) {
            return Duration.ofDays(waited.toDays());
        }
        return waited.toHours() > 0 ? Duration.ofHours(waited.toHours()) : Duration.ofMinutes(Math.max(1, waited.toMinutes()));
    }

    /** The time left until {@code deadline}, or null once it has passed. */
    public Duration remaining(Instant deadline) {
        if (deadline == null || !deadline.isAfter(Instant.now(clock))) {
            return null;
        }
        return waited(Instant.now(clock), deadline);
    }

    public boolean past(Instant instant) {
        return instant != null && instant.isBefore(Instant.now(clock));
    }

    /** A link safe to put in an href: https only, anything else is shown as text. */
    public String safeLink(String url) {
        return url != null && url.toLowerCase(Locale.ROOT).startsWith("https://") ? url : null;
    }

    /** Whole numbers with a grouping separator fit for both languages. */
    public String weight(long weight) {
        return String.format(Locale.ROOT, "%,d", weight);
    }
}
