package rebound.discord.fake;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code multipart/form-data} body (RFC 7578) read as Discord reads a message with files: its parts,
 * each with its field {@code name}, its {@code filename} when it is a file, its content type and bytes.
 */
public record FormData(List<Part> parts) {

    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
    private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"");
    private static final Pattern FILENAME = Pattern.compile("\\bfilename=\"([^\"]*)\"");

    /** One field: a file when {@code filename} is not null. */
    public record Part(String name, String filename, String contentType, byte[] content) {

        public String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    /**
     * Reads {@code body} sent with {@code contentType} ({@code multipart/form-data; boundary=...}).
     *
     * @throws IllegalArgumentException when the body is not well-formed multipart data
     */
    public static FormData read(String contentType, byte[] body) {
        Matcher boundary = BOUNDARY.matcher(contentType);
        if (!boundary.find()) {
            throw new IllegalArgumentException("multipart/form-data without a boundary");
        }
        byte[] delimiter = ("--" + boundary.group(1)).getBytes(StandardCharsets.ISO_8859_1);
        List<Part> parts = new ArrayList<>();
        int at = indexOf(body, delimiter, 0);
        if (at < 0) {
            throw new IllegalArgumentException("no part starts with the boundary");
        }
        while (true) {
            int afterDelimiter = at + delimiter.length;
            if (afterDelimiter + 1 < body.length && body[afterDelimiter] == '-' && body[afterDelimiter + 1] == '-') {
                return new FormData(List.copyOf(parts)); // the closing delimiter
            }
            int headersStart = afterDelimiter + 2; // CRLF
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), headersStart);
            int next = indexOf(body, ("\r\n--" + boundary.group(1)).getBytes(StandardCharsets.ISO_8859_1), headersEnd);
            if (headersEnd < 0 || next < 0) {
                throw new IllegalArgumentException("a part is not closed by the boundary");
            }
            String headers = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
            String name = null;
            String filename = null;
            String type = "text/plain";
            for (String header : headers.split("\r\n")) {
                String lower = header.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-disposition:")) {
                    Matcher n = NAME.matcher(header);
                    name = n.find() ? n.group(1) : null;
                    Matcher f = FILENAME.matcher(header);
                    filename = f.find() ? f.group(1) : null;
                } else if (lower.startsWith("content-type:")) {
                    type = header.substring("content-type:".length()).strip();
                }
            }
            if (name == null) {
                throw new IllegalArgumentException("a part without a form-data name");
            }
            parts.add(new Part(name, filename, type, Arrays.copyOfRange(body, headersEnd + 4, next)));
            at = next + 2;
        }
    }

    /** The field named {@code name}, or null. */
    public Part field(String name) {
        return parts.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
    }

    /** The parts that are files, in order. */
    public List<Part> files() {
        return parts.stream().filter(p -> p.filename() != null).toList();
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = Math.max(0, from); i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
