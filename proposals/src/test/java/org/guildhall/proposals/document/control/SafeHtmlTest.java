package org.guildhall.proposals.document.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The XSS tests are only as good as their checker: it must refuse unsafe markup, not just accept safe markup. */
class SafeHtmlTest {

    private static final String REL = " rel=\"nofollow noopener noreferrer\"";

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<SCRIPT SRC=x></SCRIPT>",
            "<p onclick=\"alert(1)\">x</p>",
            "<p ONMOUSEOVER=alert(1)>x</p>",
            "<img src=\"x\">",
            "<iframe src=\"https://example.org\"></iframe>",
            "<object data=\"x\"></object>",
            "<embed src=\"x\">",
            "<style>p{}</style>",
            "<form action=\"https://example.org\"></form>",
            "<div>x</div>",
            "<p style=\"color:red\">x</p>",
            "<code class=\"evil\">x</code>",
            "<a href=\"https://example.org\">no rel</a>",
            "<a href=\"javascript:alert(1)\"" + REL + ">x</a>",
            "<a href=\"JaVaScRiPt:alert(1)\"" + REL + ">x</a>",
            "<a href=\" &#14; javascript:alert(1)\"" + REL + ">x</a>",
            "<a href=\"jav&#x09;ascript:alert(1)\"" + REL + ">x</a>",
            "<a href=\"jav&#9ascript:alert(1)\"" + REL + ">x</a>",
            "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\"" + REL + ">x</a>",
            "<a href=\"javascript&colon;alert(1)\"" + REL + ">x</a>",
            "<a href=javascript:alert(1)" + REL + ">x</a>",
            "<a href=\"vbscript:msgbox(1)\"" + REL + ">x</a>",
            "<a href=\"data:text/html,x\"" + REL + ">x</a>",
            "<a href=\"ftp://example.org\"" + REL + ">x</a>",
            "<a href=\"https://example.org\" href=\"javascript:alert(1)\"" + REL + ">x</a>",
            "<p>x <p/onclick=alert(1)>",
            "<p>text < script>alert(1)</p>"})
    void refusesUnsafeMarkup(String html) {
        assertThatThrownBy(() -> SafeHtml.assertSafe(html, "test")).isInstanceOf(AssertionError.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<p>a &lt;script&gt;alert(1)&lt;/script&gt; javascript&#58;alert(1)</p>",
            "<a href=\"https://example.org/a?b&#61;1\"" + REL + ">x</a>",
            "<a href=\"#rationale\" title=\"javascript:is text here\"" + REL + ">x</a>",
            "<a href=\"mailto:editors&#64;example.org\"" + REL + ">x</a>",
            "<pre><code class=\"language-java\">x</code></pre>",
            "<table><tr><td align=\"left\">x</td></tr></table><ol start=\"3\"><li>x</li></ol><br /><hr />"})
    void acceptsSafeMarkup(String html) {
        assertThatCode(() -> SafeHtml.assertSafe(html, "test")).doesNotThrowAnyException();
    }

    @Test
    void decodesCharacterReferencesAsABrowserWould() {
        assertThat(SafeHtml.decode("&#106;&#x61;&#0000118a&Tab;&colon;&amp;&unknown;")).isEqualTo("java\t:&&unknown;");
    }
}
