package rebound.console;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import rebound.frontdoor.Member;
import rebound.Rebound;
import rebound.SettableClock;
import rebound.Settings;
import rebound.frontdoor.DoorContract;
import rebound.plan.PlaybookBundle;
import rebound.playbook.PlaybookSource;
import rebound.store.FailingStore;
import rebound.store.MapDbMemberStore;

@DisplayName("The terminal chat keeps the door contract")
class TerminalDoorTest extends DoorContract {

    @Override
    protected Door open(Path data, SettableClock clock) {
        return new Terminal(data, clock);
    }

    /**
     * {@code ./rebound} in-process: the terminal chat reads typed lines and prints to a screen, on its
     * own thread, as a member at a terminal sees it. A turn is over when the chat prompts again.
     * Its reminders come when it starts and every 30 seconds after; {@link #deliverDueReminders} opens
     * the chat again (the member runs {@code ./rebound} anew) rather than waiting half a minute.
     */
    private static final class Terminal implements Door {

        private static final String MEMBER = "console:" + ANA;
        private static final Pattern CHOICE = Pattern.compile("^\\s*(\\d+)\\) (.*)$");
        private static final Duration QUIET = Duration.ofMillis(200);

        private final Path data;
        private final SettableClock clock;
        private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
        private final AtomicInteger prompts = new AtomicInteger();
        private final PrintStream out = new PrintStream(screen, true, StandardCharsets.UTF_8) {
            @Override
            public void print(String text) {
                super.print(text);
                if ("> ".equals(text)) {
                    prompts.incrementAndGet();
                }
            }
        };
        private FailingStore store;
        private Rebound bot;
        private BlockingQueue<String> keyboard;
        private Thread chat;

        Terminal(Path data, SettableClock clock) {
            this.data = data;
            this.clock = clock;
            startBot();
            startChat();
        }

        private void startBot() {
            store = new FailingStore(MapDbMemberStore.open(data));
            bot = new Rebound(new Settings(data, null, clock), store, PlaybookBundle.load(PlaybookSource.builtIn()));
        }

        /** Runs the chat on its own thread and waits for its first prompt and for its reminders to be shown. */
        private void startChat() {
            keyboard = new LinkedBlockingQueue<>();
            BlockingQueue<String> typed = keyboard;
            int before = prompts.get();
            chat = new Thread(() -> {
                try {
                    new ConsoleChat(bot, new Member(MEMBER), out, false, ConsoleChat.filesNextTo(data), ZoneOffset.UTC)
                            .run(new BufferedReader(new Keyboard(typed)));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }, "terminal-chat");
            chat.start();
            awaitPrompt(before);
            awaitQuiet();
        }

        private void stopChat() {
            keyboard.add("quit");
            try {
                chat.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public String cannot(Limit limit) {
            return switch (limit) {
                case ONE_MEMBER -> "the terminal has one member: nobody else can press its buttons";
                case LAST_BUTTONS_ONLY -> "a number typed in the terminal picks from the last question's choices only";
                case NO_REDELIVERY -> "typed lines are read once from the keyboard: nothing is delivered twice";
            };
        }

        @Override
        public void startsIntake(String member) {
            type("/rejected new");
        }

        @Override
        public void says(String member, String text) {
            type(text);
        }

        @Override
        public void presses(String member, String label) {
            String number = null;
            for (String line : screen().split("\n")) {
                Matcher choice = CHOICE.matcher(line);
                if (choice.matches() && choice.group(2).equals(label)) {
                    number = choice.group(1);
                }
            }
            if (number == null) {
                throw new AssertionError("no choice " + label + " on the screen:\n" + screen());
            }
            type(number);
        }

        @Override
        public void pressesOthers(String presser, String owner, String label) {
            throw new UnsupportedOperationException(cannot(Limit.ONE_MEMBER));
        }

        @Override
        public void pressesOld(String member, String label) {
            throw new UnsupportedOperationException(cannot(Limit.LAST_BUTTONS_ONLY));
        }

        @Override
        public void redelivers(String member) {
            throw new UnsupportedOperationException(cannot(Limit.NO_REDELIVERY));
        }

        @Override
        public void storeFails() {
            store.fail();
        }

        @Override
        public void storeRecovers() {
            store.heal();
        }

        @Override
        public void restart() {
            stopChat();
            bot.close();
            startBot();
            startChat();
        }

        @Override
        public void deliverDueReminders() {
            stopChat();
            startChat();
        }

        @Override
        public List<String> seen(String member) {
            List<String> lines = new ArrayList<>();
            for (String line : screen().split("\n")) {
                String shown = DoorContract.plain(line.startsWith("> ") ? line.substring(2) : line);
                if (!shown.isEmpty() && !shown.equals(">")) {
                    lines.add(shown);
                }
            }
            return lines;
        }

        private String screen() {
            synchronized (out) {
                return screen.toString(StandardCharsets.UTF_8);
            }
        }

        /** Types a line and waits until the chat has answered it and prompts again. */
        private void type(String line) {
            int before = prompts.get();
            keyboard.add(line);
            awaitPrompt(before);
        }

        private void awaitPrompt(int before) {
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (prompts.get() <= before) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("the terminal did not prompt again; the screen:\n" + screen());
                }
                pause();
            }
        }

        /** Waits until nothing more is printed for a moment (the reminder loop prints on its own thread). */
        private void awaitQuiet() {
            DoorContract.awaitQuiet(() -> screen().length(), QUIET);
        }

        @Override
        public void close() {
            stopChat();
            bot.close();
        }
    }

    /** A keyboard: the lines typed so far, each ending with a line break; reading waits for the next one. */
    private static final class Keyboard extends Reader {

        private final BlockingQueue<String> typed;
        private String pending = "";

        Keyboard(BlockingQueue<String> typed) {
            this.typed = typed;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            if (pending.isEmpty()) {
                try {
                    String line = typed.poll(30, TimeUnit.SECONDS);
                    if (line == null) {
                        return -1;
                    }
                    pending = line + "\n";
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException();
                }
            }
            int n = Math.min(length, pending.length());
            pending.getChars(0, n, buffer, offset);
            pending = pending.substring(n);
            return n;
        }

        @Override
        public void close() {
        }
    }
}
