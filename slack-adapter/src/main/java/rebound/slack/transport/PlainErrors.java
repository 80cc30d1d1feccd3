package rebound.slack.transport;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Every error the HTTP front door answers is one plain line, {@code 404 Not Found}: never an
 * exception, a stack, a class name or the server's name and version (Jetty's own pages print them).
 */
final class PlainErrors {

    private static final String TEXT = "text/plain; charset=utf-8";

    private PlainErrors() {
    }

    /** The body of an error with this HTTP status: {@code "<status> <reason>\n"}. */
    static String line(int status) {
        return status + " " + HttpStatus.getMessage(status) + "\n";
    }

    /** Answers with this status and its plain line, unless the response is already committed. */
    static void write(HttpServletResponse resp, int status) throws IOException {
        if (resp.isCommitted()) {
            return;
        }
        resp.setStatus(status);
        resp.setContentType(TEXT);
        resp.getWriter().write(line(status));
    }

    /** Jetty's error handler for what happens outside a servlet: unknown paths, bad HTTP, a server error. */
    static final class ForServer extends org.eclipse.jetty.server.handler.ErrorHandler {
        ForServer() {
            hideDetails(this);
        }

        @Override
        protected void generateResponse(Request request, Response response, int code, String message,
                Throwable cause, Callback callback) {
            writePlain(response, code, callback);
        }

        @Override
        public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
            fields.put(new HttpField(HttpHeader.CONTENT_TYPE, TEXT));
            return ByteBuffer.wrap(line(status).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The servlet context's error handler (a servlet's exception or {@code sendError}). */
    static final class ForServlets extends org.eclipse.jetty.ee10.servlet.ErrorHandler {
        ForServlets() {
            hideDetails(this);
        }

        @Override
        protected boolean generateAcceptableResponse(Request request, Response response, Callback callback,
                String contentType, List<Charset> charsets, int code, String message, Throwable cause) {
            writePlain(response, code, callback);
            return true;
        }

        @Override
        public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
            fields.put(new HttpField(HttpHeader.CONTENT_TYPE, TEXT));
            return ByteBuffer.wrap(line(status).getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void hideDetails(org.eclipse.jetty.server.handler.ErrorHandler handler) {
        handler.setShowStacks(false);
        handler.setShowCauses(false);
        handler.setShowMessageInTitle(false);
        handler.setShowOrigin(false);
    }

    private static void writePlain(Response response, int code, Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, TEXT);
        response.write(true, ByteBuffer.wrap(line(code).getBytes(StandardCharsets.UTF_8)), callback);
    }
}
