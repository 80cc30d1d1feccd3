package rebound.store.postgres;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import rebound.frontdoor.Member;
import rebound.Rebound;
import rebound.Settings;
import rebound.frontdoor.Inbound;
import rebound.member.MemberState;
import rebound.plan.PlaybookBundle;
import rebound.playbook.PlaybookSource;
import rebound.rejection.FollowUp;
import rebound.rejection.Rejection;
import rebound.store.InMemoryMemberStore;

/** Member states made by the real conversation, for the PostgreSQL tests to store many copies of. */
final class Members {

    /** When the sample rejection was logged. */
    static final Instant LOGGED = Instant.parse("2026-11-23T10:00:00Z");

    private Members() {
    }

    /** A member who logged one rejection (Acme, Dana Smith) and got its drafts and follow-ups. */
    static MemberState withFollowUps() {
        InMemoryMemberStore memory = new InMemoryMemberStore();
        String member = "console:sample";
        try (Rebound bot = new Rebound(new Settings(null, null, Clock.fixed(LOGGED, ZoneOffset.UTC)), memory,
                PlaybookBundle.load(PlaybookSource.builtIn()))) {
            bot.handle(Inbound.command(new Member(member), ""));
            for (String text : List.of("Acme", "Designer", "final", "hired_other",
                    "Dana Smith, hiring manager, weekly releases", "done", "skip", "yes", "thank, stay in touch", "warm",
                    "yes")) {
                bot.handle(Inbound.text(new Member(member), text));
            }
        }
        return memory.read(member);
    }

    /** The earliest moment a follow-up of {@code state} is due. */
    static Instant firstDue(MemberState state) {
        return state.rejections().stream().flatMap(r -> r.followUps().stream()).map(FollowUp::nextAttempt)
                .filter(java.util.Objects::nonNull).min(Instant::compareTo).orElseThrow();
    }

    /** {@code state} with every follow-up moved by {@code by} (the rest as it was). */
    static MemberState shiftedBy(MemberState state, java.time.Duration by) {
        MemberState shifted = state;
        for (Rejection rejection : state.rejections()) {
            for (FollowUp followUp : rejection.followUps()) {
                shifted = shifted.changeRejection(rejection.id(), r -> r.withFollowUp(followUp.id(),
                        f -> f.movedTo(f.due().plus(by))));
            }
        }
        return shifted;
    }

    /** How many follow-ups of {@code state} are due at {@code now}. */
    static long dueAt(MemberState state, Instant now) {
        return state.rejections().stream().map(Rejection::followUps).flatMap(List::stream)
                .filter(f -> f.isDue(now)).count();
    }
}
