package rebound.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.users.UsersInfoResponse;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import rebound.frontdoor.Member;

/**
 * Each member's time zone from their Slack profile ({@code users.info}'s {@code user.tz}, which needs
 * the {@code users:read} scope), for their morning reminders and their dates (issue 21).
 *
 * <p>Never on a turn's path and never under a member's lock: {@link #of} answers from a bounded cache
 * and, for a member not in it, starts one look-up in the background and answers null (the core keeps
 * the zone it has); the member's next event carries it. A failed look-up ({@code missing_scope},
 * {@code user_not_found}, a 429, a 5xx, no connection) fails nothing: it is logged once per kind of
 * failure per process, and tried again after {@link #RETRY_AFTER}.
 */
final class MemberZones {

    private static final Logger LOG = LoggerFactory.getLogger(MemberZones.class);
    /** Members whose zone is held at most: a bound on memory, however many members write. */
    static final int MOST = 10_000;
    /** How long a zone read from Slack is used before it is read again (a member who moves). */
    static final Duration KNOWN_FOR = Duration.ofHours(12);
    /** How long after a failed look-up a member's zone is asked for again. */
    static final Duration RETRY_AFTER = Duration.ofHours(1);

    private final Workspaces workspaces;
    private final Executor background;
    private final Cache<Member, ZoneId> known = Caffeine.newBuilder().maximumSize(MOST)
            .expireAfterWrite(KNOWN_FOR).build();
    private final Cache<Member, Boolean> failed = Caffeine.newBuilder().maximumSize(MOST)
            .expireAfterWrite(RETRY_AFTER).build();
    private final Set<Member> asking = ConcurrentHashMap.newKeySet();
    private final Set<String> logged = ConcurrentHashMap.newKeySet();

    /** Zones read with each member's workspace's token, each look-up run on {@code background}. */
    MemberZones(Workspaces workspaces, Executor background) {
        this.workspaces = workspaces;
        this.background = background;
    }

    /**
     * The zone of {@code member} ({@link Members#key}) as their profile gives it, or null while it is not
     * known here (a look-up is then started, unless one is under way or failed within {@link #RETRY_AFTER}).
     */
    ZoneId of(Member member) {
        ZoneId zone = known.getIfPresent(member);
        if (zone != null || failed.getIfPresent(member) != null || !asking.add(member)) {
            return zone;
        }
        try {
            background.execute(() -> lookUp(member));
        } catch (RejectedExecutionException closing) {
            asking.remove(member);
        }
        return null;
    }

    private void lookUp(Member member) {
        try {
            MethodsClient client = workspaces.client(member);
            UsersInfoResponse info = SlackApi.call("users.info", () -> client.usersInfo(r -> r.user(Members.userId(member))));
            String tz = info.getUser() == null ? null : info.getUser().getTz();
            if (tz == null || tz.isBlank()) {
                failed.put(member, true);
                return;
            }
            known.put(member, ZoneId.of(tz));
        } catch (SlackRefusal | RuntimeException e) { // a zone id this Java does not know too (DateTimeException)
            failed.put(member, true);
            String kind = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (logged.add(kind)) {
                LOG.warn("Slack gave no time zone for {} ({}); members keep the zone they have (UTC until one is "
                        + "set), and it is asked again in {}. Logged once per kind of failure.",
                        member.logName(), kind, RETRY_AFTER);
            }
        } finally {
            asking.remove(member);
        }
    }
}
