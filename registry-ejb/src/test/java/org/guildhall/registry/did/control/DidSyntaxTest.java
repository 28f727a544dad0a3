package org.guildhall.registry.did.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.guildhall.registry.did.entity.Did;
import org.guildhall.registry.did.entity.DidSyntaxException;
import org.guildhall.registry.did.entity.DidUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each production of the DID Core 1.0 ABNF at its edges: every character class it allows, the
 * characters next to them that it does not, the empty and shortest cases, and where one production
 * hands over to the next.
 */
class DidSyntaxTest {

    /** Every printable ASCII character and the characters the id classes are made of. */
    private static final String ALPHA = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String DIGIT = "0123456789";
    private static final String SUB_DELIMS = "!$&'()*+,;=";
    private static final String UNRESERVED = ALPHA + DIGIT + "-._~";
    private static final String PCHAR = UNRESERVED + SUB_DELIMS + ":@";

    // did = "did:" method-name ":" method-specific-id

    @Test
    void parsesTheShortestDid() {
        Did did = DidSyntax.parseDid("did:a:b");

        assertThat(did.method()).isEqualTo("a");
        assertThat(did.methodSpecificId()).isEqualTo("b");
        assertThat(did).hasToString("did:a:b");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "d", "did", "did:", "did:a", "did:a:", "dib:a:b", "di:a:b", "did;a:b", " did:a:b"})
    void refusesTextWithoutSchemeMethodAndId(String text) {
        assertThat(DidSyntax.isDid(text)).isFalse();
        assertThatThrownBy(() -> DidSyntax.parseDid(text)).isInstanceOf(DidSyntaxException.class);
        assertThatThrownBy(() -> DidSyntax.parseDidUrl(text)).isInstanceOf(DidSyntaxException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"DID:a:b", "Did:a:b", "dId:a:b", "diD:a:b"})
    void refusesAnUppercaseScheme(String text) {
        assertThatThrownBy(() -> DidSyntax.parseDid(text)).isInstanceOf(DidSyntaxException.class)
                .hasMessageContaining("the scheme must be lowercase");
    }

    @Test
    void refusesNullAndSaysNoDidWasGiven() {
        assertThat(DidSyntax.isDid(null)).isFalse();
        assertThatThrownBy(() -> DidSyntax.parseDid(null)).isInstanceOf(DidSyntaxException.class)
                .hasMessage("no DID was given");
    }

    // method-name = 1*method-char ; method-char = %x61-7A / DIGIT

    @Test
    void acceptsEveryLowercaseLetterAndDigitInTheMethodName() {
        String method = "abcdefghijklmnopqrstuvwxyz0123456789";

        assertThat(DidSyntax.parseDid("did:" + method + ":x").method()).isEqualTo(method);
        assertThat(DidSyntax.parseDid("did:0:x").method()).isEqualTo("0");
    }

    @Test
    void refusesEveryOtherPrintableCharacterInTheMethodName() {
        for (char c = 0x21; c <= 0x7e; c++) {
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == ':') {
                continue;
            }
            String text = "did:m" + c + "n:x";
            assertThat(DidSyntax.isDid(text)).as(text).isFalse();
        }
    }

    @Test
    void refusesAnUppercaseMethodNameAndNamesThePosition() {
        assertThatThrownBy(() -> DidSyntax.parseDid("did:Example:123"))
                .isInstanceOfSatisfying(DidSyntaxException.class, e -> assertThat(e.position()).isEqualTo(4))
                .hasMessageContaining("position 4").hasMessageContaining("'E'").hasMessageContaining("method name");
    }

    @Test
    void refusesAnEmptyMethodName() {
        assertThatThrownBy(() -> DidSyntax.parseDid("did::x")).isInstanceOf(DidSyntaxException.class)
                .hasMessageContaining("method name is empty");
    }

    // method-specific-id = *( *idchar ":" ) 1*idchar
    // idchar = ALPHA / DIGIT / "." / "-" / "_" / pct-encoded

    @Test
    void acceptsEveryIdCharInTheMethodSpecificId() {
        String id = ALPHA + DIGIT + ".-_" + "%20%ff%FF%aB";

        assertThat(DidSyntax.parseDid("did:m:" + id).methodSpecificId()).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {".", "-", "_", "%00", "A", "Z", "9"})
    void acceptsAMethodSpecificIdOfOneIdChar(String id) {
        assertThat(DidSyntax.isDid("did:m:" + id)).isTrue();
    }

    @Test
    void refusesEveryOtherPrintableAsciiCharacterInTheMethodSpecificId() {
        for (char c = 0x20; c <= 0x7e; c++) {
            if (ALPHA.indexOf(c) >= 0 || DIGIT.indexOf(c) >= 0 || ".-_%:".indexOf(c) >= 0) {
                continue;
            }
            String text = "did:m:a" + c + "b";
            assertThat(DidSyntax.isDid(text)).as(text).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"did:m:a\u00e9", "did:m:\u4e2d", "did:m:a\tb", "did:m:a\nb", "did:m:a\u0000b",
            "did:m:a b", "did:m:ab ", "did:m:\ud83d\ude00", "did:m:a\u00a0"})
    void refusesWhitespaceControlAndNonAsciiCharacters(String text) {
        assertThat(DidSyntax.isDid(text)).isFalse();
        assertThatThrownBy(() -> DidSyntax.parseDidUrl(text)).isInstanceOf(DidSyntaxException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"did:m:a:b", "did:m:a:b:c", "did:m::b", "did:m:::b", "did:m:a::b", "did:m::a:%41"})
    void acceptsColonsInsideTheMethodSpecificIdIncludingEmptySegments(String text) {
        assertThat(DidSyntax.parseDid(text)).hasToString(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"did:m:a:", "did:m::", "did:m:a::", "did:m:a:b:"})
    void refusesAMethodSpecificIdEndingWithAColon(String text) {
        assertThatThrownBy(() -> DidSyntax.parseDid(text))
                .isInstanceOfSatisfying(DidSyntaxException.class,
                        e -> assertThat(e.position()).isEqualTo(text.length() - 1))
                .hasMessageContaining("must not end with ':'");
    }

    @Test
    void refusesAColonEndedMethodSpecificIdBeforeAPath() {
        assertThat(DidSyntax.isDid("did:m:a:")).isFalse();
        assertThatThrownBy(() -> DidSyntax.parseDidUrl("did:m:a:/p")).isInstanceOf(DidSyntaxException.class);
        assertThatThrownBy(() -> DidSyntax.parseDidUrl("did:m:a:#f")).isInstanceOf(DidSyntaxException.class);
    }

    // pct-encoded = "%" HEXDIG HEXDIG (HEXDIG case-insensitive)

    @Test
    void acceptsEveryHexDigitInEitherCase() {
        assertThat(DidSyntax.isDid("did:m:%01%23%45%67%89%ab%cd%ef%AB%CD%EF%aF")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"did:m:%", "did:m:%a", "did:m:%g1", "did:m:%1g", "did:m:%G0", "did:m:a%", "did:m:a%2",
            "did:m:%%41", "did:m:% 1", "did:m:%-1"})
    void refusesIncompletePercentEscapes(String text) {
        assertThatThrownBy(() -> DidSyntax.parseDid(text)).isInstanceOf(DidSyntaxException.class)
                .hasMessageContaining("'%' must be followed by two hexadecimal digits");
    }

    @Test
    void namesThePositionOfTheBadHexDigit() {
        assertThatThrownBy(() -> DidSyntax.parseDid("did:m:ab%g1"))
                .isInstanceOfSatisfying(DidSyntaxException.class, e -> assertThat(e.position()).isEqualTo(9));
    }

    @Test
    void keepsPercentEscapesAsTheyAreWithoutDecodingOrCaseFolding() {
        assertThat(DidSyntax.parseDid("did:m:%2f")).isNotEqualTo(DidSyntax.parseDid("did:m:%2F"));
        assertThat(DidSyntax.parseDid("did:m:%41")).isNotEqualTo(DidSyntax.parseDid("did:m:A"));
    }

    // A DID is not a DID URL

    @ParameterizedTest
    @ValueSource(strings = {"did:m:a/", "did:m:a?", "did:m:a#", "did:m:a/p", "did:m:a?q", "did:m:a#f"})
    void parseDidRefusesPathQueryAndFragment(String text) {
        assertThat(DidSyntax.isDid(text)).isFalse();
        assertThatThrownBy(() -> DidSyntax.parseDid(text)).isInstanceOf(DidSyntaxException.class)
                .hasMessageContaining("a DID has no path, query or fragment");
        assertThat(DidSyntax.parseDidUrl(text)).hasToString(text);
    }

    // did-url = did path-abempty [ "?" query ] [ "#" fragment ]

    @Test
    void aPlainDidIsADidUrlWithEmptyPathAndNoQueryOrFragment() {
        DidUrl url = DidSyntax.parseDidUrl("did:m:a");

        assertThat(url).isEqualTo(new DidUrl(new Did("m", "a"), "", null, null));
    }

    @Test
    void splitsPathQueryAndFragment() {
        DidUrl url = DidSyntax.parseDidUrl("did:m:a:b/p/q?x=1&y=2#frag");

        assertThat(url.did()).isEqualTo(new Did("m", "a:b"));
        assertThat(url.path()).isEqualTo("/p/q");
        assertThat(url.query()).isEqualTo("x=1&y=2");
        assertThat(url.fragment()).isEqualTo("frag");
        assertThat(url).hasToString("did:m:a:b/p/q?x=1&y=2#frag");
    }

    @Test
    void tellsAnEmptyQueryAndFragmentFromAbsentOnes() {
        assertThat(DidSyntax.parseDidUrl("did:m:a?")).isEqualTo(new DidUrl(new Did("m", "a"), "", "", null));
        assertThat(DidSyntax.parseDidUrl("did:m:a#")).isEqualTo(new DidUrl(new Did("m", "a"), "", null, ""));
        assertThat(DidSyntax.parseDidUrl("did:m:a?#")).isEqualTo(new DidUrl(new Did("m", "a"), "", "", ""));
        assertThat(DidSyntax.parseDidUrl("did:m:a?")).hasToString("did:m:a?");
        assertThat(DidSyntax.parseDidUrl("did:m:a?#")).hasToString("did:m:a?#");
    }

    // path-abempty = *( "/" segment ) ; segment = *pchar

    @ParameterizedTest
    @ValueSource(strings = {"/", "//", "/a", "/a/", "/a//b", "/%41", "/a:b", "/@"})
    void acceptsPathsOfEmptyAndNonEmptySegments(String path) {
        assertThat(DidSyntax.parseDidUrl("did:m:x" + path).path()).isEqualTo(path);
    }

    @Test
    void acceptsEveryPcharInAPathSegment() {
        assertThat(DidSyntax.parseDidUrl("did:m:x/" + PCHAR + "%0a").path()).isEqualTo("/" + PCHAR + "%0a");
    }

    @Test
    void refusesEveryOtherPrintableAsciiCharacterInAPath() {
        for (char c = 0x20; c <= 0x7e; c++) {
            if (PCHAR.indexOf(c) >= 0 || "/?#%".indexOf(c) >= 0) {
                continue;
            }
            String text = "did:m:x/a" + c + "b";
            assertThatThrownBy(() -> DidSyntax.parseDidUrl(text)).as(text).isInstanceOf(DidSyntaxException.class)
                    .hasMessageContaining("position 9");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"did:m:x/%", "did:m:x/%4", "did:m:x/%zz", "did:m:x?%", "did:m:x?a%4g", "did:m:x#%", "did:m:x#%x0"})
    void refusesIncompletePercentEscapesInPathQueryAndFragment(String text) {
        assertThatThrownBy(() -> DidSyntax.parseDidUrl(text)).isInstanceOf(DidSyntaxException.class)
                .hasMessageContaining("two hexadecimal digits");
    }

    // query = *( pchar / "/" / "?" ) ; fragment = *( pchar / "/" / "?" )

    @Test
    void acceptsEveryPcharSlashAndQuestionMarkInQueryAndFragment() {
        String chars = PCHAR + "/?" + "%7E";

        DidUrl url = DidSyntax.parseDidUrl("did:m:x?" + chars + "#" + chars);

        assertThat(url.query()).isEqualTo(chars);
        assertThat(url.fragment()).isEqualTo(chars);
    }

    @Test
    void aQuestionMarkInAQueryOrFragmentIsData() {
        DidUrl url = DidSyntax.parseDidUrl("did:m:x?a?b#c?d/e");

        assertThat(url.query()).isEqualTo("a?b");
        assertThat(url.fragment()).isEqualTo("c?d/e");
    }

    @Test
    void aFragmentMayFollowThePathDirectly() {
        assertThat(DidSyntax.parseDidUrl("did:m:x/p#f")).isEqualTo(new DidUrl(new Did("m", "x"), "/p", null, "f"));
    }

    @Test
    void refusesEveryOtherPrintableAsciiCharacterInQueryAndFragment() {
        for (char c = 0x20; c <= 0x7e; c++) {
            if (PCHAR.indexOf(c) >= 0 || "/?#%".indexOf(c) >= 0) {
                continue;
            }
            String query = "did:m:x?a" + c;
            String fragment = "did:m:x#a" + c;
            assertThatThrownBy(() -> DidSyntax.parseDidUrl(query)).as(query).isInstanceOf(DidSyntaxException.class);
            assertThatThrownBy(() -> DidSyntax.parseDidUrl(fragment)).as(fragment).isInstanceOf(DidSyntaxException.class);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"did:m:x#a#b", "did:m:x##", "did:m:x?q#a#", "did:m:x/p#f#g"})
    void refusesASecondFragment(String text) {
        assertThatThrownBy(() -> DidSyntax.parseDidUrl(text)).isInstanceOf(DidSyntaxException.class)
                .hasMessageContaining("at most one fragment");
    }

    @ParameterizedTest
    @ValueSource(strings = {"did:m:x?a b", "did:m:x#a\u00e9", "did:m:x/a\u4e2d", "did:m:x#[1]", "did:m:x?a|b"})
    void refusesWhitespaceNonAsciiAndGenDelimsOutsideTheirPlaces(String text) {
        assertThatThrownBy(() -> DidSyntax.parseDidUrl(text)).isInstanceOf(DidSyntaxException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"did:m:x;service=files", "did:m:x;a/b"})
    void refusesDidCoreDraftMatrixParameters(String text) {
        assertThatThrownBy(() -> DidSyntax.parseDidUrl(text)).isInstanceOf(DidSyntaxException.class)
                .hasMessageContaining("';'");
    }

    // length

    @Test
    void acceptsTwoThousandFortyEightCharactersAndRefusesOneMore() {
        String longest = "did:m:" + "a".repeat(DidSyntax.MAX_LENGTH - 6);

        assertThat(DidSyntax.isDid(longest)).isTrue();
        assertThat(DidSyntax.isDid(longest + "a")).isFalse();
        assertThatThrownBy(() -> DidSyntax.parseDidUrl(longest + "a")).isInstanceOf(DidSyntaxException.class)
                .hasMessage("the DID is 2049 characters long; at most 2048 are accepted");
    }

    @Test
    void quotesUntrustedInputInMessagesWithoutControlCharacters() {
        assertThatThrownBy(() -> DidSyntax.parseDid("did:m:a\nb"))
                .isInstanceOf(DidSyntaxException.class)
                .hasMessageContaining("U+000A")
                .hasMessageContaining("\"did:m:a\\u000ab\"")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void parsesBackWhatItPrints() {
        for (String text : new String[] {"did:guild:abcd:2NEpo7TZRRrLZSi2U", "did:web:example.com%3A8443:u:alice",
                "did:m:x/a/b?c=d&e#f", "did:m:x?", "did:m:x#", "did:m:x//?/#/"}) {
            assertThat(DidSyntax.parseDidUrl(text)).hasToString(text);
            assertThat(DidSyntax.parseDidUrl(DidSyntax.parseDidUrl(text).toString()))
                    .isEqualTo(DidSyntax.parseDidUrl(text));
        }
    }
}
