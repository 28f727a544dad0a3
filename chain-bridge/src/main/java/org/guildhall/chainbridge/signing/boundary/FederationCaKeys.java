package org.guildhall.chainbridge.signing.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.guildhall.chainbridge.chain.control.ChainBridgeConfig;
import org.guildhall.chainbridge.signing.control.HsmException;
import org.guildhall.chainbridge.signing.control.HsmKeys;
import org.guildhall.chainbridge.signing.control.HsmSettings;
import org.guildhall.chainbridge.signing.control.Pkcs11Token;
import org.guildhall.onboarding.certification.entity.FederationCaKey;

/**
 * The federation CA's P-256 key in the HSM: the token of the transaction key, alias
 * {@code guildhall.hsm.ca-key-alias} (default {@code federation-ca}), generated there as a sensitive,
 * non-extractable key when missing if {@code guildhall.hsm.create-missing-keys} is on.
 * <p>
 * Consumers inject {@code Instance<FederationCaKey>} (or this holder and call {@link #current()}) and
 * sign with BouncyCastle's {@code JcaContentSignerBuilder("SHA256withECDSA").setProvider(key.provider())},
 * which signs inside the token. The token is opened on first use: a missing HSM fails that use with an
 * {@link HsmException}, not the deployment. A failed opening is not retried for
 * {@value #RETRY_OPEN_AFTER_SECONDS} s, so a wrong PIN is not tried again and again.
 */
@ApplicationScoped
public class FederationCaKeys {

    private static final Logger LOG = Logger.getLogger(FederationCaKeys.class.getName());
    private static final long RETRY_OPEN_AFTER_SECONDS = 30;

    @Inject
    ChainBridgeConfig config;

    private volatile FederationCaKey current;
    private String lastFailure;
    private Instant lastFailureAt;

    /**
     * The CA key, opening the token (and generating the key, where allowed) on first use.
     *
     * @throws HsmException when the token cannot be opened or holds no usable P-256 key under the alias
     */
    public FederationCaKey current() {
        FederationCaKey key = current;
        if (key != null) {
            return key;
        }
        synchronized (this) {
            if (current != null) {
                return current;
            }
            Instant retryAt = lastFailureAt == null ? null : lastFailureAt.plus(Duration.ofSeconds(RETRY_OPEN_AFTER_SECONDS));
            if (retryAt != null && Instant.now().isBefore(retryAt)) {
                throw new HsmException("The federation CA key is not available (" + lastFailure + "); next try after " + retryAt);
            }
            try {
                current = open();
                lastFailure = null;
                lastFailureAt = null;
                return current;
            } catch (RuntimeException e) {
                lastFailure = e.getMessage();
                lastFailureAt = Instant.now();
                LOG.severe(() -> "The federation CA key is not available: " + e.getMessage());
                throw e instanceof HsmException ? e : new HsmException(e.getMessage(), e);
            }
        }
    }

    /** Forgets the open key after a failure in the token, so that the next use opens the token again. */
    public synchronized void reset() {
        current = null;
    }

    /** The CA key for injection; resolve it lazily ({@code Instance<FederationCaKey>}) where the HSM may be down. */
    @Produces
    @Dependent
    FederationCaKey federationCaKey() {
        return current();
    }

    private FederationCaKey open() {
        String alias = config.caKeyAlias();
        if (alias == null || alias.isBlank()) {
            throw new HsmException("No federation CA key alias configured (guildhall.hsm.ca-key-alias)");
        }
        if (alias.equals(config.txKeyAlias())) {
            throw new HsmException("The federation CA key alias '" + alias
                    + "' is the transaction key's; give the CA its own key (guildhall.hsm.ca-key-alias)");
        }
        HsmSettings settings;
        try {
            settings = config.hsmSettings();
        } catch (IllegalStateException e) {
            throw new HsmException(e.getMessage(), e);
        }
        Pkcs11Token token = Pkcs11Token.open(settings);
        HsmKeys keys = new HsmKeys(token);
        KeyStore.PrivateKeyEntry entry = config.createMissingKeys() ? keys.ensureP256Key(alias)
                : keys.find(alias).orElseThrow(() -> new HsmException("No key '" + alias + "' in " + token.description()
                        + " (generate a P-256 key there, or set guildhall.hsm.create-missing-keys=true)"));
        if (HsmKeys.curveOf(entry.getCertificate()).orElse(null) != HsmKeys.Curve.P256) {
            throw new HsmException("Key '" + alias + "' in " + token.description() + " is not a P-256 key");
        }
        String description = "P-256 key '" + alias + "' in " + token.description();
        LOG.info(() -> "Federation CA key ready: " + description);
        return new FederationCaKey(entry.getPrivateKey(), entry.getCertificate().getPublicKey(), token.provider(),
                description);
    }
}
