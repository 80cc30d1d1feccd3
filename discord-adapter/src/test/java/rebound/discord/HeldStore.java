package rebound.discord;

import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import rebound.member.MemberState;
import rebound.store.Change;
import rebound.store.ForwardingStore;
import rebound.store.MemberStore;

/**
 * A store whose updates can be held before they commit, as a slow disk would hold them: tests see
 * what the platform was told while a turn is not yet durable.
 */
final class HeldStore extends ForwardingStore {

    private volatile CountDownLatch gate = new CountDownLatch(0);
    private volatile boolean crashed;

    HeldStore(MemberStore store) {
        super(store);
    }

    /** Updates from now on wait before they commit, until {@link #release()}. */
    void hold() {
        gate = new CountDownLatch(1);
    }

    void release() {
        gate.countDown();
    }

    /**
     * The held updates die as a {@code kill -9} would end them: never committed, and (an Error the
     * front door does not answer) with nothing sent to the member.
     */
    void crash() {
        crashed = true;
        gate.countDown();
    }

    @Override
    public <R> R update(String member, Function<MemberState, Change<R>> change) {
        try {
            gate.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (crashed) {
            throw new InternalError("the process died before this turn was committed (simulated)");
        }
        return store.update(member, change);
    }

    @Override
    public void close() {
        release();
        super.close();
    }
}
