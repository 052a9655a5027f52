package org.livebrief.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code add-user.sh} asks the server to do, read from the command file it hands a stand-in {@code jboss-cli.sh};
 * {@code ApiTokensIT} runs it against a real server.
 */
class AddUserScriptTest {

    @TempDir
    Path wildfly;

    @Test
    void addUserMovesTheEpochOfTheUserItChangesAndNoOther() throws Exception {
        String commands = commandsOf("dana@example.com", "reporter");
        String property = CredentialEpochs.propertyOf("dana@example.com");
        assertThat(commands).contains("/system-property=" + property + ":add(value=")
                .contains("/system-property=" + property + ":write-attribute(name=value, value=")
                .doesNotContain("/system-property=" + CredentialEpochs.GLOBAL + ":");
    }

    @Test
    void everyRunMovesTheEpochToANewValue() throws Exception {
        assertThat(commandsOf("dana", "reporter")).isNotEqualTo(commandsOf("dana", "reporter"));
    }

    /**
     * The first user of a new server: the realm's folder does not exist yet. Asking the server whether the user exists
     * (read-identity) fails for a new user, and WildFly logs every failed operation at ERROR, so an ordinary user
     * creation left an ERROR in the log (found by a newcomer's run of the admin guide). No folder: nobody to replace.
     */
    @Test
    void theFirstUserOfANewServerIsAddedWithoutAskingTheServerWhetherItExists() throws Exception {
        assertThat(Files.exists(wildfly.resolve("standalone/data/livebrief-identities"))).isFalse();
        String commands = commandsOf("dana", "reporter");
        assertThat(commands).doesNotContain("read-identity").doesNotContain("remove-identity")
                .contains(":add-identity(identity=dana)");
    }

    @Test
    void aUserWhoseFileIsInTheRealmIsReplacedAndAnotherIsOnlyAdded() throws Exception {
        Path realm = Files.createDirectories(wildfly.resolve("standalone/data/livebrief-identities/d"));
        Files.writeString(realm.resolve("dana-MRQW4YI.xml"), "<identity/>"); // Elytron's name: name-base32(name).xml
        assertThat(commandsOf("dana", "editor")).contains(":remove-identity(identity=dana)").doesNotContain("read-identity");
        assertThat(commandsOf("olena", "editor")).doesNotContain("remove-identity").doesNotContain("read-identity");
    }

    @Test
    void aServerOnAnotherMachineIsAsked() throws Exception {
        String commands = commandsOf(java.util.Map.of("WILDFLY_CONTROLLER", "10.0.0.5:9990"), "dana", "reporter");
        assertThat(commands).contains("if (outcome == success) of /subsystem=elytron/filesystem-realm=LivebriefRealm"
                + ":read-identity(identity=dana)");
    }

    private String commandsOf(String user, String... roles) throws Exception {
        return commandsOf(java.util.Map.of(), user, roles);
    }

    private String commandsOf(java.util.Map<String, String> environment, String user, String... roles) throws Exception {
        Path bin = Files.createDirectories(wildfly.resolve("bin"));
        Path captured = wildfly.resolve("captured.cli");
        Path cli = bin.resolve("jboss-cli.sh");
        Files.writeString(cli, """
                #!/usr/bin/env bash
                for a in "$@"; do case $a in --file=*) sed '/set-password/d' "${a#--file=}" > "$CAPTURE";; esac; done
                """);
        Files.setPosixFilePermissions(cli, PosixFilePermissions.fromString("rwx------"));
        List<String> command = new java.util.ArrayList<>(List.of("bash", "src/main/wildfly/add-user.sh", user));
        command.addAll(List.of(roles));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("JBOSS_HOME", wildfly.toString());
        builder.environment().put("LIVEBRIEF_USER_PASSWORD", "not-Used-1");
        builder.environment().put("CAPTURE", captured.toString());
        builder.environment().putAll(environment);
        Process process = builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return Files.readString(captured);
    }
}
