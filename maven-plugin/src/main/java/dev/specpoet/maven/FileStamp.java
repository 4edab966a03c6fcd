package dev.specpoet.maven;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;

/**
 * What the up-to-date check remembers of one file: its size and modification time as the file
 * system keeps it (to the nanosecond where it does), and the CRC-32 of its content.
 *
 * <p>A file whose size and time are both unchanged is taken as unchanged without being read; only a
 * file whose size or time changed is read, and it still counts as unchanged when its CRC-32 matches
 * (touched, or rewritten as it was). So an edit that keeps the size and the exact time is not seen;
 * {@code -Dspecpoet.force} generates anyway. CRC-32 guards against accidents, not attackers.
 *
 * @param size the size in bytes
 * @param modified the modification time, in nanoseconds since the epoch
 * @param crc the CRC-32 of the content
 */
record FileStamp(long size, long modified, long crc) {

  /** Stamps a file: takes its size and time from {@code attributes} and reads its content. */
  static FileStamp of(Path file, BasicFileAttributes attributes) throws IOException {
    return new FileStamp(attributes.size(), modified(attributes), crc(file));
  }

  /** Stamps a file, following a link. */
  static FileStamp of(Path file) throws IOException {
    return of(file, Files.readAttributes(file, BasicFileAttributes.class));
  }

  /**
   * This stamp when the file's size and time are unchanged; a new stamp when they changed but the
   * content did not; empty when the content changed.
   */
  Optional<FileStamp> recheck(Path file, BasicFileAttributes attributes) throws IOException {
    if (attributes.size() == size && modified(attributes) == modified) {
      return Optional.of(this);
    }
    if (attributes.size() != size) {
      return Optional.empty();
    }
    FileStamp now = of(file, attributes);
    return now.crc == crc ? Optional.of(now) : Optional.empty();
  }

  /** The stamp as one line of the state file: size, time and CRC-32, separated by spaces. */
  String format() {
    return size + " " + modified + " " + Long.toHexString(crc);
  }

  /** Reads what {@link #format} wrote; fails with {@link NumberFormatException}. */
  static FileStamp parse(String size, String modified, String crc) {
    return new FileStamp(
        Long.parseLong(size), Long.parseLong(modified), Long.parseUnsignedLong(crc, 16));
  }

  private static long modified(BasicFileAttributes attributes) {
    return attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
  }

  private static long crc(Path file) throws IOException {
    CRC32 crc = new CRC32();
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        crc.update(buffer, 0, n);
      }
    }
    return crc.getValue();
  }
}
