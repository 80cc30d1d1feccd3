package rebound.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Random;
import rebound.rejection.HistoryEntry;

/**
 * Run in a child JVM by {@link HostileKillTest}: {@value #WRITERS} threads update big members (each
 * turn adds a delivery id and a history entry to one of their hundreds of rejections) as fast as
 * they can, printing {@code committed <member> <id>} after each update returns, until killed.
 */
public final class HostileChild {

    static final int WRITERS = 4;
    static final int MEMBERS_PER_WRITER = 2;

    private HostileChild() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        String run = args[1];
        MapDbMemberStore store = MapDbMemberStore.open(dir);
        System.out.println("ready");
        System.out.flush();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            Thread thread = new Thread(() -> {
                Random random = new Random(run.hashCode() * 31L + writer);
                for (long turn = 0; ; turn++) {
                    String member = "m" + (writer * MEMBERS_PER_WRITER + turn % MEMBERS_PER_WRITER);
                    String id = run + "-" + writer + "-" + turn;
                    store.update(member, state -> {
                        String rejection = state.rejections().get(random.nextInt(state.rejections().size())).id();
                        return Change.keep(state.seen(id, Instant.EPOCH).changeRejection(rejection, r -> r.withHistory(
                                new HistoryEntry(Instant.EPOCH, "note", id))), null);
                    });
                    synchronized (System.out) {
                        System.out.println("committed " + member + " " + id);
                        System.out.flush();
                    }
                }
            });
            thread.start();
        }
        Thread.sleep(Long.MAX_VALUE);
    }
}
