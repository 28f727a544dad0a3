package org.guildhall.proposals.document.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.guildhall.proposals.document.control.SafeHtml.assertSafe;

import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownRendererTest {

    static Stream<String> payloads() {
        return XssPayloads.all().stream();
    }

    @Test
    void theListOfPayloadsIsLong() {
        assertThat(XssPayloads.all()).hasSizeGreaterThanOrEqualTo(100).doesNotHaveDuplicates();
    }

    @Nested
    class Xss {

        @ParameterizedTest
        @MethodSource("org.guildhall.proposals.document.control.MarkdownRendererTest#payloads")
        void rendersNoActiveContent(String payload) {
            assertSafe(MarkdownRenderer.render(payload), payload);
        }

        @ParameterizedTest
        @MethodSource("org.guildhall.proposals.document.control.MarkdownRendererTest#payloads")
        void rendersNoActiveContentInsideADocument(String payload) {
            String markdown = "## Specification\n\nBefore " + payload + " after.\n\n- item " + payload + "\n\n> "
                    + payload + "\n";

            assertSafe(MarkdownRenderer.render(markdown), markdown);
        }

        /** The sanitiser alone, fed the payload as HTML: safe even if the Markdown layer let raw HTML through. */
        @ParameterizedTest
        @MethodSource("org.guildhall.proposals.document.control.MarkdownRendererTest#payloads")
        void theSanitiserAloneRemovesActiveContent(String payload) {
            assertSafe(MarkdownRenderer.sanitize(payload), payload);
        }

        @Test
        void rawHtmlIsShownAsText() {
            assertThat(MarkdownRenderer.render("<b onclick=alert(1)>bold</b>"))
                    .isEqualTo("<p>&lt;b onclick&#61;alert(1)&gt;bold&lt;/b&gt;</p>\n");
        }

        @Test
        void aJavascriptLinkKeepsItsTextButNotItsTarget() {
            assertThat(MarkdownRenderer.render("[click me](javascript:alert(1))")).isEqualTo("<p>click me</p>\n");
        }

        @Test
        void theSanitiserKeepsSafeMarkupAndDropsTheRest() {
            assertThat(MarkdownRenderer.sanitize("<p onclick=\"x\">a <a href=\"javascript:x\">b</a> "
                    + "<a href=\"https://example.org/\" target=\"_blank\">c</a><img src=x onerror=y></p>"))
                    .isEqualTo("<p>a b <a href=\"https://example.org/\" rel=\"nofollow noopener noreferrer\">c</a></p>");
        }

        @Test
        void theSanitiserChecksTheCodeLanguage() {
            assertThat(MarkdownRenderer.sanitize("<code class=\"language-java\">x</code>"))
                    .isEqualTo("<code class=\"language-java\">x</code>");
            assertThat(MarkdownRenderer.sanitize("<code class=\"evil language-java\">x</code>")).isEqualTo("<code>x</code>");
        }
    }

    @Nested
    class Markdown {

        @Test
        void rendersHeadingsParagraphsAndEmphasis() {
            assertThat(MarkdownRenderer.render("# Title\n\n## Abstract\n\nSome *emphasis* and **strong** text.\n\n"
                    + "###### Small\n\n---\n"))
                    .isEqualTo("<h1>Title</h1>\n<h2>Abstract</h2>\n"
                            + "<p>Some <em>emphasis</em> and <strong>strong</strong> text.</p>\n<h6>Small</h6>\n<hr />\n");
        }

        @Test
        void rendersLists() {
            assertThat(MarkdownRenderer.render("- one\n- two\n  - nested\n\n3. three\n4. four\n"))
                    .isEqualTo("<ul><li>one</li><li>two\n<ul><li>nested</li></ul>\n</li></ul>\n"
                            + "<ol start=\"3\"><li>three</li><li>four</li></ol>\n");
        }

        @Test
        void rendersCodeBlocksWithTheirLanguageAndEscapesTheirContent() {
            assertThat(MarkdownRenderer.render("Use `x < y`:\n\n```java\nif (a < b && c > d) { run(\"<script>\"); }\n```\n"))
                    .isEqualTo("<p>Use <code>x &lt; y</code>:</p>\n<pre><code class=\"language-java\">"
                            + "if (a &lt; b &amp;&amp; c &gt; d) { run(&#34;&lt;script&gt;&#34;); }\n</code></pre>\n");
        }

        @Test
        void rendersTablesWithAlignment() {
            assertThat(MarkdownRenderer.render("| Option | Weight | Share |\n|:--|:-:|--:|\n| yes | 1 | 50% |\n"))
                    // the sanitiser drops the line breaks between table elements, where HTML allows no text
                    .isEqualTo("<table><thead><tr><th align=\"left\">Option</th><th align=\"center\">Weight</th>"
                            + "<th align=\"right\">Share</th></tr></thead><tbody><tr><td align=\"left\">yes</td>"
                            + "<td align=\"center\">1</td><td align=\"right\">50%</td></tr></tbody></table>\n");
        }

        @Test
        void rendersLinksThatDoNotPassOnTheReader() {
            assertThat(MarkdownRenderer.render("See [EIP-1](https://eips.ethereum.org/EIPS/eip-1 \"EIP-1\"), "
                    + "<https://example.org/a?b=1&c=2>, [the rationale](#rationale), [proposal 7](/proposals/7) "
                    + "and [the editors](mailto:editors@example.org)."))
                    .isEqualTo("<p>See <a href=\"https://eips.ethereum.org/EIPS/eip-1\" title=\"EIP-1\" "
                            + "rel=\"nofollow noopener noreferrer\">EIP-1</a>, "
                            + "<a href=\"https://example.org/a?b&#61;1&amp;c&#61;2\" rel=\"nofollow noopener noreferrer\">"
                            + "https://example.org/a?b&#61;1&amp;c&#61;2</a>, "
                            + "<a href=\"#rationale\" rel=\"nofollow noopener noreferrer\">the rationale</a>, "
                            + "<a href=\"/proposals/7\" rel=\"nofollow noopener noreferrer\">proposal 7</a> and "
                            + "<a href=\"mailto:editors&#64;example.org\" rel=\"nofollow noopener noreferrer\">the editors</a>.</p>\n");
        }

        @Test
        void rendersChineseText() {
            assertThat(MarkdownRenderer.render("## 摘要\n\n节点应在证书到期前**三十天**续期。\n\n- 第一条\n- 第二条\n"))
                    .isEqualTo("<h2>摘要</h2>\n<p>节点应在证书到期前<strong>三十天</strong>续期。</p>\n"
                            + "<ul><li>第一条</li><li>第二条</li></ul>\n");
        }

        @Test
        void rendersQuotesAndLineBreaks() {
            assertThat(MarkdownRenderer.render("> quoted  \n> next\n"))
                    .isEqualTo("<blockquote>\n<p>quoted<br />\nnext</p>\n</blockquote>\n");
        }

        @Test
        void rendersImagesAsLinksToThem() {
            assertThat(MarkdownRenderer.render("![Vote flow](https://example.org/flow.png \"Flow\") ![](https://example.org/b.png)"))
                    .isEqualTo("<p><a href=\"https://example.org/flow.png\" title=\"Flow\" "
                            + "rel=\"nofollow noopener noreferrer\">Vote flow</a> "
                            + "<a href=\"https://example.org/b.png\" rel=\"nofollow noopener noreferrer\">"
                            + "https://example.org/b.png</a></p>\n");
        }

        @Test
        void rendersAnImageInsideALinkAsItsAltText() {
            assertThat(MarkdownRenderer.render("[![build passing](https://ci.example/badge.svg)](https://ci.example/)"))
                    .isEqualTo("<p><a href=\"https://ci.example/\" rel=\"nofollow noopener noreferrer\">build passing</a></p>\n");
        }

        @Test
        void rendersEmptyInput() {
            assertThat(MarkdownRenderer.render("")).isEmpty();
        }
    }

    @Nested
    class Limits {

        @Test
        void accepts100000Characters() {
            assertThat(MarkdownRenderer.render("a".repeat(100_000))).hasSize(100_000 + "<p></p>\n".length());
        }

        @Test
        void refuses100001Characters() {
            assertThatThrownBy(() -> MarkdownRenderer.render("a".repeat(100_001)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Markdown has 100001 characters; at most 100000 are allowed.");
        }

        @Test
        void countsCharactersNotUtf16Units() {
            String chars100000 = "\uD840\uDC00".repeat(50_000) + "節".repeat(50_000);

            assertThatCode(() -> MarkdownRenderer.render(chars100000)).doesNotThrowAnyException();
            assertThatThrownBy(() -> MarkdownRenderer.render(chars100000 + "節"))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @ParameterizedTest
        @ValueSource(strings = {">", "- ", "* ", "1. ", "[", "![", "*", "**", "_", "<", "`", "|", "<a>", "[a](", "\t"})
        void survivesDeeplyNestedOrRepetitiveInput(String unit) {
            String markdown = unit.repeat(100_000 / unit.length());

            String html = MarkdownRenderer.render(markdown);

            assertSafe(html, unit + " repeated");
        }
    }
}
