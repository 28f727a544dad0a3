package org.guildhall.proposals.tally.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MatchingWriterTest {

    @Test
    void matchesTheSameTextWrittenInPieces() {
        MatchingWriter writer = new MatchingWriter("{\"a\":1}");

        writer.write("{\"a\"".toCharArray(), 0, 4);
        writer.write(":1}", 0, 3);

        assertThat(writer.matchesWhole()).isTrue();
    }

    @Test
    void doesNotMatchADifferentTextOrAPrefixOrALongerOne() {
        MatchingWriter different = new MatchingWriter("{\"a\":1}");
        different.write("{\"a\":2}", 0, 7);
        MatchingWriter prefix = new MatchingWriter("{\"a\":1}");
        prefix.write("{\"a\"", 0, 4);
        MatchingWriter longer = new MatchingWriter("{\"a\":1}");
        longer.write("{\"a\":1}\n".toCharArray(), 0, 8);

        assertThat(different.matchesWhole()).isFalse();
        assertThat(prefix.matchesWhole()).isFalse();
        assertThat(longer.matchesWhole()).isFalse();
    }
}
