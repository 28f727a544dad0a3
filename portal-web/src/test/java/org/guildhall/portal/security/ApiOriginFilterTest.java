package org.guildhall.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ApiOriginFilterTest {

    private static final String HOST = "portal.example.org";

    /** A request that has only the given headers (looked up without regard to case, as servlets do). */
    private static HttpServletRequest request(String... namesAndValues) {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            headers.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return (HttpServletRequest) Proxy.newProxyInstance(ApiOriginFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getHeader")) {
                        return headers.get((String) args[0]);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void acceptsAnOriginOfTheSameHost() {
        assertThat(ApiOriginFilter.sameOrigin(request("Host", HOST, "Origin", "https://portal.example.org"))).isTrue();
    }

    @Test
    void acceptsAnOriginOfTheSameHostAndPort() {
        assertThat(ApiOriginFilter.sameOrigin(request("Host", "localhost:8080", "Origin", "http://localhost:8080")))
                .isTrue();
    }

    @Test
    void comparesHostsWithoutRegardToCase() {
        assertThat(ApiOriginFilter.sameOrigin(request("Host", HOST, "Origin", "https://Portal.Example.ORG"))).isTrue();
    }

    @Test
    void refusesAnOriginOfAnotherHost() {
        assertThat(ApiOriginFilter.sameOrigin(request("Host", HOST, "Origin", "https://evil.example"))).isFalse();
    }

    @Test
    void refusesAnOriginThatOnlyStartsWithTheHost() {
        assertThat(ApiOriginFilter.sameOrigin(request("Host", HOST, "Origin", "https://portal.example.org.evil.example")))
                .isFalse();
    }

    @Test
    void refusesAnOriginOfTheSameHostOnAnotherPort() {
        assertThat(ApiOriginFilter.sameOrigin(request("Host", "localhost:8080", "Origin", "http://localhost:8081")))
                .isFalse();
    }

    @Test
    void fallsBackToTheRefererWhenThereIsNoOrigin() {
        assertThat(ApiOriginFilter.sameOrigin(request("Host", HOST,
                "Referer", "https://portal.example.org/proposals/new.xhtml?draft=1"))).isTrue();
        assertThat(ApiOriginFilter.sameOrigin(request("Host", HOST, "Referer", "https://evil.example/form.html")))
                .isFalse();
    }

    @Test
    void refusesWhenThereIsNeitherOriginNorReferer() {
        assertThat(ApiOriginFilter.sameOrigin(request("Host", HOST))).isFalse();
    }

    @Test
    void usesTheRefererWhenTheOriginIsNull() {
        // Browsers send "Origin: null" from privacy-sensitive contexts (redirects, sandboxed frames)
        assertThat(ApiOriginFilter.sameOrigin(request("Host", HOST, "Origin", "null",
                "Referer", "https://portal.example.org/ledger.xhtml"))).isTrue();
        assertThat(ApiOriginFilter.sameOrigin(request("Host", HOST, "Origin", "null",
                "Referer", "https://evil.example/"))).isFalse();
        assertThat(ApiOriginFilter.sameOrigin(request("Host", HOST, "Origin", "null"))).isFalse();
    }

    @Test
    void trustsTheOriginOverTheReferer() {
        assertThat(ApiOriginFilter.sameOrigin(request("Host", HOST, "Origin", "https://evil.example",
                "Referer", "https://portal.example.org/"))).isFalse();
    }

    @Test
    void refusesARefererThatHidesAnotherHostBehindUserInfo() {
        assertThat(ApiOriginFilter.sameOrigin(request("Host", HOST,
                "Referer", "https://portal.example.org@evil.example/"))).isFalse();
    }

    @Test
    void refusesWhenTheRequestHasNoHost() {
        assertThat(ApiOriginFilter.sameOrigin(request("Origin", "https://portal.example.org"))).isFalse();
    }

    @Test
    void refusesAnOriginThatIsNoUri() {
        assertThat(ApiOriginFilter.sameOrigin(request("Host", HOST, "Origin", "https://portal example org"))).isFalse();
    }
}
