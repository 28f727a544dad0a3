package org.guildhall.onboarding.application.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Every configuration key of node onboarding. */
@ApplicationScoped
public class OnboardingConfig {

    /** Where the portal is reached from outside: the base of the CRL distribution point in certificates. */
    @Inject
    @ConfigProperty(name = "guildhall.onboarding.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    /** The federation's name: the organisation (O) of the CA certificate. */
    @Inject
    @ConfigProperty(name = "guildhall.onboarding.federation-name", defaultValue = "Guildhall Federation")
    String federationName;

    /** How long the endpoint check waits for the node's TCP port to answer. */
    @Inject
    @ConfigProperty(name = "guildhall.onboarding.probe-timeout-ms", defaultValue = "2000")
    int probeTimeoutMs;

    /** Lifetime of a new CA certificate. */
    @Inject
    @ConfigProperty(name = "guildhall.onboarding.ca-validity-years", defaultValue = "10")
    int caValidityYears;

    /** How long a CRL is valid (nextUpdate); one is signed on every change and before this runs out. */
    @Inject
    @ConfigProperty(name = "guildhall.onboarding.crl-validity-hours", defaultValue = "24")
    int crlValidityHours;

    public String publicUrl() {
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** The stable URL of the current CRL, written into every certificate. */
    public String crlUrl() {
        return publicUrl() + "/api/v1/ca/crl";
    }

    public String federationName() {
        return federationName;
    }

    public Duration probeTimeout() {
        return Duration.ofMillis(probeTimeoutMs);
    }

    public int caValidityYears() {
        return caValidityYears;
    }

    public Duration crlValidity() {
        return Duration.ofHours(crlValidityHours);
    }
}
