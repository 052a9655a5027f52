package org.livebrief.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Renditions as files in one directory ({@code livebrief.media.directory}): for a single node, or a directory all
 * nodes share. A file is written under a temporary name and moved into place, so a reader never sees half of one.
 * An upload that fails after writing removes what it wrote ({@link #forget}); one whose commit fails after that
 * leaves files no row names, harmless and found by their names.
 */
final class FileStore implements MediaStore {

    private final Path directory;

    FileStore(Path directory) {
        this.directory = directory;
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("livebrief.media.directory cannot be made: " + directory, e);
        }
    }

    @Override
    public boolean put(String name, String contentType, byte[] bytes) {
        Path target = resolve(name);
        if (Files.exists(target)) {
            return false;
        }
        try {
            Path temporary = Files.createTempFile(directory, ".upload-", ".part");
            try {
                Files.write(temporary, bytes);
                move(temporary, target);
                return true;
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public Optional<Stored> get(String name) {
        try {
            return Optional.of(new Stored(MediaStore.contentType(name), Files.readAllBytes(resolve(name))));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public java.util.OptionalLong length(String name) {
        try {
            return java.util.OptionalLong.of(Files.size(resolve(name)));
        } catch (NoSuchFileException e) {
            return java.util.OptionalLong.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void forget(String name) {
        try {
            Files.deleteIfExists(resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path resolve(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a media file name: " + name);
        }
        return directory.resolve(name);
    }
}
