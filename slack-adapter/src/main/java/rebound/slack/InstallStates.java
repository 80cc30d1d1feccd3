package rebound.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import com.slack.api.bolt.service.OAuthStateService;
import java.time.Clock;
import java.time.Duration;

/**
 * The {@code state} of Slack's OAuth flow (Bolt's {@link OAuthStateService}): a random value issued by
 * {@code /slack/install}, set in the installer's browser as a cookie and kept here, and taken once by
 * {@code /slack/oauth_redirect} only when Slack sends back the same value as the browser's cookie,
 * within {@link #LIFETIME} (Bolt's default, ten minutes); used once, it is gone. An unknown, expired or
 * reused state is refused ({@link InstallRefusals}), so a redirect cannot be forged or replayed.
 *
 * <p>Kept in memory, at most {@link #MOST}, so a flood of {@code /slack/install} requests cannot grow
 * anything without bound; with several instances behind one address, the install flow must reach the
 * instance that issued the state (docs/slack.md says so). A restart in the middle of an install means
 * starting it again.
 */
final class InstallStates implements OAuthStateService {

    /** How long an issued state can finish an install (Bolt's {@code DEFAULT_EXPIRATION_IN_SECONDS}). */
    static final Duration LIFETIME = Duration.ofSeconds(DEFAULT_EXPIRATION_IN_SECONDS);
    /** States kept at most; past it, the oldest unused ones are dropped first. */
    static final int MOST = 10_000;

    private final Cache<String, Boolean> issued;

    /** States that expire by {@code clock} (tests move it). */
    InstallStates(Clock clock) {
        Ticker ticker = () -> clock.millis() * 1_000_000L;
        issued = Caffeine.newBuilder().maximumSize(MOST).expireAfterWrite(LIFETIME).ticker(ticker).build();
    }

    @Override
    public long getExpirationInSeconds() {
        return LIFETIME.toSeconds();
    }

    @Override
    public void addNewStateToDatastore(String state) {
        issued.put(state, true);
    }

    /**
     * Takes the state if it was issued here and has not expired: true once, false ever after, so two
     * redirects racing with one state cannot both pass (Bolt calls this once per redirect, then consumes).
     */
    @Override
    public boolean isAvailableInDatabase(String state) {
        return issued.getIfPresent(state) != null && issued.asMap().remove(state) != null;
    }

    @Override
    public void deleteStateFromDatastore(String state) {
        if (state != null) {
            issued.invalidate(state);
        }
    }
}
