package org.livebrief.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Online backups of the embedded H2 database: H2's {@code BACKUP TO} writes a consistent copy of the database file
 * into a zip while Livebrief keeps serving and writing ({@code POST /api/backups}, an admin's job). PostgreSQL is backed
 * up with {@code pg_dump} by its own admin ({@code docs/operations.md}, "Backup and restore"); asked there, this is a
 * 409 problem that says so.
 *
 * <p>The zip goes to {@code livebrief.backup.dir} (default: {@code backups/} beside the H2 database), named by the
 * time it was taken (UTC), never by anything a client sends.
 */
@ApplicationScoped
public class Backups {

    private static final Logger LOG = Logger.getLogger(Backups.class);
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'livebrief-'uuuuMMdd'T'HHmmss'Z.zip'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    @Resource(lookup = "java:jboss/datasources/LivebriefDS")
    DataSource dataSource;

    @Inject
    Clock clock;

    private volatile String product;

    /** One backup taken: where, how large, and its SHA-256 (to check a copy). */
    public record Taken(String file, long bytes, String sha256, String database) {
    }

    /** The database product, refusing anything but H2 with a problem naming the right tool. */
    void requireH2() {
        String product = product();
        if (!"H2".equals(product)) {
            throw ProblemException.conflict("backup-external",
                    product + " is backed up with its own tools (pg_dump for PostgreSQL): see docs/operations.md, "
                            + "\"Backup and restore\"", Map.of("database", product));
        }
    }

    /** Writes the backup (a job's thread; the database stays online). */
    public Taken take(Jobs.Progress progress) {
        requireH2();
        progress.total(1);
        Path directory = directory();
        Path file = directory.resolve(NAME.format(clock.instant()));
        try {
            Files.createDirectories(directory);
            if (Files.exists(file)) {
                throw ProblemException.conflict("backup-exists", "A backup was taken this second: " + file.getFileName(),
                        Map.of());
            }
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                // The file name is made here from the clock: no client text reaches the SQL.
                statement.execute("BACKUP TO '" + file.toAbsolutePath().toString().replace("'", "''") + "'");
            }
            Taken taken = new Taken(file.toString(), Files.size(file), sha256(file), "H2");
            progress.done(1);
            LOG.infof("Database backup written: %s (%d bytes, SHA-256 %s)", taken.file(), taken.bytes(), taken.sha256());
            return taken;
        } catch (SQLException e) {
            throw new IllegalStateException("BACKUP TO " + file + " failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Backup to " + file + " failed", e);
        }
    }

    /** {@code livebrief.backup.dir}, else {@code backups/} in the H2 data folder ({@code livebrief.data.dir}). */
    static Path directory() {
        org.eclipse.microprofile.config.Config config = org.eclipse.microprofile.config.ConfigProvider.getConfig();
        java.util.Optional<String> explicit = config.getOptionalValue("livebrief.backup.dir", String.class);
        if (explicit.isPresent()) {
            return Path.of(explicit.get());
        }
        java.util.Optional<String> dataDir = config.getOptionalValue("livebrief.data.dir", String.class);
        if (dataDir.isPresent()) {
            return Path.of(dataDir.get(), "backups");
        }
        return Path.of(System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")), "livebrief",
                "backups");
    }

    /** The database product, read once: a deployment's datasource does not change under it. */
    private String product() {
        String known = product;
        if (known != null) {
            return known;
        }
        try (Connection connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName();
            return product;
        } catch (SQLException e) {
            throw new IllegalStateException("The database does not answer: " + e.getMessage(), e);
        }
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int read; (read = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
