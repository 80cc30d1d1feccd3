package rebound.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rebound.SettableClock;
import rebound.plan.PlaybookBundle;
import rebound.playbook.PlaybookSource;
import rebound.words.Words;

/**
 * What every front door promises a member, run through each door as its platform sees it (Slack and
 * Discord through their fakes with the real Bolt and JDA, the terminal over its streams, JSON lines
 * over its lines), as {@code MemberStoreContract} does for the stores (issue 19). A subclass says how
 * to start its door ({@link #open}); the cases speak of two members, {@link #ANA} and {@link #BEN},
 * and check what each has seen in the playbook's own words, never English typed here.
 *
 * <p>A door that cannot express a case (the terminal has one member, so nobody else can press its
 * buttons) names it in {@link Door#cannot}, and the case is skipped with that reason.
 */
public abstract class DoorContract {

    /** The member whose conversation the cases follow. */
    protected static final String ANA = "ana";
    /** Another member of the same platform. */
    protected static final String BEN = "ben";
    /** When every case starts: a Monday morning. */
    protected static final Instant START = Instant.parse("2026-11-02T09:00:00Z");

    private static final PlaybookBundle PLAYBOOK = PlaybookBundle.load(PlaybookSource.builtIn());
    private static final Words WORDS = PLAYBOOK.words();
    private static final DoorWords DOOR_WORDS = DoorWords.builtIn();
    /** How long a case waits for a line it expects: the turns and the fakes are on one machine. */
    private static final Duration PATIENCE = Duration.ofSeconds(5);

    /** What a door cannot express, each with the reason given when its case is skipped. */
    public enum Limit {
        /** Only one member uses the door, so nobody presses another member's buttons. */
        ONE_MEMBER,
        /** Only the buttons of the last message can be pressed, so no button is ever old. */
        LAST_BUTTONS_ONLY,
        /** Nothing reaches the door twice, so there is no duplicate delivery. */
        NO_REDELIVERY
    }

    /**
     * A front door running over a data directory, driven as its platform drives it. Each method returns
     * once the door has answered (or, for what must be answered with nothing, once it would have).
     */
    public interface Door extends AutoCloseable {

        /** The member starts a new intake the way this door offers it (a command, a start button, opening it). */
        void startsIntake(String member);

        /** The member types {@code text} where the conversation goes on (a DM, the terminal, a line). */
        void says(String member, String text);

        /** The member presses the choice labelled {@code label} on the latest message that offers it. */
        void presses(String member, String label);

        /** {@code presser} presses the choice labelled {@code label} on {@code owner}'s latest message that offers it. */
        void pressesOthers(String presser, String owner, String label);

        /** The member presses the choice labelled {@code label} on the first message that offered it. */
        void pressesOld(String member, String label);

        /** The platform delivers the member's last typed message again, as it was (a retry, a replay after a reconnect). */
        void redelivers(String member);

        /** From now on every turn fails as a bug in it would (the store throws), until {@link #storeRecovers}. */
        void storeFails();

        /** The store works again. */
        void storeRecovers();

        /** The door and the bot stop, as a process ends, and new ones start on the same data directory. */
        void restart();

        /** The door delivers the reminders due now, as its reminder loop does. */
        void deliverDueReminders();

        /** Every line the member has seen so far, in order: platform markup and escaping removed, blank lines left out. */
        List<String> seen(String member);

        /** The reason this door cannot express a case, or null when it can. */
        default String cannot(Limit limit) {
            return null;
        }
    }

    @TempDir
    Path data;
    /** The bot's clock: the cases move it. */
    protected final SettableClock clock = SettableClock.at(START);
    private Door door;

    /** Starts the door under test on {@code data} with the bot on {@code clock}. */
    protected abstract Door open(Path data, SettableClock clock) throws Exception;

    @BeforeEach
    final void openDoor() throws Exception {
        door = open(data, clock);
    }

    @AfterEach
    final void closeDoor() throws Exception {
        door.close();
    }

