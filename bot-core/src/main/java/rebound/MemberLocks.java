package rebound;

import java.util.concurrent.locks.ReentrantLock;

/**
 * One lock per member, so one member's events run in arrival order while different members run in
 * parallel. Striped so that the number of locks stays fixed however many members there are.
 */
final class MemberLocks {

    private final ReentrantLock[] stripes;

    MemberLocks(int count) {
        stripes = new ReentrantLock[count];
        for (int i = 0; i < count; i++) {
            stripes[i] = new ReentrantLock(true);
        }
    }

    ReentrantLock of(String member) {
        return stripes[Math.floorMod(member.hashCode(), stripes.length)];
    }
}
