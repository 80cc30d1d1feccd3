package rebound.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mapdb.volume.RandomAccessFileVol;

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
    @DisplayName("an erased key is gone from the key file once synced, and its slot goes to the next new member")
    void erase() throws Exception {
        MemberKeys keys = new MemberKeys(dir);
        byte[] alice = keys.ensure("alice").getEncoded();
        keys.ensure("bob");
        keys.sync();
        Path file = dir.resolve(MemberKeys.DIR).resolve(MemberKeys.FILE);
        assertThat(contains(Files.readAllBytes(file), alice)).isTrue();
        keys.erase("alice");
        keys.sync();
        keys.close();
        assertThat(contains(Files.readAllBytes(file), alice)).as("the key's bytes on disk").isFalse();
        MemberKeys reopened = new MemberKeys(dir);
        assertThat(reopened.existing("alice")).isEmpty();
        assertThat(reopened.existing("bob")).isPresent();
        long size = Files.size(file);
        reopened.ensure("carol");
        reopened.sync();
        assertThat(Files.size(file)).as("carol took alice's slot").isEqualTo(size);
        reopened.close();
    }

    @Test
    @DisplayName("a key whose member has no record in the data file (a crash before the first commit, or after a forget's commit) is erased when the store opens; the others stay")
    void orphanKeysErasedOnOpen() throws Exception {
        try (MapDbMemberStore store = MapDbMemberStore.open(dir)) {
            store.update("alice", state -> Change.keep(state.seen("d1", java.time.Instant.EPOCH), "ok"));
        }
        MemberKeys keys = new MemberKeys(dir);
        byte[] orphan = keys.ensure("bob").getEncoded(); // as if bob's first turn never reached a commit
        keys.sync();
        keys.close();
        Path file = dir.resolve(MemberKeys.DIR).resolve(MemberKeys.FILE);
        assertThat(contains(Files.readAllBytes(file), orphan)).isTrue();

        try (MapDbMemberStore store = MapDbMemberStore.open(dir)) {
            assertThat(store.read("alice").hasSeen("d1")).as("alice still reads").isTrue();
        }
        assertThat(contains(Files.readAllBytes(file), orphan)).as("bob's key on disk").isFalse();
    }

    @Test
    @DisplayName("a forget refused by a full disk leaves the member readable after a restart; a saved one erases their key")
    void forgetOnAFullDisk() throws Exception {
        FillingDisk disk = new FillingDisk(RandomAccessFileVol.FACTORY, 50_000_000);
        MapDbMemberStore store = MapDbMemberStore.open(dir, disk, new DiskGuard(dir, () -> Long.MAX_VALUE, 0, 1L << 20));
        store.update("alice", state -> Change.keep(state.seen("d1", java.time.Instant.EPOCH), "ok"));
        disk.fill();
        assertThatThrownBy(() -> store.forget("alice")).as("the disk is full").isInstanceOf(RuntimeException.class);
        try {
            store.close();
        } catch (RuntimeException e) {
            // a store stopped by a disk error may fail to close; the restart below replays the log
        }
        try (MapDbMemberStore roomy = MapDbMemberStore.open(dir)) {
            assertThat(roomy.read("alice").hasSeen("d1")).as("alice's records open with her key").isTrue();
            roomy.forget("alice");
        }
        MemberKeys keys = new MemberKeys(dir);
        assertThat(keys.existing("alice")).as("a forget that was saved erases the key").isEmpty();
        keys.close();
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        return Traces.indexOf(haystack, needle) >= 0;
    }
}
