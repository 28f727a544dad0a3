package org.guildhall.registry.accounts.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenDigestTest {

    @Test
    void digestIsTheLowerCaseHexSha256OfTheToken() {
        // Published SHA-256 test vectors (FIPS 180-2 "abc" and the empty string)
        assertThat(TokenDigest.digest("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(TokenDigest.digest(""))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void digestHashesTheUtf8BytesOfTheToken() {
        // Computed independently: sha256 of the UTF-8 bytes C3 A9, not of the Latin-1 byte E9 (de2e33...)
        assertThat(TokenDigest.digest("\u00e9"))
                .isEqualTo("4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c");
        assertThat(TokenDigest.digest("gh_\u4ee4\u724c"))
                .isEqualTo("d3bc77ad75c85a4cb5d56bb0412c6db5f84837a9d097f90f23262d429418fd67");
    }

    @Test
    void digestIsStableForTheSameToken() {
        String token = TokenDigest.newToken();

        assertThat(TokenDigest.digest(token)).isEqualTo(TokenDigest.digest(token)).hasSize(64).matches("[0-9a-f]{64}");
    }

    @Test
    void newTokenHasThePrefixAnd32RandomBytesInBase64Url() {
        String token = TokenDigest.newToken();

        assertThat(token).startsWith("gh_").matches("gh_[A-Za-z0-9_-]{43}");
        assertThat(Base64.getUrlDecoder().decode(token.substring(3))).hasSize(32);
    }

    @Test
    void newTokensDifferEachTime() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            tokens.add(TokenDigest.newToken());
        }

        assertThat(tokens).hasSize(100);
    }
}
