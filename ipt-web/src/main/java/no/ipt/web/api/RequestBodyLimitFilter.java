package no.ipt.web.api;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses API request bodies above {@code ipt.api.max-body-bytes} (1 MiB by default) with 413, before
 * anything reads them: by the declared length, or while reading a body sent without one. A document
 * upload ({@code POST /api/cases/{n}/documents}) may carry a document of {@code ipt.documents.max-bytes}
 * (10 MiB by default) and the multipart envelope around it; the application checks the file itself.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class RequestBodyLimitFilter extends HttpFilter {

    /** Bodies up to this many times the limit are read and dropped before answering 413. */
    static final int SWALLOW_FACTOR = 8;

    @Inject
    @ConfigProperty(name = "ipt.api.max-body-bytes", defaultValue = "1048576")
    long maxBodyBytes;

    @Inject
    @ConfigProperty(name = "ipt.documents.max-bytes", defaultValue = "10485760")
    long maxDocumentBytes;

    /** Room for the multipart boundaries, part headers and the small text fields of an upload. */
    static final long MULTIPART_ENVELOPE_BYTES = 64 * 1024;

    private static final java.util.regex.Pattern UPLOAD = java.util.regex.Pattern.compile("/cases/[^/]+/documents/?");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long limit = limitFor(request);
        if (request.getContentLengthLong() > limit) {
            swallow(request, request.getContentLengthLong(), limit);
            tooLarge(response, limit);
            return;
        }
        try {
            chain.doFilter(request.getContentLengthLong() < 0 ? new Limited(request, limit) : request, response);
        } catch (BodyTooLargeException e) {
            if (!response.isCommitted()) {
                response.reset();
                tooLarge(response, limit);
            }
        }
    }

    /** The largest body this request may have: the document limit for an upload, else the API's. */
    long limitFor(HttpServletRequest request) {
        String path = request.getPathInfo();
        boolean upload = "POST".equals(request.getMethod()) && path != null && UPLOAD.matcher(path).matches();
        return upload ? Math.max(maxBodyBytes, maxDocumentBytes + MULTIPART_ENVELOPE_BYTES) : maxBodyBytes;
    }

    /**
     * Reads and drops a refused body of moderate size, as servlet containers do, so that a client that
     * is still sending it can read the 413 instead of seeing its connection reset. Larger bodies are
     * not read: the connection is closed on them.
     */
    private void swallow(HttpServletRequest request, long length, long limit) throws IOException {
        if (length > SWALLOW_FACTOR * limit) {
            return;
        }
        byte[] buffer = new byte[64 * 1024];
        var in = request.getInputStream();
        long left = length;
        int n;
        while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
            left -= n;
        }
    }

    private void tooLarge(HttpServletResponse response, long limit) throws IOException {
        response.setStatus(413);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"https://ipt.no/problems/payload-too-large\",\"title\":\"Payload too large\","
                + "\"status\":413,\"detail\":\"A request body may be at most " + limit + " bytes\",\"errors\":[]}");
    }

    /** Thrown while reading a body that turns out to be too large. */
    static final class BodyTooLargeException extends IOException {
        BodyTooLargeException() {
            super("request body too large");
        }
    }

    /** Counts what is read of a body of unknown length and stops at the limit. */
    private static final class Limited extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0 && ++read > limit) {
                            throw new BodyTooLargeException();
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        if (n > 0 && (read += n) > limit) {
                            throw new BodyTooLargeException();
                        }
                        return n;
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
