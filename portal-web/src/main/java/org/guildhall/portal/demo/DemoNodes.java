package org.guildhall.portal.demo;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.guildhall.onboarding.application.boundary.NodeProvisioning;
import org.guildhall.onboarding.application.entity.ApplicationForm;
import org.guildhall.onboarding.application.entity.NodeApplication;
import org.guildhall.onboarding.certification.entity.RevocationReason;
import org.guildhall.onboarding.nodetype.boundary.NodeTypes;
import org.guildhall.onboarding.nodetype.entity.NodeTypeRequirements;
import org.guildhall.proposals.proposal.boundary.Proposals;
import org.guildhall.proposals.proposal.entity.Proposal;
import org.guildhall.proposals.proposal.entity.ProposalStatus;
import org.guildhall.registry.membership.entity.Organisation;

/**
 * Demo nodes: the federation's founding nodes admitted and certified (one access node since revoked for
 * a compromised key), and applications in every state of the workflow, one of them in an admission vote.
 * Keys are made here and thrown away; the endpoints are loopback addresses, so the reachability check
 * fails at once and shows what a failed check looks like.
 */
final class DemoNodes {

    private static final X9ECParameters SECP256K1 = CustomNamedCurves.getByName("secp256k1");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final NodeProvisioning nodes;
    private final NodeTypes types;
    private final Proposals proposals;
    private final Instant now;
    private final Organisation centre;
    private final Organisation fintech;
    private final Organisation ebsi;

    DemoNodes(NodeProvisioning nodes, NodeTypes types, Proposals proposals, Clock clock, Organisation centre, Organisation fintech,
              Organisation ebsi) {
        this.nodes = nodes;
        this.types = types;
        this.proposals = proposals;
        this.now = Instant.now(clock);
        this.centre = centre;
        this.fintech = fintech;
        this.ebsi = ebsi;
    }

    void seed() {
        admitted(centre, "operator-bj", "super", null, "bj-super-1", "127.0.10.1", 90);
        admitted(centre, "operator-bj", "backbone", "cnbj", "bj-backbone-1", "127.0.10.2", 80);
        admitted(fintech, "operator", "backbone", "cngd", "gd-backbone-1", "127.0.20.1", 60);
        NodeApplication compromised = admitted(fintech, "operator", "access", "cngd", "gd-access-1", "127.0.20.2", 50);
        nodes.provisionRevocation(compromised.getId(), RevocationReason.KEY_COMPROMISE, "reviewer",
                "The operator reported the node key copied from a decommissioned server.", at(20));
        admitted(ebsi, "operator-eu", "access", "euro", "eu-access-1", "127.0.30.1", 30);

        nodes.provisionApplication(fintech.getId(), "operator", form("access", "cngd", "gd-access-2", "127.0.20.3", fintech, false), false, at(2));
        NodeApplication waiting = nodes.provisionApplication(fintech.getId(), "operator", form("access", "cngd", "gd-access-3", "127.0.20.4",
                fintech, true), true, at(3));
        NodeApplication sentBack = nodes.provisionApplication(fintech.getId(), "operator", form("observer", null, "gd-observer-1",
                "127.0.20.5", fintech, true), true, at(6));
        nodes.provisionReview(sentBack.getId(), "reviewer", "changes",
                "Observers commit to 99 %: please confirm the service level with your hosting provider.", at(5));
        NodeApplication voted = nodes.provisionApplication(ebsi.getId(), "operator-eu", form("super", null, "eu-super-1", "127.0.30.2",
                ebsi, true), true, at(4));
        String because = "Second super node outside China, for resilience.";
        Proposal vote = proposals.provision(nodes.provisionAdmissionProposal(voted.getId(), "reviewer", because), "reviewer",
                ebsi.getId(), at(1), List.of(ProposalStatus.REVIEW, ProposalStatus.LAST_CALL), "reviewer",
                Duration.ofMinutes(1), false);
        nodes.provisionVote(voted.getId(), vote.getId(), "reviewer", because, at(1));
        NodeApplication refused = nodes.provisionApplication(centre.getId(), "operator-bj", form("backbone", "cnbj", "bj-backbone-2",
                "127.0.10.3", centre, true), true, at(12));
        nodes.provisionReview(refused.getId(), "reviewer", "reject",
                "cnbj already has a backbone node with spare capacity; apply for an access node instead.", at(10));
        // From now on super nodes must conform to GS-1, the identifier standard the demo vote adopts after start-up.
        types.provisionRequirements("super", new NodeTypeRequirements(true, new BigDecimal("99.950"), List.of("GS-1"),
                List.of("EC-P256"), 365, 60));
        if (waiting.getSubmittedAt() == null) {
            throw new IllegalStateException("The demo application " + waiting.reference() + " did not pass its checks");
        }
    }

    private NodeApplication admitted(Organisation organisation, String operator, String type, String domain, String name,
                                     String host, int daysAgo) {
        NodeApplication application = nodes.provisionApplication(organisation.getId(), operator,
                form(type, domain, name, host, organisation, true), true, at(daysAgo));
        return nodes.provisionReview(application.getId(), "reviewer", "admit", "Founding node of the federation.", at(daysAgo - 1));
    }

    private static ApplicationForm form(String type, String domain, String name, String host, Organisation organisation,
                                        boolean complete) {
        String nodeId = newNodeId();
        int port = 30303;
        return new ApplicationForm(type, domain, name, "enode://" + nodeId + "@" + host + ":" + port,
                complete ? nodeId : null, complete ? csr(organisation.getName(), name) : null,
                "super".equals(type) ? List.of("GS-1") : List.of(), complete ? new BigDecimal("99.99") : null,
                complete ? name + "-ops@example.org" : null);
    }

    private Instant at(int daysAgo) {
        return now.minus(Duration.ofDays(daysAgo));
    }

    private static String newNodeId() {
        BigInteger d = new BigInteger(256, RANDOM).mod(SECP256K1.getN().subtract(BigInteger.ONE)).add(BigInteger.ONE);
        byte[] encoded = SECP256K1.getG().multiply(d).normalize().getEncoded(false);
        return HexFormat.of().formatHex(encoded, 1, 65);
    }

    private static String csr(String organisation, String name) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair key = generator.generateKeyPair();
            var subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.O, organisation).addRDN(BCStyle.CN, name).build();
            var request = new JcaPKCS10CertificationRequestBuilder(subject, key.getPublic())
                    .build(new JcaContentSignerBuilder("SHA256withECDSA").build(key.getPrivate()));
            StringWriter pem = new StringWriter();
            try (JcaPEMWriter writer = new JcaPEMWriter(pem)) {
                writer.writeObject(request);
            }
            return pem.toString();
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("Cannot make a demo CSR", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
