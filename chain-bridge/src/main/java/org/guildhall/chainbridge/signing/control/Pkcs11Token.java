package org.guildhall.chainbridge.signing.control;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.Security;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

import javax.security.auth.login.FailedLoginException;


/**
 * One logged-in PKCS#11 token: a SunPKCS11 provider configured for the library and slot of
 * {@link HsmSettings}, and the token's {@code PKCS11} {@link KeyStore}.
 *
 * <p>The token is chosen by slot id when one is configured, else by token label, else it is
 * the first slot with a token ({@code slotListIndex = 0}). Choosing by label needs the JVM
 * option {@code --add-exports jdk.crypto.cryptoki/sun.security.pkcs11.wrapper=ALL-UNNAMED}
 * (see {@link TokenLabels}); slot ids and the default need no option.
 *
 * <p>EC key pairs generated through {@link #provider()} are token objects; the private half
 * is {@code CKA_SENSITIVE=true, CKA_EXTRACTABLE=false}, so it never leaves the token.
 *
 * <p>PKCS#11 login state belongs to the application, not to a provider instance: all
 * providers of one library in a JVM share one library handle, and once one of them has
 * logged in to a token, SunPKCS11 skips the login of the others, so the token never sees
 * their PIN. This class therefore remembers a salted digest of the PIN that first logged in
 * to each token in this JVM and rejects a different one as a wrong PIN. Nothing is logged
 * out when an instance is dropped, because that would log out the others too.
 */
public final class Pkcs11Token {

    private static final Logger LOG = Logger.getLogger(Pkcs11Token.class.getName());

    /** Salted SHA-256 of the PIN that logged in, per token (library and slot) in this JVM. */
    private static final Map<String, byte[]> LOGGED_IN_PINS = new ConcurrentHashMap<>();
    private static final byte[] PIN_SALT = newSalt();

    private final Provider provider;
    private final KeyStore keyStore;
    private final String description;
    private final String tokenKey;

    /**
     * Opens the token and logs in.
     *
     * @throws HsmException with a one-line reason: library missing, no token with the label,
     *                      slot not usable, wrong PIN
     */
    public Pkcs11Token(HsmSettings settings) {
        Path library = settings.library();
        if (!Files.isRegularFile(library)) {
            throw new HsmException("PKCS#11 library not found: " + library);
        }
        String slotLine;
        if (settings.slotId().isPresent()) {
            slotLine = "slot = " + settings.slotId().get();
            tokenKey = realPath(library) + "#slot" + settings.slotId().get();
            description = "PKCS#11 slot " + settings.slotId().get() + " of " + library;
        } else if (settings.label().isPresent()) {
            long slot = TokenLabels.slotOf(library, settings.label().get());
            slotLine = "slot = " + slot;
            tokenKey = realPath(library) + "#slot" + slot;
            description = "PKCS#11 token '" + settings.label().get() + "' (slot " + slot + ") of " + library;
        } else {
            slotLine = "slotListIndex = 0";
            tokenKey = realPath(library) + "#index0";
            description = "first PKCS#11 token of " + library;
        }

        provider = configure(providerConfig(library, slotLine));
        keyStore = login(settings);
        LOG.info(() -> "Logged in to " + description);
    }

    /** Same as {@link #Pkcs11Token(HsmSettings)}. */
    public static Pkcs11Token open(HsmSettings settings) {
        return new Pkcs11Token(settings);
    }

    /** The SunPKCS11 provider bound to this token (not registered with {@link Security}). */
    public Provider provider() {
        return provider;
    }

    /** The token's key store, loaded and logged in. */
    public KeyStore keyStore() {
        return keyStore;
    }

    /** Which token this is, for messages; contains no secret. */
    public String description() {
        return description;
    }

    @Override
    public String toString() {
        return "Pkcs11Token[" + description + "]";
    }

    static String providerConfig(Path library, String slotLine) {
        return String.join("\n",
                "name = Guildhall",
                "library = " + library,
                slotLine,
                "attributes(generate, CKO_PRIVATE_KEY, CKK_EC) = {",
                "  CKA_TOKEN = true",
                "  CKA_SENSITIVE = true",
                "  CKA_EXTRACTABLE = false",
                "}",
                "attributes(generate, CKO_PUBLIC_KEY, CKK_EC) = {",
                "  CKA_TOKEN = true",
                "}",
                "");
    }

    private Provider configure(String config) {
        Provider template = Security.getProvider("SunPKCS11");
        if (template == null) {
            throw new HsmException("This JDK has no SunPKCS11 provider (module jdk.crypto.cryptoki)");
        }
        try {
            return template.configure("--" + config);
        } catch (RuntimeException e) {
            throw new HsmException("Cannot open " + description + ": " + rootMessage(e), e);
        }
    }

    private KeyStore login(HsmSettings settings) {
        char[] pin = settings.pin();
        try {
            KeyStore store = KeyStore.getInstance("PKCS11", provider);
            store.load(null, pin);
            byte[] digest = pinDigest(pin);
            byte[] loggedIn = LOGGED_IN_PINS.putIfAbsent(tokenKey, digest);
            if (loggedIn != null && !MessageDigest.isEqual(loggedIn, digest)) {
                throw new HsmException("Login to " + description
                        + " failed: wrong PIN (the token is logged in with another PIN in this JVM)");
            }
            return store;
        } catch (HsmException e) {
            throw e;
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            if (isWrongPin(e)) {
                throw new HsmException("Login to " + description + " failed: wrong PIN", e);
            }
            throw new HsmException("Cannot log in to " + description + ": " + rootMessage(e), e);
        } finally {
            Arrays.fill(pin, '\0');
        }
    }

    private static byte[] pinDigest(char[] pin) throws NoSuchAlgorithmException {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update(PIN_SALT);
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(pin));
        byte[] pinBytes = new byte[bytes.remaining()];
        bytes.get(pinBytes);
        try {
            return sha256.digest(pinBytes);
        } finally {
            Arrays.fill(pinBytes, (byte) 0);
            if (bytes.hasArray()) {
                Arrays.fill(bytes.array(), (byte) 0);
            }
        }
    }

    private static Path realPath(Path library) {
        try {
            return library.toRealPath();
        } catch (IOException e) {
            return library.toAbsolutePath();
        }
    }

    private static byte[] newSalt() {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        return salt;
    }

    private static boolean isWrongPin(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (t instanceof FailedLoginException
                    || message.contains("CKR_PIN_INCORRECT")
                    || message.contains("CKR_PIN_LEN_RANGE")
                    || message.contains("CKR_PIN_INVALID")) {
                return true;
            }
        }
        return false;
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.replace('\n', ' ').strip();
    }
}
