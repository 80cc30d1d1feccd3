package rebound.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppUninstalledEvent;
import com.slack.api.model.event.MessageChangedEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageFileShareEvent;
import com.slack.api.model.event.TokensRevokedEvent;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import rebound.frontdoor.Bot;
import rebound.frontdoor.DoorWords;
import rebound.frontdoor.FrontDoor;
import rebound.frontdoor.InstalledApps;
import rebound.frontdoor.Messenger;
import rebound.frontdoor.Threads;
import rebound.slack.transport.FutureRequests;
import rebound.slack.transport.HttpTransport;
import rebound.slack.transport.SlackCalls;
import rebound.slack.transport.SocketModeTransport;

/**
 * The one wiring class of the Slack front door: builds the Bolt app and hands each handler exactly
 * what it needs. Transports ({@link HttpTransport}, {@link SocketModeTransport}) run the app.
 */
final class SlackApp implements AutoCloseable {

    /**
     * Threads for the work after the acks: enough to overlap commits and Web API calls, few enough
     * that they cannot starve the threads that ack.
     */
    static final int WORKERS = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    /**
     * How long closing waits for the turns already acked, so they commit before the bot closes, and
     * for the answers already handed to the Slack SDK to be posted.
     */
    private static final Duration STOP_GRACE = Duration.ofSeconds(5);
    /**
     * How long a Web API call waits for Slack's answer. A call that gets none is not posted again
     * blindly: a reminder is kept as maybe delivered, an answer as maybe shown.
     */
    static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

    private final App app;
    private final Slack slack;
    private final SlackMessenger messenger;
    private final Replies replies;
    private final ExecutorService workers;
    private final ScheduledExecutorService later = Threads.timer("rebound-slack-retry");
    private final SdkPacing pacing;
    private final FrontDoor door;
    /** Installed in many workspaces: where the installations are kept (closed with the app); else null. */
    private final InstalledApps installations;
    /** With one bot token: whether Slack still takes it (readiness); installed in many workspaces: null. */
    private final TokenStanding token;

    SlackApp(SlackSettings settings, Bot bot) {
        this(settings, bot, Threads.pool("rebound-slack", WORKERS));
    }

    /** With the executor that runs the work after each ack (tests pass one they can wait on). */
    SlackApp(SlackSettings settings, Bot bot, ExecutorService workers) {
        this.workers = workers;
        SlackConfig config = new SlackConfig();
        pacing = SdkPacing.on(config);
        config.getHttpClientResponseHandlers().add(new SlackCalls());
        token = settings.installMode() ? null : new TokenStanding(settings.botToken());
        if (token != null) {
            config.getHttpClientResponseHandlers().add(token);
        }
        config.setHttpClientReadTimeoutMillis((int) READ_TIMEOUT.toMillis());
        if (settings.apiUrl() != null) {
            config.setMethodsEndpointUrlPrefix(settings.apiUrl());
        }
        slack = Slack.getInstance(config);
        DoorWords words = bot.doorWords();
        FrontDoor door = new FrontDoor(bot, workers, words);
        Workspaces workspaces;
        if (settings.installMode()) {
            installations = bot.installations();
            InstallsBoltApp installed = installApp(settings, installations, words, bot.clock());
            app = installed;
            workspaces = new InstalledWorkspaces(slack, installed.installs());
            Uninstalls uninstalls = new Uninstalls(installed.installs(), installed.installedOnly(),
                    door::forgetAllStartingWith);
            app.event(AppUninstalledEvent.class, uninstalls.uninstalled());
            app.event(TokensRevokedEvent.class, uninstalls.revoked());
        } else {
            installations = null;
            MethodsClient client = slack.methods(settings.botToken());
            token.askingWith(client);
            app = new BoltApp(AppConfig.builder().slack(slack).executorServiceProvider(pacing.threads())
                    .singleTeamBotToken(settings.botToken()).signingSecret(settings.signingSecret())
                    .clientId(null).clientSecret(null) // Bolt reads SLACK_CLIENT_ID itself: one token is one workspace
                    .subtypedMessageEventsAutoAckEnabled(true).build(), confirmToken(client));
            workspaces = Workspaces.one(client, slack.methodsAsync(settings.botToken()));
        }
        app.use(new FutureRequests());

        FormButtons forms = new FormButtons();
        Renderer blocks = new Renderer(forms, words);
        SlackApi dms = new SlackApi(workspaces);
        Replies replies = new Replies(dms, blocks, new FileUploads(dms, words), workers, later);
        this.replies = replies;
        AppHome home = new AppHome(door, blocks, workspaces);

        MemberZones zones = new MemberZones(workspaces, workers);
        app.command(RejectedCommand.NAME, new RejectedCommand(door, blocks, dms, replies, zones));
        DmHandler dmHandler = new DmHandler(door, replies, zones);
        app.event(MessageEvent.class, dmHandler);
        app.event(MessageFileShareEvent.class, dmHandler.fileShares());
        app.event(MessageChangedEvent.class, dmHandler.edits());
        app.event(AppHomeOpenedEvent.class, home);
        app.blockAction(ButtonHandler.ACTION_IDS, new ButtonHandler(door, blocks, forms, workspaces, replies, home,
                zones));
        app.viewSubmission(FormHandler.CALLBACK_IDS, new FormHandler(door, replies, zones));
        messenger = new SlackMessenger(dms, blocks, door.clock());
        this.door = door;
    }

