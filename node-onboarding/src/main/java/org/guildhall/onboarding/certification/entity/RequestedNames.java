package org.guildhall.onboarding.certification.entity;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.pkcs.Attribute;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;

/** The DNS names and IP addresses a CSR asks for in the subjectAltName of its extensionRequest. */
record RequestedNames(List<String> dnsNames, List<String> ipAddresses) {

    static RequestedNames of(ASN1Set attributes) {
        List<String> dns = new ArrayList<>();
        List<String> ips = new ArrayList<>();
        if (attributes != null) {
            for (ASN1Encodable element : attributes) {
                Attribute attribute = Attribute.getInstance(element);
                if (!PKCSObjectIdentifiers.pkcs_9_at_extensionRequest.equals(attribute.getAttrType())) {
                    continue;
                }
                for (ASN1Encodable value : attribute.getAttrValues()) {
                    GeneralNames names = GeneralNames.fromExtensions(Extensions.getInstance(value),
                            Extension.subjectAlternativeName);
                    if (names != null) {
                        collect(names, dns, ips);
                    }
                }
            }
        }
        return new RequestedNames(List.copyOf(dns), List.copyOf(ips));
    }

    private static void collect(GeneralNames names, List<String> dns, List<String> ips) {
        for (GeneralName name : names.getNames()) {
            if (name.getTagNo() == GeneralName.dNSName) {
                dns.add(((ASN1String) name.getName()).getString());
            } else if (name.getTagNo() == GeneralName.iPAddress) {
                byte[] address = ASN1OctetString.getInstance(name.getName()).getOctets();
                if (address.length != 4 && address.length != 16) {
                    throw new InvalidCsrException("The CSR asks for an IP address name that is neither 4 nor 16 bytes long.");
                }
                try {
                    ips.add(InetAddress.getByAddress(address).getHostAddress());
                } catch (UnknownHostException e) {
                    throw new IllegalStateException("a 4 or 16 byte address is always accepted", e);
                }
            }
        }
    }
}
