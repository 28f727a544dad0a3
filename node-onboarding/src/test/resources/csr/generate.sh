#!/bin/sh
# Regenerates the CSR fixtures with OpenSSL. The private keys are thrown away: tests need only the CSRs.
set -eu
cd "$(dirname "$0")"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
req() { # name keygen-args...
  name=$1; shift
  openssl genpkey "$@" -out "$tmp/$name.key" 2>/dev/null
  openssl req -new -key "$tmp/$name.key" -subj "/O=Example Validators/CN=$name.example.org" -out "$name.csr.pem"
}
req ec-p256 -algorithm EC -pkeyopt ec_paramgen_curve:P-256
req ec-p384 -algorithm EC -pkeyopt ec_paramgen_curve:P-384
req ec-secp256k1 -algorithm EC -pkeyopt ec_paramgen_curve:secp256k1
req ed25519 -algorithm ED25519
req rsa-1024 -algorithm RSA -pkeyopt rsa_keygen_bits:1024
req rsa-2048 -algorithm RSA -pkeyopt rsa_keygen_bits:2048
req rsa-3072 -algorithm RSA -pkeyopt rsa_keygen_bits:3072
# A CSR asking for subject alternative names, without an organisation.
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$tmp/san.key"
openssl req -new -key "$tmp/san.key" -subj "/CN=node7" \
  -addext "subjectAltName=DNS:node7.example.org,DNS:rpc.example.org,IP:10.0.0.7,IP:2001:db8::7" -out ec-p256-san.csr.pem
# The P-256 CSR with the last byte of its signature (inside the BIT STRING) flipped: still parseable.
openssl req -in ec-p256.csr.pem -outform DER -out "$tmp/p256.der"
python3 -c 'import sys; b=bytearray(open(sys.argv[1],"rb").read()); b[-1]^=0x01; open(sys.argv[2],"wb").write(b)' "$tmp/p256.der" ec-p256-tampered.csr.der
openssl req -in ec-p256.csr.pem -outform DER -out ec-p256.csr.der
# Not a CSR: a self-signed certificate.
openssl req -x509 -key "$tmp/san.key" -subj "/CN=not-a-csr" -days 1 -out certificate.pem
