package rebound.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import rebound.Rebound;
import rebound.frontdoor.Attachment;
import rebound.frontdoor.Choice;
import rebound.frontdoor.Draft;
import rebound.frontdoor.Event;
import rebound.frontdoor.FrontDoor;
import rebound.frontdoor.Member;
import rebound.frontdoor.Inbound;
import rebound.frontdoor.Outbound;
import rebound.frontdoor.ReplyChannel;

/**
 * Rebound in a terminal, for anyone without a Slack or Discord account: choices are numbered,
 * once across the messages of one answer ({@link #show(List)}), so every number on screen picks the
 * choice it stands before; drafts are framed so they can be copied, reminders appear as they come due, and a file sent with a
 * message (the export, the calendar) is saved in {@code files}, its full path told.
 */
final class ConsoleChat {

    private static final String RULE = "-".repeat(64);

    private final FrontDoor door;
    private final Member member;
    private final PrintStream out;
    private final boolean ansi;
    private final Path files;
    private final ZoneId zone;
    private List<Choice> lastChoices = List.of();
    private boolean lastMultiple;

    /**
     * A chat for {@code member} on {@code out}; files sent with a message are saved in {@code files}; the
     * member lives in {@code zone} (the system's, for the terminal: issue 21), so their reminders come in its
     * morning and their dates read on its calendar.
     */
    ConsoleChat(Rebound bot, Member member, PrintStream out, boolean ansi, Path files, ZoneId zone) {
        this.zone = zone;
        this.door = FrontDoor.inline(bot);
        this.member = member;
        this.out = out;
        this.ansi = ansi;
        this.files = files.toAbsolutePath().normalize();
    }

    /**
     * Where the terminal saves files for a data directory: the folder {@code rebound-files} next to it
     * (beside {@code ./data}, {@code ./rebound-files}), so an export is never mistaken for the store's
     * own files.
     */
    static Path filesNextTo(Path dataDir) {
        Path data = dataDir.toAbsolutePath().normalize();
        return data.getParent() == null ? data.resolve("rebound-files") : data.resolveSibling("rebound-files");
    }

    void run(BufferedReader in) throws IOException {
        out.println(render(door.words().say("terminal_welcome")));
        out.println(render(door.words().say("terminal_commands")));
        out.println();
        ReplyChannel here = new ReplyChannel() {
            @Override
            public void send(List<Outbound> answers) {
                show(answers);
            }

            @Override
            public void fail(String words) {
                show(List.of(Outbound.say(member, words)));
            }
        };
        try (AutoCloseable reminders = door.startReminders(this::show, Duration.ofSeconds(30))) {
            door.opened(member, here);
            String line;
            while (prompt() && (line = in.readLine()) != null) {
                String text = line.strip();
                if (text.equalsIgnoreCase("quit") || text.equalsIgnoreCase("exit")) {
                    break;
                }
                door.turn(new Inbound(member, eventFor(text), null, zone), here);
            }
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        out.println(render(door.words().say("terminal_bye")));
    }

    private boolean prompt() {
        synchronized (out) {
            out.print("> ");
            out.flush();
        }
        return true;
    }

    private Event eventFor(String text) {
        if (text.matches("\\d{1,2}") && !lastMultiple) {
            int index = Integer.parseInt(text) - 1;
            if (index >= 0 && index < lastChoices.size()) {
                return new Event.Action(lastChoices.get(index).action());
            }
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.equals("/rejected") || lower.startsWith("/rejected ")) {
            return new Event.Command(text.substring("/rejected".length()));
        }
        return new Event.Text(text);
    }

    /**
     * Shows one answer's messages. Their choices are numbered once, in order, across all of them ("1) Fix
     * Jen", "2) Remove Jen", then "3) Done, that's everyone"), and a number typed next picks any of them:
     * no two choices on screen carry the same number. When the last question takes several picks, its
     * numbers are typed as text and read against its own options, so only its choices are numbered
     * (from 1) and the earlier ones are listed unnumbered ({@code -}), to be typed by name.
     */
    private void show(List<Outbound> messages) {
        synchronized (out) {
            Outbound asking = null;
            for (Outbound message : messages) {
                asking = message.choices().isEmpty() ? asking : message;
            }
            boolean several = asking != null && asking.multiple();
            List<Choice> numbered = new ArrayList<>();
            for (Outbound message : messages) {
                boolean numbers = !several || message == asking;
                show(message, numbers ? numbered.size() : -1);
                if (numbers) {
                    numbered.addAll(message.choices());
                }
            }
            if (!numbered.isEmpty()) {
                lastChoices = List.copyOf(numbered);
                lastMultiple = several;
            }
            out.flush();
        }
    }

    /** A reminder, shown as an answer of its own. */
    private void show(Outbound message) {
        show(List.of(message));
    }

    /** One message; its choices numbered from {@code first + 1}, or listed unnumbered when {@code first} is -1. */
    private void show(Outbound message, int first) {
        out.println();
        if (message.reminder()) {
            out.println(render(door.words().say("terminal_reminder")));
        }
        out.println(render(message.text()));
        for (int i = 0; i < message.choices().size(); i++) {
            out.println("  " + (first < 0 ? "-" : (first + i + 1) + ")") + " " + message.choices().get(i).label());
        }
        if (message.multiple()) {
            out.println("  " + render(door.words().say("terminal_pick_several")));
        }
        for (Draft draft : message.drafts()) {
            out.println(RULE);
            String heading = door.words().draftHeading(draft);
            if (!heading.isEmpty()) {
                out.println(render(heading));
            }
            out.println();
            out.println(draft.body());
            out.println(RULE);
        }
        for (Attachment file : message.attachments()) {
            out.println(save(file));
        }
    }

    /** Saves {@code file} in the files folder (replacing an older one of the same name); says where, or why not. */
    private String save(Attachment file) {
        Path target = files.resolve(Path.of(file.name()).getFileName().toString());
        try {
            Files.createDirectories(files);
            Files.write(target, file.content());
            return door.words().say("file_saved", Map.of("name", file.name(), "where", target.toString()));
        } catch (IOException | RuntimeException e) {
            return door.words().say("file_not_sent", Map.of("name", file.name())) + " (" + e.getMessage() + ")";
        }
    }

    private String render(String text) {
        return ansi ? text.replaceAll("\\*([^*\\n]+)\\*", "\u001b[1m$1\u001b[0m") : text;
    }
}
