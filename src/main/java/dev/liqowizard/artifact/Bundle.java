package dev.liqowizard.artifact;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A zip of a plan's files under one folder. Deterministic: fixed timestamps, the files' order,
 * no extra fields that carry the time of the download.
 */
public final class Bundle {

	/**
	 * A fixed time as local DOS time: no clock and no time zone in the bytes. Not 1980-01-01 00:00,
	 * which the JDK reads as "before 1980" and then adds an extra field in UTC.
	 */
	private static final LocalDateTime EPOCH = LocalDateTime.of(2000, 1, 1, 0, 0);

	private Bundle() {
	}

	public static byte[] zip(String folder, List<PlanFile> files) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.setLevel(9);
			for (PlanFile file : files) {
				ZipEntry entry = new ZipEntry(folder + "/" + file.fileName());
				entry.setTimeLocal(EPOCH);
				zip.putNextEntry(entry);
				zip.write(file.content());
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

}
