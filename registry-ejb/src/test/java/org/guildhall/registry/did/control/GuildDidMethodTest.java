package org.guildhall.registry.did.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.util.Base64URL;
import java.util.Arrays;
import org.guildhall.registry.did.control.GuildDidMethod.ParsedGuildDid;
import org.guildhall.registry.did.entity.Did;
import org.guildhall.registry.did.entity.DidSyntaxException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GuildDidMethodTest {

    private static final GuildDidMethod GUILD = new GuildDidMethod("guild");
    /** 16 bytes whose Base58 has 22 characters. */
    private static final String UNIQUE_ID = Base58.encode(new byte[] {-1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15});

    @ParameterizedTest
    @ValueSource(strings = {"", "Guild", "gu-ild", "guild:", "gu ild", "g\u00fcild"})
    void refusesAConfiguredMethodNameThatIsNotAMethodName(String name) {
        assertThatThrownBy(() -> new GuildDidMethod(name)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a method-name");
    }

    @Test
    void acceptsAnyMethodNameAndMakesItsDids() {
        GuildDidMethod method = new GuildDidMethod("test2");

        Did did = method.did("cn01", UNIQUE_ID);

        assertThat(did).hasToString("did:test2:cn01:" + UNIQUE_ID);
        assertThat(method.isOurs(did)).isTrue();
        assertThat(GUILD.isOurs(did)).isFalse();
    }

    @Test
    void parsesTheDomainCodeAndUniqueIdOfItsDid() {
        Did did = DidSyntax.parseDid("did:guild:eu01:" + UNIQUE_ID);

        assertThat(GUILD.parse(did)).isEqualTo(new ParsedGuildDid(did, "eu01", UNIQUE_ID));
        assertThat(UNIQUE_ID).hasSize(22);
    }

    @Test
    void refusesADidOfAnotherMethod() {
        Did did = DidSyntax.parseDid("did:web:eu01:" + UNIQUE_ID);

        assertThat(GUILD.isOurs(did)).isFalse();
        assertThatThrownBy(() -> GUILD.parse(did)).isInstanceOf(DidSyntaxException.class)
                .hasMessageContaining("not a did:guild DID");
    }

    @ParameterizedTest
    @ValueSource(strings = {"eu1", "eu012", "EU01", "eu-1", "eu_1", "eu.1", "e%301", ""})
    void refusesADomainCodeOtherThanFourLowercaseLettersOrDigits(String domainCode) {
        assertThatThrownBy(() -> GUILD.parse(DidSyntax.parseDid("did:guild:" + domainCode + ":" + UNIQUE_ID)))
                .isInstanceOf(DidSyntaxException.class);
        assertThatThrownBy(() -> GUILD.did(domainCode, UNIQUE_ID)).isInstanceOf(DidSyntaxException.class);
    }

    @Test
    void namesThePositionOfAnUppercaseDomainCodeCharacter() {
        assertThatThrownBy(() -> GUILD.parse(DidSyntax.parseDid("did:guild:euX1:" + UNIQUE_ID)))
                .isInstanceOfSatisfying(DidSyntaxException.class, e -> assertThat(e.position()).isEqualTo(12))
                .hasMessageContaining("'X'").hasMessageContaining("domain code");
    }

    @Test
    void refusesAMissingOrExtraSegment() {
        assertThatThrownBy(() -> GUILD.parse(DidSyntax.parseDid("did:guild:" + UNIQUE_ID)))
                .isInstanceOf(DidSyntaxException.class);
        assertThatThrownBy(() -> GUILD.parse(DidSyntax.parseDid("did:guild:eu01:" + UNIQUE_ID + ":x")))
                .isInstanceOf(DidSyntaxException.class);
        assertThatThrownBy(() -> GUILD.parse(DidSyntax.parseDid("did:guild:eu01:x:" + UNIQUE_ID)))
                .isInstanceOf(DidSyntaxException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "O", "I", "l", "_", "-", ".", "%41"})
    void refusesAUniqueIdWithACharacterOutsideBase58(String bad) {
        String uniqueId = bad + UNIQUE_ID.substring(bad.length());

        assertThatThrownBy(() -> GUILD.parse(DidSyntax.parseDid("did:guild:eu01:" + uniqueId)))
                .isInstanceOfSatisfying(DidSyntaxException.class, e -> assertThat(e.position()).isEqualTo(15))
                .hasMessageContaining("is not a base58 character");
    }

    @Test
    void refusesUniqueIdsOfOtherThanSixteenBytes() {
        String fifteen = Base58.encode(new byte[] {-1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14});
        String seventeenIn22 = "zzzzzzzzzzzzzzzzzzzzzz";
        String tooLong = UNIQUE_ID + "2";

        assertThat(Base58.decode(seventeenIn22)).hasSize(17);
        for (String uniqueId : new String[] {fifteen, seventeenIn22, tooLong, "2", "111111111111111"}) {
            assertThatThrownBy(() -> GUILD.did("eu01", uniqueId)).as(uniqueId).isInstanceOf(DidSyntaxException.class);
        }
    }

    @Test
    void acceptsAShortUniqueIdWhenTheThumbprintStartsWithZeroBytes() {
        byte[] bytes = new byte[16];
        bytes[2] = 1;
        String shortId = Base58.encode(bytes);

        assertThat(shortId).hasSize(20);
        assertThat(GUILD.did("eu01", shortId).methodSpecificId()).isEqualTo("eu01:" + shortId);
        assertThat(GUILD.did("eu01", "1111111111111111").methodSpecificId()).endsWith(":1111111111111111");
    }

    @Test
    void derivesTheUniqueIdFromTheRfc7638ThumbprintOfTheInitialKey() {
        // RFC 8037 A.3: the thumbprint of this Ed25519 public key (the RFC 8032 test 1 key)
        JWK key = new OctetKeyPair.Builder(Curve.Ed25519, new Base64URL("11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo")).build();
        byte[] thumbprint = new Base64URL("kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k").decode();

        String uniqueId = GuildDidMethod.uniqueIdOf(key);

        assertThat(uniqueId).isEqualTo(Base58.encode(Arrays.copyOf(thumbprint, 16)))
                .isEqualTo("JuMhsQy4SvnRv5KDJPtBtu"); // the example of docs/did-method.md
        assertThat(GUILD.parse(GUILD.did("eu01", uniqueId)).uniqueId()).isEqualTo(uniqueId);
    }

    @Test
    void derivesDifferentValidUniqueIdsForDifferentKeys() {
        for (String alg : new String[] {"ES256", "ES256K", "EdDSA"}) {
            JWK first = TestKeys.of(alg).key("did:x:y#k").publicJwk();
            JWK second = TestKeys.of(alg).key("did:x:y#k").publicJwk();

            assertThat(GuildDidMethod.uniqueIdOf(first)).isNotEqualTo(GuildDidMethod.uniqueIdOf(second));
            assertThat(GUILD.did("eu01", GuildDidMethod.uniqueIdOf(first))).isNotNull();
        }
    }
}
