package rebound.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import rebound.frontdoor.Member;
import rebound.Rebound;
import rebound.SettableClock;
import rebound.Settings;
import rebound.frontdoor.Choice;
import rebound.frontdoor.Draft;
import rebound.frontdoor.FrontDoor;
import rebound.frontdoor.Inbound;
import rebound.frontdoor.Outbound;
import rebound.member.MemberState;
import rebound.plan.PlaybookBundle;
import rebound.playbook.PlaybookSource;
import rebound.rejection.Rejection;
import rebound.store.InMemoryMemberStore;

/**
 * One member's story followed over months, as they live it: what they type, the buttons they press, and
 * the reminders that reach them when the clock moves (each day at 09:00 UTC), through the whole bot
 * ({@link Rebound} over an in-memory store, reminders through {@link rebound.reminder.Reminders}). Every
 * message the member saw is kept, dated, and {@link #write() written} to {@code target/stories/<name>.txt}
 * for a person to read (issue 21: "the note lists each story replayed and what the member saw").
 */
final class Story implements AutoCloseable {

    static final Instant DAY_ONE = Instant.parse("2026-11-23T10:00:00Z");

    private final String name;
    private final String member;
    private final SettableClock clock = SettableClock.at(DAY_ONE);
    private final InMemoryMemberStore store = new InMemoryMemberStore();
    private final Rebound bot;
    /** The door the reminders come through (on the reader's thread, as the terminal's). */
    private final FrontDoor door;
    private final StringBuilder transcript = new StringBuilder();
    /** Every reminder delivered, in order. */
    private final List<Outbound> reminders = new ArrayList<>();
    /** The messages of the last turn, or the last reminder when it came after. */
    private List<Outbound> last = List.of();

    Story(String name) {
        this.name = name;
        this.member = "console:" + name;
        this.bot = new Rebound(new Settings(Path.of("target", "unused"), null, clock), store,
                PlaybookBundle.load(PlaybookSource.builtIn()));
        this.door = FrontDoor.inline(bot);
    }

    /** The member types {@code text} in the chat. */
    Story types(String text) {
        return turn("types: " + text, Inbound.text(new Member(member), text));
    }

    /** The member types {@code /rejected args}. */
    Story command(String args) {
        return turn("types: /rejected " + args, Inbound.command(new Member(member), args));
    }

    /** The member presses the button worth {@code value} on the last message that has one. */
    Story presses(String value) {
        Choice choice = choice(value);
        return turn("presses: [" + choice.label() + "]", Inbound.action(new Member(member), choice.action()));
    }

    /** Whether the last messages offer a button worth {@code value}. */
    boolean offers(String value) {
        return last.stream().flatMap(m -> m.choices().stream()).anyMatch(c -> c.value().equals(value));
    }

    private Choice choice(String value) {
        for (int i = last.size() - 1; i >= 0; i--) {
            for (Choice c : last.get(i).choices()) {
                if (c.value().equals(value)) {
                    return c;
                }
            }
        }
        throw new AssertionError("no button '" + value + "' in " + texts());
    }

    /**
     * Logs a rejection as a member types it: {@code /rejected}, then each question answered by the
     * {@code step=answer} given for its id (the contacts one line each, then "done"; a step not given is
     * skipped), up to "yes" at the summary.
     */
    Story logs(String... answers) {
        command("");
        return continues(answers);
    }

    /** Goes on with the intake under way as {@link #logs} does, up to "yes" at the summary. */
    Story continues(String... answers) {
        java.util.Map<String, java.util.Deque<String>> given = new java.util.HashMap<>();
        for (String answer : answers) {
            int eq = answer.indexOf('=');
            given.computeIfAbsent(answer.substring(0, eq), k -> new java.util.ArrayDeque<>())
                    .add(answer.substring(eq + 1));
        }
        for (int turns = 0; turns < 40 && step() != null; turns++) {
            String step = step();
            java.util.Deque<String> queue = given.getOrDefault(step, new java.util.ArrayDeque<>());
            if (step.equals("confirm")) {
                types("yes");
            } else if (step.equals("contacts")) {
                types(queue.isEmpty() ? "done" : queue.poll());
            } else {
                types(queue.isEmpty() ? "skip" : queue.poll());
            }
        }
        assertThat(step()).as("the intake ended: %s", texts()).isNull();
        assertThat(drafts()).as("the plan's drafts").isNotEmpty();
        return this;
    }

