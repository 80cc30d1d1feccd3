package rebound.slack.transport;

import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.App;
import com.slack.api.bolt.jakarta_servlet.SlackAppServletAdapter;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The only way into {@code /slack/events}: nothing of a request is parsed before Slack's signature
 * has been checked on its raw bytes, read within a size cap. Only a signed request reaches Bolt.
 *
 * <p>Order, each step refusing with a plain-text status and at most one short log line:
 * <ol>
 *   <li>any method but POST: 405;</li>
 *   <li>a body over {@link #MAX_BODY_BYTES} (declared, or found while reading a chunked body): 413,
 *       having read at most the cap;</li>
 *   <li>no timestamp, a timestamp more than {@link #TOLERANCE} away from now, or a signature that is
 *       not {@code v0=HMAC-SHA256(secret, "v0:" + timestamp + ":" + body)}: 401 (Slack's scheme,
 *       "Verifying requests from Slack"; compared in constant time);</li>
 *   <li>Slack's {@code app_rate_limited} notice: 200, and one plain log line ({@link RateLimitNotice});</li>
 *   <li>a signed body Bolt cannot read: 400;</li>
 *   <li>a signed request whose handling throws (a payload without its team or user, say): 200, so
 *       Slack does not send it again, and ignored.</li>
 * </ol>
 * No response names an exception, a class or a server version.
 *
 * <p>Why not the SDK's {@code SlackSignature.Verifier}: it checks a decoded {@code String} (not the
 * bytes Slack signed), compares with {@code String.equals}, and throws on a timestamp that is not a
 * number.
 */
final class SignedRequestGate extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(SignedRequestGate.class);

    /**
     * The largest body read, in bytes. Slack's event and interaction payloads are a few kilobytes; a
     * message at Slack's 40,000-character limit, JSON-escaped twice (text and blocks), stays below it.
     */
    static final int MAX_BODY_BYTES = 1024 * 1024;
    /** How far a request's timestamp may be from now, either way (Slack's guidance: five minutes). */
    static final Duration TOLERANCE = Duration.ofMinutes(5);

    private static final Pattern TIMESTAMP = Pattern.compile("\\d{1,12}");
    private static final String VERSION = "v0";

    private final transient App app;
    private final transient SlackAppServletAdapter bolt;
    private final byte[] secret;
    private final transient Clock clock;

    /**
     * @param app the Bolt app the signed requests go to
     * @param signingSecret the app's signing secret (Basic Information in the app's settings)
     * @param clock the clock timestamps are checked against
     */
    SignedRequestGate(App app, String signingSecret, Clock clock) {
        this.app = app;
        this.bolt = new SlackAppServletAdapter(app.config());
        this.secret = signingSecret.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!"POST".equals(req.getMethod())) {
            resp.setHeader("Allow", "POST");
            refuse(resp, HttpServletResponse.SC_METHOD_NOT_ALLOWED, null);
            return;
        }
        if (req.getContentLengthLong() > MAX_BODY_BYTES) {
            refuse(resp, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "a body over the size cap");
            return;
        }
        byte[] body = readAtMost(req.getInputStream(), MAX_BODY_BYTES);
        if (body == null) {
            refuse(resp, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "a body over the size cap");
            return;
        }
        if (!signed(req.getHeader(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP),
                req.getHeader(SlackSignature.HeaderNames.X_SLACK_SIGNATURE), body)) {
            refuse(resp, HttpServletResponse.SC_UNAUTHORIZED, "no valid Slack signature");
            return;
        }
        if (RateLimitNotice.isOne(body)) {
            RateLimitNotice.log(body);
            resp.setStatus(HttpServletResponse.SC_OK);
            return;
        }
        Request<?> request;
        try {
            request = bolt.buildSlackRequest(new ReadBody(req, body));
        } catch (RuntimeException | IOException unreadable) {
            refuse(resp, HttpServletResponse.SC_BAD_REQUEST, "a signed body Bolt cannot read");
            return;
        }
        Response answer;
        try {
            answer = app.run(request);
        } catch (Exception unusable) {
            LOG.warn("Ignored a signed Slack request Rebound cannot use ({})", unusable.getClass().getSimpleName());
            if (!resp.isCommitted()) {
                resp.reset();
                resp.setStatus(HttpServletResponse.SC_OK);
            }
            return;
        }
        bolt.writeResponse(resp, answer);
    }

    /** True when {@code signature} is Slack's v0 signature of these bytes at a timestamp close to now. */
    boolean signed(String timestamp, String signature, byte[] body) {
        if (timestamp == null || signature == null || !TIMESTAMP.matcher(timestamp).matches()) {
            return false;
        }
        long skew = Math.abs(clock.millis() / 1000 - Long.parseLong(timestamp));
        if (skew > TOLERANCE.toSeconds()) {
            return false;
        }
        byte[] expected = (VERSION + "=" + HexFormat.of().formatHex(mac(timestamp, body))).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
    }

    private byte[] mac(String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update((VERSION + ":" + timestamp + ":").getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** The whole stream if it holds at most {@code cap} bytes; null, having read {@code cap + 1}, if more. */
    static byte[] readAtMost(InputStream in, int cap) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(cap, 8192));
        byte[] chunk = new byte[8192];
        int total = 0;
        for (int n; (n = in.read(chunk, 0, Math.min(chunk.length, cap + 1 - total))) > 0; ) {
            total += n;
            if (total > cap) {
                return null;
            }
            out.write(chunk, 0, n);
        }
        return out.toByteArray();
    }

    private static void refuse(HttpServletResponse resp, int status, String why) throws IOException {
        if (why != null) {
            LOG.info("Refused a request to {}: {} ({})", HttpTransport.EVENTS, why, status);
        }
        PlainErrors.write(resp, status);
    }

    /** The request with its body already read: Bolt reads these bytes instead of the network's. */
    private static final class ReadBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already read");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
