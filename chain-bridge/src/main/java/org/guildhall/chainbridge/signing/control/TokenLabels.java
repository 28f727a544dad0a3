package org.guildhall.chainbridge.signing.control;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the slot id of the token with a given label. SunPKCS11 selects tokens only by
 * {@code slot} or {@code slotListIndex}, so the label is looked up through the JDK's PKCS#11
 * wrapper ({@code C_GetSlotList(true)}, {@code C_GetTokenInfo(slot).label}).
 *
 * <p>The wrapper is internal to module {@code jdk.crypto.cryptoki}: the JVM needs
 * {@value #ADD_EXPORTS}. It is called reflectively rather than compiled against, because
 * {@code javac} refuses {@code --add-exports} for system modules together with
 * {@code --release 17}, which the build uses. The wrapper instance is shared with SunPKCS11
 * (one per library path and JVM), so it is initialised here exactly as SunPKCS11 initialises
 * it: with {@code CKF_OS_LOCKING_OK}, so the library runs thread-safe.
 */
final class TokenLabels {

    static final String ADD_EXPORTS =
            "--add-exports jdk.crypto.cryptoki/sun.security.pkcs11.wrapper=ALL-UNNAMED";

    private static final String WRAPPER = "sun.security.pkcs11.wrapper.";
    private static final long CKF_OS_LOCKING_OK = 0x00000002L;

    private TokenLabels() {
    }

    /**
     * @return the slot id of the token labelled {@code label} (labels compared trimmed)
     * @throws HsmException when no present token has that label, or the wrapper is not exported
     */
    static long slotOf(Path library, String label) {
        List<String> seen = new ArrayList<>();
        try {
            Class<?> pkcs11Class = Class.forName(WRAPPER + "PKCS11");
            Class<?> initArgsClass = Class.forName(WRAPPER + "CK_C_INITIALIZE_ARGS");
            Object initArgs = initArgsClass.getConstructor().newInstance();
            initArgsClass.getField("flags").setLong(initArgs, CKF_OS_LOCKING_OK);
            Method getInstance = pkcs11Class.getMethod(
                    "getInstance", String.class, String.class, initArgsClass, boolean.class);
            Object pkcs11 = getInstance.invoke(null, library.toString(), "C_GetFunctionList", initArgs, false);

            long[] slots = (long[]) pkcs11Class.getMethod("C_GetSlotList", boolean.class).invoke(pkcs11, true);
            Method getTokenInfo = pkcs11Class.getMethod("C_GetTokenInfo", long.class);
            for (long slot : slots) {
                Object tokenInfo = getTokenInfo.invoke(pkcs11, slot);
                char[] rawLabel = (char[]) tokenInfo.getClass().getField("label").get(tokenInfo);
                String tokenLabel = new String(rawLabel).trim();
                if (tokenLabel.equals(label)) {
                    return slot;
                }
                seen.add(tokenLabel);
            }
        } catch (IllegalAccessException e) {
            throw new HsmException("Choosing a PKCS#11 token by label needs the JVM option "
                    + ADD_EXPORTS + " (or configure the slot id instead)", e);
        } catch (InvocationTargetException e) {
            throw new HsmException("Cannot list the tokens of PKCS#11 library " + library + ": "
                    + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new HsmException("This JDK's PKCS#11 wrapper is not the expected one: " + e, e);
        }
        throw new HsmException("No PKCS#11 token labelled '" + label + "' in " + library
                + " (tokens present: " + (seen.isEmpty() ? "none" : String.join(", ", seen)) + ")");
    }
}