    @Test
    @DisplayName("an intake in a DM: each question in the playbook's words, from the first answer to the drafts")
    void intakeInADm() {
        door.startsIntake(ANA);
        assertThat(shown(ANA, 0, prompt("company"))).containsSubsequence(prompt("company"));

        answer("Acme", prompt("role", "company", "Acme"));
        answer("Product designer", prompt("stage", "company", "Acme"));
        answer("interview", prompt("outcome"));
        answer("they hired someone else", prompt("contacts"));
        door.says(ANA, "Dana Smith, hiring manager, the move to weekly releases");
        answer("done", prompt("told_by"));
        answer("Dana Smith", prompt("still_interested", "company", "Acme"));
        answer("yes", prompt("goals"));
        answer("thank, feedback", prompt("tone"));
        answer("warm", prompt("confirm"));
        answer("yes", draftTo("Dana Smith", "hiring manager"));
    }

    @Test
    @DisplayName("someone else's button changes nothing of the owner's conversation; the presser is told it is not theirs")
    void someoneElsesButton() {
        unless(Limit.ONE_MEMBER);
        toStage();
        int anaSaw = seen(ANA).size();
        int benSaw = seen(BEN).size();
        String notYours = plain(DOOR_WORDS.say("not_yours"));

        door.pressesOthers(BEN, ANA, option("stage", "final"));

        assertThat(shown(BEN, benSaw, notYours)).containsExactly(notYours);
        assertThat(after(ANA, anaSaw)).isEmpty();
        door.says(ANA, "interview");
        assertThat(shown(ANA, anaSaw, prompt("outcome"))).containsSubsequence(prompt("outcome"));
    }

    @Test
    @DisplayName("an expired button (of a question already answered) changes nothing, says so and shows where the member is")
    void expiredButton() {
        unless(Limit.LAST_BUTTONS_ONLY);
        toStage();
        answer("interview", prompt("outcome"));
        int saw = seen(ANA).size();

        door.pressesOld(ANA, option("stage", "final"));

        // a button of another question of the intake under way: told in words true of an earlier or a later one
        String stale = plain(WORDS.say("stale_other_question"));
        assertThat(shown(ANA, saw, stale, prompt("outcome"))).containsSubsequence(stale, prompt("outcome"));
        answer("they hired someone else", prompt("contacts"));
    }

    @Test
    @DisplayName("a failed turn is answered with the door's failed line, never silence, and the member's answers are kept")
    void failedTurn() {
        toStage();
        door.storeFails();
        int saw = seen(ANA).size();
        String failed = plain(DOOR_WORDS.say("failed"));

        door.says(ANA, "interview");
        assertThat(shown(ANA, saw, failed)).containsExactly(failed);
        int pressed = seen(ANA).size();
        door.presses(ANA, option("stage", "interview"));
        assertThat(shown(ANA, pressed, failed)).containsExactly(failed);

        door.storeRecovers();
        answer("back", prompt("role", "company", "Acme"));
    }

    @Test
    @DisplayName("the same delivery twice is answered once and taken once")
    void duplicateDelivery() {
        unless(Limit.NO_REDELIVERY);
        door.startsIntake(ANA);
        int saw = seen(ANA).size();

        door.says(ANA, "Acme");
        assertThat(shown(ANA, saw, prompt("role", "company", "Acme"))).contains(prompt("role", "company", "Acme"));
        int once = seen(ANA).size();

        door.redelivers(ANA);

        assertThat(after(ANA, once)).as("the second delivery is answered with nothing").isEmpty();
        answer("Product designer", prompt("stage", "company", "Acme"));
    }

    @Test
    @DisplayName("a restart mid-intake keeps every answer the member saw accepted, and the buttons shown before it still work")
    void restartMidIntake() {
        toStage();

        door.restart();

        int saw = seen(ANA).size();
        door.presses(ANA, option("stage", "final"));
        assertThat(shown(ANA, saw, prompt("outcome"))).contains(prompt("outcome"));
        answer("back", prompt("stage", "company", "Acme"));
    }

    @Test
    @DisplayName("a reminder that comes due while the member is in an intake arrives, and their next answer still answers the intake")
    void reminderWhileTyping() {
        logARejection();
        door.startsIntake(ANA);
        answer("Globex", prompt("role", "company", "Globex"));
        clock.advance(Duration.ofDays(40));
        int saw = seen(ANA).size();

        door.deliverDueReminders();

        String reminder = draftTo("Dana Smith", "hiring manager");
        assertThat(shown(ANA, saw, reminder)).contains(reminder);
        int reminded = seen(ANA).size();
        door.deliverDueReminders();
        assertThat(after(ANA, reminded)).as("a reminder arrives once").doesNotContain(reminder);
        answer("Designer", prompt("stage", "company", "Globex"));
    }