    App app() {
        return app;
    }

    /**
     * The readiness of the bot token (issue 22): with one bot token, null while Slack takes it, else
     * why not ({@link TokenStanding}); installed in many workspaces, where each has its own token and
     * one refused token is that workspace's matter, always ready.
     */
    rebound.launch.Launch.Platform tokenReadiness() {
        return token == null ? rebound.launch.Launch.Platform.ALWAYS : token;
    }

    /**
     * The app installed in many workspaces through Slack's OAuth flow (issue 20): Bolt's own flow on
     * this one app ({@code asOAuthApp(true)}, see {@link InstallsBoltApp} for why one app), installations
     * kept in Rebound's store ({@link InstallationStore}), states checked ({@link InstallStates}), failures
     * answered with a plain page ({@link InstallRefusals}), the installer sent straight to Slack.
     */
    private InstallsBoltApp installApp(SlackSettings settings, InstalledApps kept, DoorWords words,
            java.time.Clock clock) {
        InstallSettings install = settings.installs();
        AppConfig config = AppConfig.builder().slack(slack).executorServiceProvider(pacing.threads())
                .clientId(install.clientId()).clientSecret(install.clientSecret()).scope(InstallSettings.SCOPES)
                .userScope(null).redirectUri(install.redirectUri()).signingSecret(settings.signingSecret())
                .oauthInstallPath(InstallSettings.INSTALL_PATH).oauthRedirectUriPath(InstallSettings.REDIRECT_PATH)
                .oAuthInstallPageRenderingEnabled(false).stateValidationEnabled(true)
                .authTestCacheEnabled(true).subtypedMessageEventsAutoAckEnabled(true).build();
        InstallationStore store = new InstallationStore(kept, slack.methods(), install,
                config.getTokenRotationExpirationMillis());
        InstallsBoltApp installed = new InstallsBoltApp(config, store);
        InstallRefusals refusals = new InstallRefusals(words);
        installed.asOAuthApp(true);
        installed.service(new InstallStates(clock));
        installed.oauthCallbackStateError(refusals.badState());
        installed.oauthCallbackError(refusals.cancelled());
        installed.oauthCallbackAccessError(refusals.refusedCode());
        installed.oauthCallbackException(refusals.failed());
        installed.oauthPersistenceErrorCallback(refusals.notSaved());
        return installed;
    }

    private static com.slack.api.methods.response.auth.AuthTestResponse confirmToken(MethodsClient client) {
        try {
            return TokenCheck.confirm(client);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while Slack confirmed the bot token", e);
        }
    }

    Slack slack() {
        return slack;
    }

    /** Delivers reminders as DMs (the door's reminders hand them to it). */
    Messenger messenger() {
        return messenger;
    }

    /**
     * Queues the due reminders through the door every {@code every}, each member's in their order, as DMs,
     * until the returned handle is closed (the launcher's loop).
     */
    AutoCloseable startReminders(Duration every) {
        return door.startReminders(messenger, every);
    }

    /** Delivers the reminders due now on the bot's clock, through the door; returns how many arrived. */
    int messengerRun() {
        return door.deliverDueReminders(messenger);
    }

    /** Completes when every answer queued so far has been posted (tests wait on it). */
    java.util.concurrent.CompletableFuture<Void> drained() {
        return replies.drained();
    }

    static Duration reminderInterval() {
        return Duration.ofMinutes(1);
    }

    @Override
    public void close() {
        long deadline = System.nanoTime() + STOP_GRACE.toNanos();
        workers.shutdown();
        try {
            if (!workers.awaitTermination(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                workers.shutdownNow();
            }
            replies.drained().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException stillWaiting) {
            // what the SDK still holds is given up below
        }
        later.shutdownNow();
        pacing.close();
        app.stop();
        if (token != null) {
            token.close();
        }
        if (installations != null) {
            installations.close();
        }
    }
}
