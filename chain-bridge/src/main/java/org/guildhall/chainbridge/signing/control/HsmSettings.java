package org.guildhall.chainbridge.signing.control;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the federation's signing keys live: a PKCS#11 library, the token within it and the
 * user PIN. The connection parameters of {@link Pkcs11Token}.
 *
 * <p>The token is chosen by {@code slot} when given, else by {@code tokenLabel}, else it is the
 * first slot with a token. The PIN is copied in and out (callers may wipe their arrays) and is
 * never part of {@link #toString()}.
 *
 * @param library    path of the PKCS#11 module; {@code null} means {@link #DEFAULT_LIBRARY}
 * @param slot       PKCS#11 slot id, optional
 * @param tokenLabel token label (CKA_LABEL of the token, compared trimmed), optional
 * @param pin        user PIN
 */
public record HsmSettings(Path library, Long slot, String tokenLabel, char[] pin) {

    /** SoftHSM 2 as packaged by Debian ({@code apt-get install softhsm2}). */
    public static final Path DEFAULT_LIBRARY = Path.of("/usr/lib/softhsm/libsofthsm2.so");

    public HsmSettings {
        library = library == null ? DEFAULT_LIBRARY : library;
        if (slot != null && slot < 0) {
            throw new IllegalArgumentException("PKCS#11 slot id must not be negative: " + slot);
        }
        tokenLabel = tokenLabel == null || tokenLabel.isBlank() ? null : tokenLabel.strip();
        Objects.requireNonNull(pin, "pin");
        pin = pin.clone();
    }

    /**
     * From configuration values: {@code library} as a path string ({@code null} or blank for
     * the default) and the PIN as a string.
     */
    public HsmSettings(String library, Long slot, String tokenLabel, String pin) {
        this(library == null || library.isBlank() ? null : Path.of(library.strip()), slot, tokenLabel,
                Objects.requireNonNull(pin, "pin").toCharArray());
    }

    /** The token labelled {@code tokenLabel} in the default library. */
    public static HsmSettings ofTokenLabel(String tokenLabel, char[] pin) {
        return new HsmSettings(null, null, Objects.requireNonNull(tokenLabel, "tokenLabel"), pin);
    }

    /** The token in slot {@code slot} of the default library. */
    public static HsmSettings ofSlot(long slot, char[] pin) {
        return new HsmSettings(null, slot, null, pin);
    }

    public HsmSettings withLibrary(Path newLibrary) {
        return new HsmSettings(newLibrary, slot, tokenLabel, pin);
    }

    public HsmSettings withPin(char[] newPin) {
        return new HsmSettings(library, slot, tokenLabel, newPin);
    }

    /** A copy of the PIN; wipe it after use. */
    @Override
    public char[] pin() {
        return pin.clone();
    }

    public Optional<Long> slotId() {
        return Optional.ofNullable(slot);
    }

    public Optional<String> label() {
        return Optional.ofNullable(tokenLabel);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HsmSettings that
                && library.equals(that.library)
                && Objects.equals(slot, that.slot)
                && Objects.equals(tokenLabel, that.tokenLabel)
                && Arrays.equals(pin, that.pin);
    }

    /** Leaves the PIN out: equal settings still hash equally, and the hash says nothing about it. */
    @Override
    public int hashCode() {
        return Objects.hash(library, slot, tokenLabel);
    }

    @Override
    public String toString() {
        return "HsmSettings[library=" + library
                + ", slot=" + slot
                + ", tokenLabel=" + tokenLabel
                + ", pin=****]";
    }
}
