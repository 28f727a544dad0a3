package org.guildhall.chainbridge.signing.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class HsmSettingsTest {

    @Test
    void masksThePinInToString() {
        HsmSettings settings = new HsmSettings(null, 7L, "federation", "s3cr3t-pin".toCharArray());

        assertThat(settings.toString())
                .doesNotContain("s3cr3t-pin")
                .contains("pin=****", "slot=7", "tokenLabel=federation", "libsofthsm2.so");
    }

    @Test
    void defaultsToDebiansSoftHsmLibrary() {
        assertThat(HsmSettings.ofTokenLabel("federation", "1234".toCharArray()).library())
                .isEqualTo(Path.of("/usr/lib/softhsm/libsofthsm2.so"));
    }

    @Test
    void keepsItsOwnCopyOfThePin() {
        char[] pin = "1234".toCharArray();
        HsmSettings settings = HsmSettings.ofSlot(0, pin);

        pin[0] = 'X';
        settings.pin()[1] = 'Y';

        assertThat(settings.pin()).containsExactly('1', '2', '3', '4');
    }

    @Test
    void comparesPinsByContent() {
        HsmSettings a = HsmSettings.ofTokenLabel("t", "1234".toCharArray());

        assertThat(a).isEqualTo(HsmSettings.ofTokenLabel("t", "1234".toCharArray()))
                .hasSameHashCodeAs(HsmSettings.ofTokenLabel("t", "1234".toCharArray()))
                .isNotEqualTo(HsmSettings.ofTokenLabel("t", "9999".toCharArray()));
    }

    @Test
    void treatsBlankLabelAsAbsentAndTrimsLabels() {
        assertThat(new HsmSettings(null, null, "  ", "1".toCharArray()).label()).isEmpty();
        assertThat(new HsmSettings(null, null, " guildhall ", "1".toCharArray()).label()).contains("guildhall");
    }

    @Test
    void rejectsNegativeSlotAndMissingPin() {
        assertThatThrownBy(() -> HsmSettings.ofSlot(-1, "1".toCharArray())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HsmSettings.ofSlot(0, null)).isInstanceOf(NullPointerException.class);
    }
}
