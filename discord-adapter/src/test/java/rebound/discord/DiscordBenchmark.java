package rebound.discord;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import rebound.Rebound;
import rebound.Settings;
import rebound.discord.fake.FakeDiscord;
import rebound.discord.fake.Payloads;

/**
 * Not a test: measures the Discord front door against the fake Discord on loopback, beside a bare
 * JDA bot that only acknowledges ({@link BareBot}), in alternating rounds of the same run. Prints,
 * for each, the median and p99 time from an INTERACTION_CREATE sent by the fake gateway to the
 * interaction callback POST received by the fake REST server, over rounds in which 50 members each
 * use one interaction at once (every Rebound turn committed to MapDB); and the time to READY.
 * How to run it: see docs/discord.md.
 */
public final class DiscordBenchmark {

    private static final int MEMBERS = 50;
    private static final int WARMUP_ROUNDS = 6;

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 24;
        // 0: each round's 50 interactions are sent at once (a burst); N: N ms between two interactions
        long gapMillis = args.length > 1 ? Long.parseLong(args[1]) : 0;
        Path data = Files.createTempDirectory("rebound-discord-bench");
        try (FakeDiscord discord = new FakeDiscord(); FakeDiscord bareDiscord = new FakeDiscord();
                Rebound core = Rebound.open(new Settings(data, null, Clock.systemUTC()))) {
            Slice rebound = new Slice(discord);
            Slice bare = new Slice(bareDiscord);

            long built = System.nanoTime();
            DiscordApp door = DiscordApp.start(
                    new DiscordSettings(FakeDiscord.TOKEN, discord.restUrl(), discord.gatewayUrl(), null), core, null);
            long ready = System.nanoTime();
            long jvmStartToReady = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            BareBot bareBot = new BareBot(FakeDiscord.TOKEN, bareDiscord.restUrl(), bareDiscord.gatewayUrl());

            // Alternating slices in the same run: a round for Rebound, then the same round for the
            // bare bot, so other load on the machine falls on both.
            for (int round = 0; round < WARMUP_ROUNDS + rounds; round++) {
                boolean measured = round >= WARMUP_ROUNDS;
                rebound.round(round, gapMillis, measured);
                bare.round(round, gapMillis, measured);
            }
            door.close();
            bareBot.close();

            System.out.printf("interactions measured per bot: %d (%d members, %d rounds, after %d warm-up rounds, %s)%n",
                    rebound.latencies.size(), MEMBERS, rounds, WARMUP_ROUNDS,
                    gapMillis == 0 ? "50 at once per round" : gapMillis + " ms between interactions");
            rebound.print("Rebound ");
            bare.print("bare JDA");
            System.out.printf("ratio Rebound / bare: median %.2fx, p99 %.2fx%n",
                    (double) percentile(rebound.sorted(), 50) / percentile(bare.sorted(), 50),
                    (double) percentile(rebound.sorted(), 99) / percentile(bare.sorted(), 99));
            System.out.printf("JDA build -> READY (+ /rejected registered): %.0f ms%n", ms(ready - built));
            System.out.printf("JVM start -> READY: %d ms%n", jvmStartToReady);
        }
    }

    /** One bot's fake Discord, and the latencies measured on it. */
    private static final class Slice {
        final FakeDiscord discord;
        final Payloads payloads;
        final Map<String, Long> dispatched = new ConcurrentHashMap<>();
        final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        volatile boolean measuring;

        Slice(FakeDiscord discord) {
            this.discord = discord;
            this.payloads = new Payloads(discord);
            discord.onCall(call -> {
                if (call.is("POST", "interactions/\\d+/[^/]+/callback")) {
                    Long sent = dispatched.remove(call.path().split("/")[1]);
                    if (sent != null && measuring) {
                        latencies.add(call.receivedNanos() - sent);
                    }
                }
            });
        }

        /** Sends one round of 50 interactions and waits until each one's reply is filled in. */
        void round(int round, long gapMillis, boolean measured) throws InterruptedException {
            measuring = measured;
            List<ObjectNode> batch = new ArrayList<>();
            for (int m = 0; m < MEMBERS; m++) {
                batch.add(interaction(payloads, Long.toString(300000000000000000L + m), round));
            }
            for (ObjectNode interaction : batch) {
                dispatched.put(interaction.path("id").asText(), System.nanoTime());
                long sentAt = discord.gateway().dispatch("INTERACTION_CREATE", interaction);
                dispatched.computeIfPresent(interaction.path("id").asText(), (k, v) -> sentAt);
                if (gapMillis > 0) {
                    Thread.sleep(gapMillis);
                }
            }
            for (ObjectNode interaction : batch) {
                String token = interaction.path("token").asText();
                discord.await(c -> c.path().startsWith("webhooks/") && c.path().contains(token)
                        && c.method().equals("PATCH"), 1);
            }
            discord.clearCalls();
        }

        List<Long> sorted() {
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            return sorted;
        }

        void print(String name) {
            List<Long> sorted = sorted();
            System.out.printf("%s INTERACTION_CREATE -> callback POST: median %.2f ms, p99 %.2f ms, max %.2f ms%n",
                    name, ms(percentile(sorted, 50)), ms(percentile(sorted, 99)), ms(sorted.get(sorted.size() - 1)));
        }
    }

    /** A mix per member: /rejected new, list and help in DMs and in a server, and a button press. */
    private static ObjectNode interaction(Payloads payloads, String user, int round) {
        return switch (round % 5) {
            case 0 -> payloads.slashCommand(user, "new", false);
            case 1 -> payloads.button(user, "rb:" + user + ":answer:company:x", false);
            case 2 -> payloads.slashCommand(user, "list", false);
            case 3 -> payloads.slashCommand(user, "help", true);
            default -> payloads.button(user, "rb:" + user + ":rejected:list", false);
        };
    }

    private static long percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
