package rebound.frontdoor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The door's forgetting of a workspace ({@link FrontDoor#forgetAllStartingWith}, issue 20): every member
 * whose key starts with a prefix, known to the {@link Bot} or with work in their {@link MemberQueue}, is
 * forgotten as {@code /rejected forget} does, each in their own order: after the turns already queued for
 * them, so a turn taken before the uninstall cannot write the member back after they were forgotten.
 */
final class Forgetting {

    private final Bot bot;
    private final MemberQueue queue;

    /** Forgets {@code bot}'s members, each in their order in {@code queue}. */
    Forgetting(Bot bot, MemberQueue queue) {
        this.bot = bot;
        this.queue = queue;
    }

    /**
     * Forgets every member whose key starts with {@code prefix} ({@code "slack:T123:"}), each after the turns
     * already queued for them (a member whose first turn is still queued is forgotten after it too). Blocks
     * until every one is forgotten.
     *
     * @return how many members were forgotten
     * @throws IllegalStateException when one could not be forgotten (the others still are)
     */
    int allStartingWith(String prefix) {
        SortedSet<Member> members = new TreeSet<>(Comparator.comparing(Member::key));
        members.addAll(bot.membersStartingWith(prefix));
        members.addAll(queue.busyStartingWith(prefix));
        List<CompletableFuture<Void>> forgotten = new ArrayList<>();
        for (Member member : members) {
            CompletableFuture<Void> done = new CompletableFuture<>();
            queue.submit(member, () -> {
                try {
                    bot.forget(member);
                    done.complete(null);
                } catch (RuntimeException | Error e) {
                    done.completeExceptionally(e);
                }
            });
            forgotten.add(done);
        }
        try {
            CompletableFuture.allOf(forgotten.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            throw new IllegalStateException("not every member starting with the prefix could be forgotten",
                    e.getCause());
        }
        return members.size();
    }
}
