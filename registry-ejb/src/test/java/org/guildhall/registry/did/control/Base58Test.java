package org.guildhall.registry.did.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class Base58Test {

    private static final HexFormat HEX = HexFormat.of();

    /** The test vectors of draft-msporny-base58-03 §5 (text in, Base58 out). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Hello World!|2NEpo7TZRRrLZSi2U",
        "The quick brown fox jumps over the lazy dog.|USm3fpXnKG5EUBx2ndxBDMPVciP5hGey2Jh4NDv6gmeo1LkMeiKrLJUUBk6Z"})
    void encodesAndDecodesTheDraftsTextVectors(String text, String base58) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);

        assertThat(Base58.encode(bytes)).isEqualTo(base58);
        assertThat(Base58.decode(base58)).isEqualTo(bytes);
    }

    @Test
    void encodesLeadingZeroBytesAsOnesAsTheDraftsThirdVectorDoes() {
        byte[] bytes = HEX.parseHex("0000287fb4cd");

        assertThat(Base58.encode(bytes)).isEqualTo("11233QC4");
        assertThat(Base58.decode("11233QC4")).isEqualTo(bytes);
    }

    @Test
    void encodesTheEmptyInputAndZeroBytesAsOnesOnly() {
        assertThat(Base58.encode(new byte[0])).isEmpty();
        assertThat(Base58.decode("")).isEmpty();
        assertThat(Base58.encode(new byte[3])).isEqualTo("111");
        assertThat(Base58.decode("111")).isEqualTo(new byte[3]);
        assertThat(Base58.encode(new byte[] {0, 57})).isEqualTo("1z");
        assertThat(Base58.encode(new byte[] {58})).isEqualTo("21");
    }

    @Test
    void roundTripsRandomBytesWithAndWithoutLeadingZeros() {
        Random random = new Random(58);
        for (int i = 0; i < 500; i++) {
            byte[] bytes = new byte[random.nextInt(40)];
            random.nextBytes(bytes);
            if (bytes.length > 2 && i % 3 == 0) {
                bytes[0] = 0;
                bytes[1] = 0;
            }
            String encoded = Base58.encode(bytes);
            assertThat(encoded).matches("[" + Base58.ALPHABET + "]*");
            assertThat(Base58.decode(encoded)).isEqualTo(bytes);
            assertThat(Base58.encode(Base58.decode(encoded))).isEqualTo(encoded);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "O", "I", "l", "+", "/", "=", " ", "\u00e9", "2NEpo7TZRRrLZSi2U0"})
    void refusesCharactersOutsideTheBitcoinAlphabet(String text) {
        assertThatThrownBy(() -> Base58.decode(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a base58 character");
    }
}
