package rebound.reminder;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import rebound.frontdoor.Member;
import rebound.Rebound;
import rebound.Settings;
import rebound.frontdoor.Inbound;
import rebound.member.MemberState;
import rebound.plan.PlaybookBundle;
import rebound.playbook.PlaybookSource;
import rebound.rejection.FollowUp;
import rebound.rejection.Rejection;
import rebound.store.Change;
import rebound.store.MemberStore;

/** A job seeker with many rejections logged the same morning, made by the real conversation. */
final class DueMember {

    static final Instant LOGGED = Instant.parse("2026-11-23T08:00:00Z");
    static final Member MEMBER = new Member("console:june");
    static final PlaybookBundle PLAYBOOK = PlaybookBundle.load(PlaybookSource.builtIn());

    private DueMember() {
    }

    /** A bot on {@code store} whose clock stands at {@link #LOGGED}. */
    static Rebound bot(MemberStore store) {
        return new Rebound(new Settings(null, null, Clock.fixed(LOGGED, ZoneOffset.UTC)), store, PLAYBOOK);
    }

    /**
     * {@link #MEMBER} logs {@code count} rejections ("Company 1", "Company 2", ...), each ghosted after an
     * interview with a recruiter, then every follow-up is moved to {@code due}: all of them fall due at once.
     */
    static void logRejections(Rebound bot, MemberStore store, int count, Instant due) {
        logRejections(bot, store, MEMBER.key(), count, due);
    }

    /** As {@link #logRejections(Rebound, MemberStore, int, Instant)}, for {@code member}. */
    static void logRejections(Rebound bot, MemberStore store, String member, int count, Instant due) {
        for (int i = 1; i <= count; i++) {
            bot.handle(Inbound.command(new Member(member), "new"));
            for (String text : List.of("Company " + i, "Engineer", "interview", "ghosted", "Lena Ortiz, recruiter",
                    "done", "yes", "thank", "brief", "yes")) {
                bot.handle(Inbound.text(new Member(member), text));
            }
        }
        store.update(member, state -> Change.keep(allDueAt(state, due), null));
    }

    /**
     * {@link #MEMBER} logs {@code count} rejections ("Company 1", ...) after a final interview, wanting to thank
     * Dana Smith and stay in touch: each plan's follow-ups as the playbook dates them, repeating check-ins included.
     */
    static void logPlans(Rebound bot, int count) {
        for (int i = 1; i <= count; i++) {
            bot.handle(Inbound.command(MEMBER, "new"));
            for (String text : List.of("Company " + i, "Designer", "final", "hired_other",
                    "Dana Smith, hiring manager, weekly releases", "done", "skip", "yes", "thank, stay in touch", "warm",
                    "yes")) {
                bot.handle(Inbound.text(MEMBER, text));
            }
        }
    }

    /** {@code state} with only the first follow-up of each rejection kept, due at {@code due}; the rest stopped. */
    private static MemberState allDueAt(MemberState state, Instant due) {
        for (Rejection rejection : state.rejections()) {
            List<FollowUp> followUps = rejection.followUps();
            for (int i = 0; i < followUps.size(); i++) {
                FollowUp followUp = followUps.get(i);
                boolean first = i == 0;
                state = state.changeRejection(rejection.id(), r -> r.withFollowUp(followUp.id(),
                        f -> first ? f.movedTo(due) : f.stopped()));
            }
        }
        return state;
    }

    /** How each follow-up of {@code state} stands: "pending", "delivered" or "stopped", by rejection and id. */
    static Map<String, String> standing(MemberState state) {
        Map<String, String> standing = new TreeMap<>();
        for (Rejection rejection : state.rejections()) {
            for (FollowUp followUp : rejection.followUps()) {
                standing.put(rejection.id() + "/" + followUp.id(), followUp.status().name().toLowerCase());
            }
        }
        return standing;
    }
}
