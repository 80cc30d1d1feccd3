package rebound.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rebound.member.MemberState;

/**
 * The installations of an app serving many workspaces in the data directory (issue 20, "many
 * workspaces"): kept across restarts, sealed so the file alone gives no token away, removed for good;
 * and the members of one workspace found by their key's prefix, for an uninstall.
 */
@DisplayName("Installations in the data directory")
class InstallationFileTest {

    private static final String TOKEN = "xoxb-1234567890-0987654321-SecretBotTokenValue";

    @TempDir
    Path data;

    @Test
    @DisplayName("a record is kept across a restart, sealed: neither the token nor the record's text is in the file")
    void keptSealed() throws Exception {
        try (InstallationFile installs = InstallationFile.open(data)) {
            installs.save("slack:T0ACME", "{\"botAccessToken\":\"" + TOKEN + "\",\"teamId\":\"T0ACME\"}");
        }
        String file = new String(Files.readAllBytes(data.resolve(InstallationFile.FILE)), StandardCharsets.ISO_8859_1);
        assertThat(file).doesNotContain(TOKEN).doesNotContain("SecretBotToken").doesNotContain("botAccessToken");
        try (InstallationFile installs = InstallationFile.open(data)) {
            assertThat(installs.find("slack:T0ACME")).hasValueSatisfying(r -> assertThat(r).contains(TOKEN));
            assertThat(installs.find("slack:T0OTHER")).isEmpty();
        }
    }

    @Test
    @DisplayName("a saved record replaces the one before; a removed one is gone, also after a restart")
    void replaceAndRemove() {
        try (InstallationFile installs = InstallationFile.open(data)) {
            installs.save("slack:T0ACME", "first");
            installs.save("slack:T0ACME", "second");
            installs.save("slack:T0BRIGHT", "other");
            assertThat(installs.find("slack:T0ACME")).contains("second");
            installs.remove("slack:T0ACME");
            installs.remove("slack:T0NEVER");
        }
        try (InstallationFile installs = InstallationFile.open(data)) {
            assertThat(installs.find("slack:T0ACME")).isEmpty();
            assertThat(installs.find("slack:T0BRIGHT")).contains("other");
        }
    }

    @Test
    @DisplayName("the members of one workspace are listed by their key's prefix, and no one else")
    void membersByPrefix() {
        try (MapDbMemberStore store = MapDbMemberStore.open(data)) {
            for (String member : List.of("slack:T0ACME:U1", "slack:T0ACME:U2", "slack:T0ACMEX:U3", "discord:U1")) {
                store.update(member, before -> Change.keep(MemberState.empty().nextId(), null));
            }
            assertThat(store.membersStartingWith("slack:T0ACME:"))
                    .containsExactlyInAnyOrder("slack:T0ACME:U1", "slack:T0ACME:U2");
        }
    }
}
