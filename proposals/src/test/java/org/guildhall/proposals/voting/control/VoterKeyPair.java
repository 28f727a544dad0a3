package org.guildhall.proposals.voting.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.Ed25519Signer;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.OctetKeyPairGenerator;
import com.nimbusds.jose.util.Base64URL;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.guildhall.proposals.voting.entity.VoterKey;

/** A voter's key pair made with nimbus's generators, for tests: it signs anything, its public half registers. */
final class VoterKeyPair {

    static final BouncyCastleProvider BC = new BouncyCastleProvider();

    /** The three kinds of voter key. */
    enum Kind {
        ES256K, ES256, EDDSA;

        String algorithm() {
            return this == EDDSA ? "EdDSA" : name();
        }

        VoterKeyPair generate() {
            try {
                switch (this) {
                    case ES256K:
                        return new VoterKeyPair(new ECKeyGenerator(Curve.SECP256K1).provider(BC).generate());
                    case ES256:
                        return new VoterKeyPair(new ECKeyGenerator(Curve.P_256).generate());
                    default:
                        return new VoterKeyPair(new OctetKeyPairGenerator(Curve.Ed25519).generate());
                }
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private final JWK privateJwk;

    VoterKeyPair(JWK privateJwk) {
        this.privateJwk = privateJwk;
    }

    JWK privateJwk() {
        return privateJwk;
    }

    JWK publicJwk() {
        return privateJwk.toPublicJWK();
    }

    VoterKey register() {
        return VoterKeys.parse(publicJwk().toJSONString());
    }

    JWSAlgorithm algorithm() {
        if (privateJwk instanceof OctetKeyPair) {
            return JWSAlgorithm.EdDSA;
        }
        return Curve.SECP256K1.equals(((ECKey) privateJwk).getCurve()) ? JWSAlgorithm.ES256K : JWSAlgorithm.ES256;
    }

    /** The JWS signature, JOSE form, over any signing input, whatever header that input holds. */
    Base64URL sign(byte[] signingInput) {
        try {
            return signer().sign(new JWSHeader(algorithm()), signingInput);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private JWSSigner signer() throws JOSEException {
        if (privateJwk instanceof OctetKeyPair okp) {
            return new Ed25519Signer(okp);
        }
        ECKey ec = (ECKey) privateJwk;
        if (Curve.SECP256K1.equals(ec.getCurve())) {
            ECDSASigner signer = new ECDSASigner(ec.toECPrivateKey(BC));
            signer.getJCAContext().setProvider(BC);
            return signer;
        }
        return new ECDSASigner(ec);
    }
}