    /** Ana has typed the company (Acme) and the role, and is asked how far she got, with a button per stage. */
    private void toStage() {
        door.startsIntake(ANA);
        answer("Acme", prompt("role", "company", "Acme"));
        answer("Product designer", prompt("stage", "company", "Acme"));
    }

    /** Ana logs a whole rejection at Acme, with Dana Smith to stay in touch with: the plan holds follow-ups. */
    private void logARejection() {
        toStage();
        for (String text : List.of("interview", "they hired someone else",
                "Dana Smith, hiring manager, the move to weekly releases", "done", "Dana Smith", "yes",
                "thank, stay in touch", "warm")) {
            door.says(ANA, text);
        }
        answer("yes", draftTo("Dana Smith", "hiring manager"));
    }

    /** Ana types {@code text}; among what she is shown next is the line {@code expected}. */
    private void answer(String text, String expected) {
        int saw = seen(ANA).size();
        door.says(ANA, text);
        assertThat(shown(ANA, saw, expected)).as("after %s", text).contains(expected);
    }

    private List<String> seen(String member) {
        return door.seen(member);
    }

    /**
     * The lines the member has seen after the first {@code skip}, once they hold {@code expected} in that
     * order or {@link #PATIENCE} has passed: a door whose platform is answered asynchronously may show the
     * last of a turn's messages a moment after the first.
     */
    private List<String> shown(String member, int skip, String... expected) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        List<String> lines = after(member, skip);
        while (!inOrder(lines, expected) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            lines = after(member, skip);
        }
        return lines;
    }

    private static boolean inOrder(List<String> lines, String... expected) {
        int next = 0;
        for (String line : lines) {
            if (next < expected.length && line.equals(expected[next])) {
                next++;
            }
        }
        return next == expected.length;
    }

    /** The lines the member has seen after the first {@code skip}. */
    private List<String> after(String member, int skip) {
        List<String> seen = door.seen(member);
        return seen.subList(Math.min(skip, seen.size()), seen.size());
    }

    private void unless(Limit limit) {
        String reason = door.cannot(limit);
        assumeTrue(reason == null, reason);
    }

    /** The first line of a step's question (intake.txt) with its variables filled in, as a member reads it. */
    private static String prompt(String step, String... variables) {
        Map<String, String> values = new java.util.HashMap<>();
        for (int i = 0; i + 1 < variables.length; i += 2) {
            values.put(variables[i], variables[i + 1]);
        }
        String question = PLAYBOOK.intake().step(step).prompt().render(values);
        return plain(question.strip().lines().findFirst().orElseThrow());
    }

    /** The label of an option of a step (intake.txt), as a button shows it. */
    private static String option(String step, String value) {
        return PLAYBOOK.intake().step(step).labelOf(value);
    }

    /** The line above a draft naming whom it is for (frontdoor.txt {@code draft_to}). */
    private static String draftTo(String to, String part) {
        return plain(DOOR_WORDS.say("draft_to", Map.of("to", to, "part", part)));
    }

    /**
     * A line as every door shows it once the platform's markup is taken off: the core's {@code *bold*}
     * (Discord's {@code **bold**}) and code marks removed. Doors apply it to what they saw.
     */
    public static String plain(String line) {
        return line.replace("*", "").replace("`", "").strip();
    }

    /**
     * Waits until {@code size} (what a door's platform has received or printed so far) stays the same
     * for {@code quiet}: a door that answers on its own threads has then said all it will.
     */
    protected static void awaitQuiet(java.util.function.IntSupplier size, Duration quiet) {
        int last = -1;
        long quietSince = System.nanoTime();
        while (System.nanoTime() - quietSince < quiet.toNanos()) {
            int now = size.getAsInt();
            if (now != last) {
                last = now;
                quietSince = System.nanoTime();
            }
            pause();
        }
    }

    /** A short wait between two looks at a door's platform (10 ms). */
    protected static void pause() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
