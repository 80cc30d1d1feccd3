package rebound.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.google.gson.Gson;
import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.model.builtin.DefaultBot;
import com.slack.api.bolt.service.InstallationService;
import com.slack.api.methods.MethodsClient;
import com.slack.api.token_rotation.RefreshedToken;
import com.slack.api.token_rotation.TokenRotator;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import rebound.frontdoor.InstalledApps;

/**
 * Bolt's {@link InstallationService} over Rebound's own store ({@link InstalledApps}: the data
 * directory's sealed file, or the database), so an installation's bot token is kept like member data,
 * sealed, where the members are. One record per workspace ({@code slack:<team>}; an Enterprise Grid
 * organisation's own install as {@code slack-org:<enterprise>}): the bot of the installation (Bolt's
 * {@link DefaultBot} as JSON). No user token is asked for, so none is kept: {@link #findInstaller}
 * finds none.
 *
 * <p>Token rotation (Slack's "token rotation", on when the app's settings turn it on): a bot token
 * that expires within {@code tokenRotationExpirationMillis} is refreshed here, through
 * {@code oauth.v2.access} with {@code grant_type=refresh_token}, before {@link #findBot} returns it,
 * and the refreshed token saved back before it is used; one refresh at a time, so a refresh token is
 * never spent twice. Every caller (Bolt's authorization, the reminders, the answers) gets its token
 * through {@link #findBot}, so the refresh happens in this one place.
 */
final class InstallationStore implements InstallationService {

    private static final Logger LOG = LoggerFactory.getLogger(InstallationStore.class);
    private static final Gson JSON = new Gson();
    /** How long an installation read is used before it is read again (another instance may have removed it). */
    static final Duration KNOWN_FOR = Duration.ofSeconds(30);

    private final InstalledApps installs;
    private final TokenRotator rotator;
    private final Cache<String, Optional<DefaultBot>> known = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterWrite(KNOWN_FOR).build();

    /**
     * @param installs where installations are kept
     * @param methods the client that asks Slack for refreshed tokens ({@code oauth.v2.access})
     * @param settings the app's client id and secret
     * @param refreshBeforeMillis how long before its expiry a token is refreshed (Bolt's default: 2 hours)
     */
    InstallationStore(InstalledApps installs, MethodsClient methods, InstallSettings settings, long refreshBeforeMillis) {
        this.installs = installs;
        this.rotator = new TokenRotator(methods, refreshBeforeMillis, settings.clientId(), settings.clientSecret());
    }

    static String idOf(String enterpriseId, String teamId) {
        return teamId != null ? "slack:" + teamId : "slack-org:" + enterpriseId;
    }

    @Override
    public boolean isHistoricalDataEnabled() {
        return false;
    }

    @Override
    public void setHistoricalDataEnabled(boolean isHistoricalDataEnabled) {
        if (isHistoricalDataEnabled) {
            throw new UnsupportedOperationException("Rebound keeps the latest installation of a workspace only");
        }
    }

    @Override
    public void saveInstallerAndBot(Installer installer) {
        saveBot(installer.toBot());
    }

    @Override
    public void saveBot(Bot bot) {
        DefaultBot kept = copyOf(bot);
        String id = idOf(Boolean.TRUE.equals(bot.getIsEnterpriseInstall()) ? bot.getEnterpriseId() : null,
                Boolean.TRUE.equals(bot.getIsEnterpriseInstall()) ? null : bot.getTeamId());
        installs.save(id, JSON.toJson(kept));
        known.put(id, Optional.of(kept));
    }

    @Override
    public void deleteBot(Bot bot) {
        deleteAll(bot.getEnterpriseId(), Boolean.TRUE.equals(bot.getIsEnterpriseInstall()) ? null : bot.getTeamId());
    }

    @Override
    public void deleteInstaller(Installer installer) {
        // no installer's own token is kept: nothing to delete
    }

    @Override
    public void deleteAll(String enterpriseId, String teamId) {
        String id = idOf(enterpriseId, teamId);
        installs.remove(id);
        known.invalidate(id);
    }

    /**
     * The bot installed in {@code teamId} (or, for a workspace of an organisation installed as a whole,
     * the organisation's), its token refreshed first when it is about to expire; null when there is none.
     */
    @Override
    public Bot findBot(String enterpriseId, String teamId) {
        DefaultBot bot = teamId == null ? null : read(idOf(null, teamId));
        if (bot == null && enterpriseId != null) {
            bot = read(idOf(enterpriseId, null));
        }
        return bot == null ? null : fresh(bot);
    }

    @Override
    public Installer findInstaller(String enterpriseId, String teamId, String userId) {
        return null;
    }

    private DefaultBot read(String id) {
        return known.get(id, key -> installs.find(key).map(json -> JSON.fromJson(json, DefaultBot.class))).orElse(null);
    }

    /** The bot with a token that does not expire within the rotation margin (refreshed and saved when needed). */
    private synchronized Bot fresh(DefaultBot found) {
        if (found.getBotRefreshToken() == null || found.getBotTokenExpiresAt() == null) {
            return copyOf(found);
        }
        DefaultBot bot = read(idOf(Boolean.TRUE.equals(found.getIsEnterpriseInstall()) ? found.getEnterpriseId() : null,
                Boolean.TRUE.equals(found.getIsEnterpriseInstall()) ? null : found.getTeamId()));
        if (bot == null) {
            return null; // removed meanwhile
        }
        try {
            Optional<RefreshedToken> refreshed = rotator.performTokenRotation(r -> r.accessToken(bot.getBotAccessToken())
                    .refreshToken(bot.getBotRefreshToken()).expiresAt(bot.getBotTokenExpiresAt()));
            if (refreshed.isPresent()) {
                DefaultBot renewed = copyOf(bot);
                renewed.setBotAccessToken(refreshed.get().getAccessToken());
                renewed.setBotRefreshToken(refreshed.get().getRefreshToken());
                renewed.setBotTokenExpiresAt(refreshed.get().getExpiresAt());
                saveBot(renewed);
                return copyOf(renewed);
            }
        } catch (Exception e) {
            LOG.warn("Slack did not refresh the bot token of workspace {} ({}); going on with the token kept",
                    bot.getTeamId(), e.getMessage());
        }
        return copyOf(bot);
    }

    /** A copy, so no caller changes what is cached (Bolt's authorization sets fields of the bot it is given). */
    private static DefaultBot copyOf(Bot bot) {
        DefaultBot copy = new DefaultBot();
        copy.setAppId(bot.getAppId());
        copy.setEnterpriseId(bot.getEnterpriseId());
        copy.setEnterpriseUrl(bot.getEnterpriseUrl());
        copy.setTeamId(bot.getTeamId());
        copy.setBotId(bot.getBotId());
        copy.setBotUserId(bot.getBotUserId());
        copy.setBotScope(bot.getBotScope());
        copy.setBotAccessToken(bot.getBotAccessToken());
        copy.setBotRefreshToken(bot.getBotRefreshToken());
        copy.setBotTokenExpiresAt(bot.getBotTokenExpiresAt());
        copy.setIsEnterpriseInstall(bot.getIsEnterpriseInstall());
        copy.setTokenType(bot.getTokenType());
        copy.setInstalledAt(bot.getInstalledAt());
        return copy;
    }
}
