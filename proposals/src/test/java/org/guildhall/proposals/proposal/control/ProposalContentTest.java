package org.guildhall.proposals.proposal.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import org.guildhall.proposals.proposal.entity.Proposal;
import org.guildhall.proposals.proposal.entity.Documents;
import org.junit.jupiter.api.Test;

class ProposalContentTest {

    private static final UUID ID = UUID.fromString("3f2504e0-4f89-41d3-9a0c-0305e82c3301");
    private static final UUID ORGANISATION = UUID.fromString("7f1d3a52-6a0e-4c34-9d7e-2b8f1c0a9e11");

    /** A proposal with a known id, so that its canonical text and hash are known in advance. */
    private static Proposal proposal(String title, String summary, String body) {
        Proposal proposal = Proposal.draft(Documents.doc(title, summary, body), "rep", ORGANISATION,
                Instant.parse("2025-03-01T08:00:00Z"));
        setId(proposal, ID);
        return proposal;
    }

    private static String sha256Hex(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void canonicalJsonSortsTheKeysAndHasNoWhitespace() {
        assertThat(ProposalContent.canonicalJson(proposal("T", "S", "B")))
                .isEqualTo("{\"authors\":[\"Wang Li <wang@example.org>\"],\"body\":\"B\",\"category\":\"CORE\","
                        + "\"description\":\"S\",\"id\":\"3f2504e0-4f89-41d3-9a0c-0305e82c3301\",\"requires\":[],"
                        + "\"title\":\"T\",\"type\":\"STANDARDS_TRACK\"}");
    }

    @Test
    void hashIsTheSha256OfTheCanonicalJson() throws Exception {
        String expected = "{\"authors\":[\"Wang Li <wang@example.org>\"],\"body\":\"B\",\"category\":\"CORE\","
                + "\"description\":\"S\",\"id\":\"3f2504e0-4f89-41d3-9a0c-0305e82c3301\",\"requires\":[],"
                + "\"title\":\"T\",\"type\":\"STANDARDS_TRACK\"}";

        String hash = ProposalContent.sha256(proposal("T", "S", "B"));

        assertThat(hash).isEqualTo(sha256Hex(expected))
                // computed outside Java over the same text
                .isEqualTo("027b998e9dc593021502e4be53d221d8d434804cf03af605a26f6c5ba9c59407");
    }

    @Test
    void canonicalJsonEscapesStringsAsRfc8785Says() {
        // Quote and backslash escaped; \n \t \r \b \f in their short forms; other controls as a lower-case
        // six-character escape; '/', '<', DEL, non-ASCII and characters outside the BMP are written as they are.
        Proposal proposal = proposal("Adopt \"did:gh\" \\ now", "summary",
                "line1\nline2\ttab\r\b\f</script> a/b \u0001\u001f\u007f \u00e9 \uD83D\uDE00");

        assertThat(ProposalContent.canonicalJson(proposal)).isEqualTo("{\"authors\":[\"Wang Li <wang@example.org>\"],\"body\":\"line1\\nline2\\ttab\\r\\b\\f</script> a/b "
                + "\\u0001\\u001f\u007f \u00e9 \uD83D\uDE00\",\"category\":\"CORE\",\"description\":\"summary\","
                + "\"id\":\"3f2504e0-4f89-41d3-9a0c-0305e82c3301\",\"requires\":[],"
                + "\"title\":\"Adopt \\\"did:gh\\\" \\\\ now\",\"type\":\"STANDARDS_TRACK\"}");
    }

    @Test
    void chineseTextStaysUtf8AndIsNotEscaped() throws Exception {
        Proposal proposal = proposal("Adopt \"did:gh\" \\ now", "采用联邦 DID 方法，用于成员身份",
                "line1\nline2\ttab\r\b\f</script> a/b \u0001\u001f\u007f \u00e9 \uD83D\uDE00");
        String expected = "{\"authors\":[\"Wang Li <wang@example.org>\"],\"body\":\"line1\\nline2\\ttab\\r\\b\\f</script> a/b \\u0001\\u001f\u007f \u00e9 \uD83D\uDE00\","
                + "\"category\":\"CORE\",\"description\":\"采用联邦 DID 方法，用于成员身份\","
                + "\"id\":\"3f2504e0-4f89-41d3-9a0c-0305e82c3301\",\"requires\":[],"
                + "\"title\":\"Adopt \\\"did:gh\\\" \\\\ now\",\"type\":\"STANDARDS_TRACK\"}";

        String json = ProposalContent.canonicalJson(proposal);

        assertThat(json).isEqualTo(expected).contains("采用联邦").doesNotContain("\\u91c7");
        assertThat(ProposalContent.sha256(proposal)).isEqualTo(sha256Hex(expected))
                .isEqualTo("48ebc676039ffcd0a9b5c4cad102cdb2318aed5e9f63d80d3cb104380b5abc33");
    }

    @Test
    void hashIsLowerCaseHexOf32Bytes() {
        assertThat(ProposalContent.sha256(proposal("Title", "Summary", "Body"))).matches("[0-9a-f]{64}");
    }

    @Test
    void hashChangesWhenTheBodyChanges() {
        String before = ProposalContent.sha256(proposal("Title", "Summary", "Uptime 99.9%"));
        String after = ProposalContent.sha256(proposal("Title", "Summary", "Uptime 99.5%"));

        assertThat(after).isNotEqualTo(before);
    }

    @Test
    void hashChangesWhenTheTitleOrSummaryChanges() {
        String original = ProposalContent.sha256(proposal("Title", "Summary", "Body"));

        assertThat(ProposalContent.sha256(proposal("Title 2", "Summary", "Body"))).isNotEqualTo(original);
        assertThat(ProposalContent.sha256(proposal("Title", "Summary 2", "Body"))).isNotEqualTo(original);
    }

    @Test
    void hashChangesWhenOnlyTrailingWhitespaceOfTheBodyChanges() {
        // The body is hashed exactly as written; only title and summary are stripped when drafted
        assertThat(ProposalContent.sha256(proposal("Title", "Summary", "Body\n")))
                .isNotEqualTo(ProposalContent.sha256(proposal("Title", "Summary", "Body")));
    }

    @Test
    void hashIsTheSameForTheSameContentWhoeverWroteItAndWhen() {
        Proposal first = proposal("Title", "Summary", "Body");
        Proposal second = Proposal.draft(Documents.doc("Title", "Summary", "Body"), "other-rep", UUID.randomUUID(),
                Instant.parse("2026-01-01T00:00:00Z"));
        setId(second, ID);

        assertThat(ProposalContent.sha256(second)).isEqualTo(ProposalContent.sha256(first));
    }

    /** Proposals get a random id when drafted; the tests fix it so that the expected text is known. */
    private static void setId(Proposal proposal, UUID id) {
        try {
            Field field = Proposal.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(proposal, id);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
