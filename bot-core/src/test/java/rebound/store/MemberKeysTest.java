package rebound.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Members' keys")
class MemberKeysTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("a sealed record opens only with its member's key and under its own record key")
    void sealAndOpen() {
        MemberKeys keys = new MemberKeys(dir);
        SecretKey alice = keys.ensure("alice");
        SecretKey bob = keys.ensure("bob");
        byte[] plain = "{\"company\":\"Acme\"}".getBytes(StandardCharsets.UTF_8);
        byte[] sealed = keys.seal(alice, "alice/r1", plain);
        assertThat(sealed).hasSize(plain.length + MemberKeys.OVERHEAD);
        assertThat(keys.open(alice, "alice/r1", sealed)).isEqualTo(plain);
        assertThatThrownBy(() -> keys.open(bob, "alice/r1", sealed)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> keys.open(alice, "alice/r2", sealed)).isInstanceOf(IllegalStateException.class);
        assertThat(new MemberKeys(dir).existing("alice")).contains(alice);
    }

    @Test
    @DisplayName("an erased key is gone, even when a crash brings back its file of zeros; a new key replaces it")
    void erase() throws Exception {
        MemberKeys keys = new MemberKeys(dir);
        keys.ensure("alice");
        Path file;
        try (Stream<Path> files = Files.list(dir.resolve(MemberKeys.DIR))) {
            file = files.filter(f -> f.toString().endsWith(".key")).findFirst().orElseThrow();
        }
        keys.erase("alice");
        assertThat(file).doesNotExist();
        assertThat(new MemberKeys(dir).existing("alice")).isEmpty();
        Files.write(file, new byte[32]); // the deletion undone by a crash: the zeros written before it
        MemberKeys reopened = new MemberKeys(dir);
        assertThat(reopened.existing("alice")).isEmpty();
        assertThat(reopened.ensure("alice").getEncoded()).isNotEqualTo(new byte[32]);
        assertThat(new MemberKeys(dir).existing("alice")).isPresent();
    }
}
