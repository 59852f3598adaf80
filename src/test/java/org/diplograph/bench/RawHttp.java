package org.diplograph.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * The thinnest HTTP/1.1 client: GET over one kept-alive socket, body by Content-Length or chunks. For telling the API's
 * own overhead from java.net.http's (its asynchronous machinery adds about half a millisecond a request here).
 */
final class RawHttp implements AutoCloseable {
    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;

    RawHttp(String host, int port) throws IOException {
        socket = new Socket(host, port);
        socket.setTcpNoDelay(true);
        out = socket.getOutputStream();
        in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
    }

    /** GETs a path and query; returns the status (the body is read and dropped). */
    int get(String pathAndQuery) {
        try {
            out.write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String status = line();
            int length = -1;
            boolean chunked = false;
            for (String h = line(); !h.isEmpty(); h = line()) {
                String l = h.toLowerCase();
                if (l.startsWith("content-length:")) length = Integer.parseInt(l.substring(15).trim());
                if (l.startsWith("transfer-encoding:") && l.contains("chunked")) chunked = true;
            }
            if (length >= 0) {
                in.readNBytes(length);
            } else if (chunked) {
                for (int n = Integer.parseInt(line().trim(), 16); n > 0; n = Integer.parseInt(line().trim(), 16)) {
                    in.readNBytes(n);
                    line();
                }
                line();
            }
            return Integer.parseInt(status.split(" ")[1]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RawHttp to(String base) throws IOException {
        URI u = URI.create(base);
        return new RawHttp(u.getHost(), u.getPort());
    }

    private String line() throws IOException {
        StringBuilder b = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) throw new IOException("connection closed");
            if (c != '\r') b.append((char) c);
        }
        return b.toString();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
