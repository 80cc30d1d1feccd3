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
 * Not a test: measures the Discord front door against the fake Discord on loopback. Prints the time
 * from JVM start and from JDA build to READY, and the median and p99 time from an INTERACTION_CREATE
 * sent by the fake gateway to the interaction callback POST received by the fake REST server, over
 * rounds in which 50 members each use one interaction at once (every one committed to MapDB).
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
        try (FakeDiscord discord = new FakeDiscord(); Rebound core = Rebound.open(new Settings(data, null,
                Clock.systemUTC()))) {
            Map<String, Long> dispatched = new ConcurrentHashMap<>();
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            discord.onCall(call -> {
                if (call.is("POST", "interactions/\\d+/[^/]+/callback")) {
                    Long sent = dispatched.remove(call.path().split("/")[1]);
                    if (sent != null) {
                        latencies.add(call.receivedNanos() - sent);
                    }
                }
            });

            long built = System.nanoTime();
            DiscordFrontDoor door = DiscordFrontDoor.start(
                    new DiscordConfig(FakeDiscord.TOKEN, discord.restUrl(), discord.gatewayUrl(), null), core, null);
            long ready = System.nanoTime();
            long jvmStartToReady = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();

            Payloads payloads = new Payloads(discord);
            int counted = 0;
            for (int round = 0; round < WARMUP_ROUNDS + rounds; round++) {
                if (round == WARMUP_ROUNDS) {
                    latencies.clear();
                }
                List<ObjectNode> batch = new ArrayList<>();
                for (int m = 0; m < MEMBERS; m++) {
                    batch.add(interaction(payloads, Long.toString(300000000000000000L + m), round));
                }
                for (ObjectNode interaction : batch) {
                    dispatched.put(interaction.path("id").asText(),
                            System.nanoTime());
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
                if (round >= WARMUP_ROUNDS) {
                    counted += MEMBERS;
                }
            }
            door.close();

            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            System.out.printf("interactions measured: %d (%d members, %d rounds, after %d warm-up rounds, %s)%n",
                    sorted.size(), MEMBERS, rounds, WARMUP_ROUNDS,
                    gapMillis == 0 ? "50 at once per round" : gapMillis + " ms between interactions");
            System.out.printf("INTERACTION_CREATE -> callback POST: median %.2f ms, p99 %.2f ms, max %.2f ms%n",
                    ms(percentile(sorted, 50)), ms(percentile(sorted, 99)), ms(sorted.get(sorted.size() - 1)));
            System.out.printf("JDA build -> READY (+ /rejected registered): %.0f ms%n", ms(ready - built));
            System.out.printf("JVM start -> READY: %d ms%n", jvmStartToReady);
            if (counted != sorted.size()) {
                System.out.printf("note: %d interactions sent, %d callbacks matched%n", counted, sorted.size());
            }
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
