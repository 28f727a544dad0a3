package org.guildhall.onboarding.certification.control;

import java.math.BigInteger;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import org.guildhall.onboarding.application.entity.EnodeUrl;
import org.guildhall.onboarding.certification.entity.FederationCaKey;

/**
 * What a node certificate says besides its key, all chosen by the caller.
 *
 * @param caCertificate        the federation CA certificate (issuer name and key identifier come from it)
 * @param caKey                the CA key that signs; must be the key {@code caCertificate} certifies
 * @param serial               positive, at most 20 octets (159 bits), unique per CA: the caller allocates it
 * @param notBefore            start of validity (truncated to whole seconds)
 * @param notAfter             end of validity, after {@code notBefore} and within the CA's validity
 * @param organisation         the operator's organisation: the subject's O
 * @param nodeName             the node's name in the directory: the subject's CN
 * @param enode                the node's address: its host becomes an iPAddress or dNSName SAN, and the whole
 *                             canonical enode URL (carrying the node id) a uniformResourceIdentifier SAN
 * @param extraDnsNames        further dNSName SANs (may be empty)
 * @param crlDistributionPoint absolute http(s) URL of the CA's CRL
 */
public record IssueSpec(X509Certificate caCertificate, FederationCaKey caKey, BigInteger serial, Instant notBefore,
                        Instant notAfter, String organisation, String nodeName, EnodeUrl enode,
                        List<String> extraDnsNames, URI crlDistributionPoint) {

    private static final Pattern DNS_NAME = Pattern.compile(
            "(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*");

    public IssueSpec {
        Objects.requireNonNull(caCertificate, "caCertificate");
        Objects.requireNonNull(caKey, "caKey");
        Objects.requireNonNull(serial, "serial");
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(notAfter, "notAfter");
        Objects.requireNonNull(enode, "enode");
        Objects.requireNonNull(crlDistributionPoint, "crlDistributionPoint");
        if (serial.signum() <= 0 || serial.bitLength() > 159) {
            throw new IllegalArgumentException("The serial number must be positive and at most 20 octets (159 bits).");
        }
        if (!CaSigning.time(notAfter).after(CaSigning.time(notBefore))) {
            throw new IllegalArgumentException("The certificate's validity must end after it starts.");
        }
        if (organisation == null || organisation.isBlank() || nodeName == null || nodeName.isBlank()) {
            throw new IllegalArgumentException("The certificate needs an organisation and a node name.");
        }
        extraDnsNames = extraDnsNames == null ? List.of()
                : extraDnsNames.stream().map(name -> name.toLowerCase(Locale.ROOT)).distinct().toList();
        for (String name : extraDnsNames) {
            if (!DNS_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("'" + name + "' is not a valid DNS name.");
            }
        }
        String scheme = crlDistributionPoint.getScheme();
        if (!crlDistributionPoint.isAbsolute() || crlDistributionPoint.getHost() == null
                || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
            throw new IllegalArgumentException("The CRL distribution point must be an absolute http or https URL.");
        }
    }
}
