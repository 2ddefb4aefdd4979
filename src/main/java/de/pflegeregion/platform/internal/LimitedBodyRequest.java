package de.pflegeregion.platform.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A request whose body came without Content-Length (chunked): its bytes are counted as the handler
 * reads them, and reading past the limit fails with {@link MaxUploadSizeExceededException} (which the
 * problem advice answers with 413) instead of buffering an unlimited body.
 */
final class LimitedBodyRequest extends HttpServletRequestWrapper {

    private final long limit;
    private long read;
    private boolean exceeded;
    private ServletInputStream stream;
    private BufferedReader reader;

    LimitedBodyRequest(HttpServletRequest request, long limit) {
        super(request);
        this.limit = limit;
    }

    /** Whether the body went past the limit (the handler may have turned the failure into another answer). */
    boolean exceeded() {
        return exceeded;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (stream == null) {
            stream = new Counting(super.getInputStream());
        }
        return stream;
    }

    @Override
    public BufferedReader getReader() throws IOException {
        if (reader == null) {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
        return reader;
    }

    private void count(long bytes) {
        if (bytes > 0) {
            read += bytes;
            if (read > limit) {
                exceeded = true;
                throw new MaxUploadSizeExceededException(limit);
            }
        }
    }

    private final class Counting extends ServletInputStream {

        private final ServletInputStream body;

        Counting(ServletInputStream body) {
            this.body = body;
        }

        @Override
        public int read() throws IOException {
            int b = body.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = body.read(buffer, offset, length);
            count(n);
            return n;
        }

        @Override
        public boolean isFinished() {
            return body.isFinished();
        }

        @Override
        public boolean isReady() {
            return body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            body.setReadListener(listener);
        }
    }
}
