package rebound.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import rebound.frontdoor.Member;
import rebound.Rebound;
import rebound.frontdoor.Inbound;
import rebound.frontdoor.Outbound;

/** For the forget tests: a member who logs a rejection through the real intake, and a byte search of whole folders. */
public final class Traces {

    private Traces() {
    }

    /** {@code member} logs a rejection at {@code company} for {@code role}, one contact per line of {@code contacts}. */
    public static void logRejection(Rebound bot, String member, String company, String role, String contacts) {
        Map<String, String> answers = Map.of("company", company, "role", role, "stage", "final",
                "outcome", "hired_other", "still_interested", "yes", "goals", "thank, stay in touch",
                "tone", "warm", "confirm", "yes");
        Deque<String> people = new ArrayDeque<>(List.of(contacts.split("\n"))); // one person per message
        List<Outbound> replies = bot.handle(Inbound.command(new Member(member), ""));
        for (int turn = 0; turn < 30; turn++) {
            String step = replies.get(replies.size() - 1).step();
            if (step == null) {
                return; // the plan is written
            }
            // who told the news and whom they clicked with change the drafts, but are not asked for here
            String answer = step.equals("contacts") ? (people.isEmpty() ? "done" : people.poll())
                    : answers.getOrDefault(step, "skip");
            replies = bot.handle(Inbound.text(new Member(member), answer));
        }
        throw new AssertionError("the intake did not end");
    }

    /** Every file under {@code root}, however deep, that holds {@code text} in UTF-8. */
    public static List<Path> filesHolding(Path root, String text) {
        return filesHolding(root, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Every file under {@code root}, however deep, that holds {@code needle}. A file that vanishes
     * while the search runs (a live database recycling its WAL) is passed over.
     */
    public static List<Path> filesHolding(Path root, byte[] needle) {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                try {
                    if (indexOf(Files.readAllBytes(file), needle) >= 0) {
                        found.add(file);
                    }
                } catch (NoSuchFileException | AccessDeniedException gone) {
                    // removed meanwhile, or a socket lock file: nothing to read
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /** Where {@code needle} first occurs in {@code haystack}, or -1. */
    public static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
