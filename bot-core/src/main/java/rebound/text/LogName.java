package rebound.text;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A member as an operator reads them in the logs: {@code m-3f9c12ab}, a keyed hash of their member
 * key, the same for the same member while this process runs (so one member's trouble can be
 * followed) and unrelated across runs and instances (a new random key at each start). Logs at INFO
 * and above name members only this way: never their key, platform ids, name, company or words.
 */
public final class LogName {

    private static final byte[] KEY = new byte[32];

    static {
        new SecureRandom().nextBytes(KEY);
    }

    private LogName() {
    }

    /** The log name of this member key ({@code m-} and 8 hex digits); {@code m-none} for null. */
    public static String of(String member) {
        if (member == null) {
            return "m-none";
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
            byte[] digest = mac.doFinal(member.getBytes(StandardCharsets.UTF_8));
            return "m-" + HexFormat.of().formatHex(digest, 0, 4);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
