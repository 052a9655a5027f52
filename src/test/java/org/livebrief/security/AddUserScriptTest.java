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

    private String commandsOf(String user, String... roles) throws Exception {
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
        Process process = builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return Files.readString(captured);
    }
}
