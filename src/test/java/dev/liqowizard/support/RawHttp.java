package dev.liqowizard.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * HTTP/1.1 over a plain socket, byte for byte: requests that no HTTP client would send (a raw
 * {@code <} in the request line, a NUL, headers over 8 KB, {@code OPTIONS *}) reach Tomcat as
 * written, and the answer is read as Tomcat wrote it.
 */
public final class RawHttp {

	private RawHttp() {
	}

	/** Sends the request head (lines joined with CRLF, ending with an empty line) and reads to the end. */
	public static Response send(int port, String... headLines) throws IOException {
		String head = String.join("\r\n", headLines) + "\r\n\r\n";
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(10_000);
			socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
			socket.getOutputStream().flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream all = new ByteArrayOutputStream();
			in.transferTo(all);
			return Response.parse(all.toByteArray());
		}
	}

	public record Response(int status, List<String[]> headers, String body) {

		static Response parse(byte[] bytes) {
			String text = new String(bytes, StandardCharsets.ISO_8859_1);
			int end = text.indexOf("\r\n\r\n");
			String head = (end < 0) ? text : text.substring(0, end);
			String body = (end < 0) ? "" : text.substring(end + 4);
			String[] lines = head.split("\r\n");
			int status = Integer.parseInt(lines[0].split(" ")[1]);
			List<String[]> headers = new ArrayList<>();
			for (int i = 1; i < lines.length; i++) {
				int colon = lines[i].indexOf(':');
				headers.add(new String[] { lines[i].substring(0, colon).trim(), lines[i].substring(colon + 1).trim() });
			}
			return new Response(status, headers, body);
		}

		public Optional<String> header(String name) {
			return this.headers.stream()
				.filter((header) -> header[0].toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
				.map((header) -> header[1])
				.findFirst();
		}

		public long count(String name) {
			return this.headers.stream().filter((header) -> header[0].equalsIgnoreCase(name)).count();
		}

	}

}