    /** The step the last message asks, or null. */
    String step() {
        return last.isEmpty() ? null : last.get(last.size() - 1).step();
    }

    private Story turn(String what, Inbound inbound) {
        line(what);
        last = bot.handle(inbound);
        last.forEach(this::show);
        return this;
    }

    /** The clock moves {@code days} days, a day at a time; the reminders due each morning arrive. */
    Story days(int days) {
        for (int i = 0; i < days; i++) {
            clock.advance(Duration.ofDays(1));
            deliver();
        }
        return this;
    }

    /**
     * The clock moves a day at a time until a reminder of {@code kind} arrives (at most {@code days} days).
     *
     * @return that reminder
     */
    Outbound untilReminder(String kind, int days) {
        int before = reminders.size();
        for (int i = 0; i < days; i++) {
            clock.advance(Duration.ofDays(1));
            deliver();
            for (int j = before; j < reminders.size(); j++) {
                if (kindOf(reminders.get(j)).equals(kind)) {
                    last = List.of(reminders.get(j));
                    return reminders.get(j);
                }
            }
        }
        throw new AssertionError("no " + kind + " reminder within " + days + " days; reminders: " + kinds());
    }

    private void deliver() {
        door.deliverDueReminders(message -> { // through the door, on the bot's clock, as a running bot's loop
            line("REMINDER");
            show(message);
            reminders.add(message);
            last = List.of(message);
        });
    }

    static String kindOf(Outbound reminder) {
        return reminder.drafts().isEmpty() ? "" : reminder.drafts().get(0).kind();
    }

    List<Outbound> reminders() {
        return reminders;
    }

    /** The reminders that arrived matching {@code which}. */
    List<Outbound> reminders(Predicate<Outbound> which) {
        return reminders.stream().filter(which).toList();
    }

    List<String> kinds() {
        return reminders.stream().map(r -> kindOf(r) + "@" + (r.drafts().isEmpty() ? "" : r.drafts().get(0).to()))
                .toList();
    }

    List<Outbound> last() {
        return last;
    }

    List<String> texts() {
        return last.stream().map(Outbound::text).toList();
    }

    String text() {
        return String.join("\n", texts());
    }

    List<Draft> drafts() {
        return last.stream().flatMap(m -> m.drafts().stream()).toList();
    }

    Rejection rejection() {
        return rejections().get(rejections().size() - 1);
    }

    List<Rejection> rejections() {
        return state().rejections();
    }

    MemberState state() {
        return store.read(member);
    }

    /** Every message the member saw so far, dated, as {@link #write()} writes it. */
    String transcript() {
        return transcript.toString();
    }

    Instant now() {
        return clock.instant();
    }

    private void line(String what) {
        transcript.append("\n").append(clock.instant().toString(), 0, 10).append("  ").append(what).append("\n");
    }

    private void show(Outbound message) {
        transcript.append(indent(message.text()));
        for (Draft draft : message.drafts()) {
            transcript.append("    ----- draft: ").append(draft.kind())
                    .append(draft.to().isEmpty() ? "" : " to " + draft.to()).append(" -----\n")
                    .append(draft.subject().isEmpty() ? "" : indent("Subject: " + draft.subject()))
                    .append(indent(draft.body())).append("    -----\n");
        }
        if (!message.choices().isEmpty()) {
            transcript.append("    buttons: ").append(String.join(" | ", message.choices().stream()
                    .map(Choice::label).toList())).append("\n");
        }
    }

    private static String indent(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            out.append("    ").append(line).append("\n");
        }
        return out.toString();
    }

    /** Writes the transcript to {@code target/stories/<name>.txt} (a test output to read; nothing asserts on it). */
    void write() {
        try {
            Path dir = Path.of("target", "stories");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(name + ".txt"), "Story: " + name + "\n" + transcript);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        write();
        bot.close();
    }
}
