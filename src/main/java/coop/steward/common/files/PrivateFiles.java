package coop.steward.common.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Secrets a start generates into the data directory (the token secret, the development signing key and its
 * password). Each is written whole or not at all: a process killed while writing one (a {@code kill -9} in the
 * first seconds of a first start) must not leave half a keystore that every later start refuses to open.
 */
public final class PrivateFiles {

    private PrivateFiles() {
    }

    /**
     * Writes {@code contents} to a sibling readable only by its owner, forces it to disk, and moves it into place in
     * one step; a file already there is replaced.
     */
    public static void write(Path file, byte[] contents) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path partial = directory.resolve(file.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        if (directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(partial);
        }
        try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(contents);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
