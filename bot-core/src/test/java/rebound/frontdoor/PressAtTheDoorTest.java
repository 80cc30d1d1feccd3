package rebound.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A press through the door (issue 19): the door, not the adapter, checks whose it is and whether it is
 * still understood, and takes it as the member's turn in their order.
 */
@DisplayName("A press at the front door")
class PressAtTheDoorTest {

    private static final Member ANA = new Member("slack:T1:U0ANA");
    private static final Member BEN = new Member("slack:T1:U0BEN");
    private static final Form CONTACT = new Form("contact", "Add a person", "Add", List.of());

    private final Recording bot = new Recording();
    private final DoorWords words = DoorWords.builtIn();
    private ExecutorService workers;

    @AfterEach
    void stop() {
        if (workers != null) {
            workers.shutdownNow();
        }
    }

    private FrontDoor door() {
        workers = Executors.newFixedThreadPool(4);
        return new FrontDoor(bot, workers, words, MemberRate.unlimited());
    }

    private static String id(Press.Kind kind, String owner, String payload) {
        return Press.of(kind, new Member(owner), payload).write();
    }

    @Test
    @DisplayName("the owner's press of a button is their turn: the action in the id, sent to the core as pressed")
    void ownersPress() throws Exception {
        Pressed pressed = door().press(ANA, id(Press.Kind.CHOICE, ANA.key(), "answer:stage:final"), List.of(), "Ev1", null,
                Collecting::new);

        assertThat(pressed).isInstanceOf(Pressed.Taken.class);
        pressed.handled().get(5, TimeUnit.SECONDS);
        assertThat(bot.seen).containsExactly(ANA + " Action[action=answer:stage:final] Ev1");
    }

    @Test
    @DisplayName("someone else's press changes nothing and is refused with the not_yours line")
    void notYours() {
        Pressed pressed = door().press(BEN, id(Press.Kind.CHOICE, ANA.key(), "answer:stage:final"), List.of(), "Ev1", null,
                Collecting::new);

        assertThat(pressed).isEqualTo(new Pressed.Refused(words.say("not_yours")));
        assertThat(bot.seen).isEmpty();
    }

    @Test
    @DisplayName("an id the door cannot read (forged, cut, a short code of before issue 19) is refused as expired")
    void expired() {
        FrontDoor door = door();
        for (String id : new String[] {"rb:U0ANA:#zz9", "choice:stage:final", "", null, "rb:T1.U0ANA"}) {
            assertThat(door.press(ANA, id, List.of(), null, null, Collecting::new))
                    .as(String.valueOf(id)).isEqualTo(new Pressed.Refused(words.say("expired")));
        }
        assertThat(door.press(ANA, id(Press.Kind.OPEN_FORM, ANA.key(), "gone"), List.of(), null, null, Collecting::new))
                .isEqualTo(new Pressed.Refused(words.say("expired")));
        assertThat(bot.seen).isEmpty();
    }

    @Test
    @DisplayName("a menu's pick is the action; a menu of several is one text of the values picked")
    void menus() throws Exception {
        FrontDoor door = door();
        door.press(ANA, id(Press.Kind.CHOICE, ANA.key(), "menu"), List.of("answer:outcome:ghosted"), "Ev1", null,
                Collecting::new).handled().get(5, TimeUnit.SECONDS);
        door.press(ANA, id(Press.Kind.SEVERAL, ANA.key(), "goals"), List.of("thank", "feedback"), "Ev2", null,
                Collecting::new).handled().get(5, TimeUnit.SECONDS);

        assertThat(bot.seen).containsExactly(ANA + " Action[action=answer:outcome:ghosted] Ev1",
                ANA + " Text[text=thank, feedback] Ev2");
    }

    @Test
    @DisplayName("a form button opens the core's form; its submission is checked as a press is")
    void forms() throws Exception {
        FrontDoor door = door();
        assertThat(door.press(ANA, id(Press.Kind.OPEN_FORM, ANA.key(), "contact"), List.of(), null, null, Collecting::new))
                .isEqualTo(new Pressed.OpensForm(CONTACT));

        String modal = id(Press.Kind.FORM, ANA.key(), "contact");
        assertThat(door.submit(BEN, modal, Map.of("name", "Dana"), "i1", null, Collecting::new))
                .isEqualTo(new Pressed.Refused(words.say("not_yours")));
        assertThat(door.submit(ANA, id(Press.Kind.CHOICE, ANA.key(), "contact"), Map.of("name", "Dana"), "i1", null,
                Collecting::new)).isEqualTo(new Pressed.Refused(words.say("expired")));
        door.submit(ANA, modal, Map.of("name", "Dana"), "i2", null, Collecting::new).handled().get(5, TimeUnit.SECONDS);
        assertThat(bot.seen).containsExactly(ANA + " FormSubmit[form=contact, values={name=Dana}] i2");
    }

    @Test
    @DisplayName("a press waits behind the member's earlier turn, on a pool of workers: their order, always")
    void memberOrder() throws Exception {
        FrontDoor door = door();
        CountDownLatch slow = new CountDownLatch(1);
        bot.holdFirst = slow;
        door.turn(new Inbound(ANA, new Event.Text("Acme"), "Ev1"), new Collecting());
        List<Pressed> presses = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            presses.add(door.press(ANA, id(Press.Kind.CHOICE, ANA.key(), "answer:stage:s" + i), List.of(), "Ev-p" + i, null,
                    Collecting::new));
        }
        Thread.sleep(50);
        assertThat(bot.seen).as("nothing overtakes the held turn").isEmpty();

        slow.countDown();
        for (Pressed pressed : presses) {
            pressed.handled().get(5, TimeUnit.SECONDS);
        }
        assertThat(bot.seen).containsExactly(ANA + " Text[text=Acme] Ev1",
                ANA + " Action[action=answer:stage:s0] Ev-p0", ANA + " Action[action=answer:stage:s1] Ev-p1",
                ANA + " Action[action=answer:stage:s2] Ev-p2", ANA + " Action[action=answer:stage:s3] Ev-p3",
                ANA + " Action[action=answer:stage:s4] Ev-p4");
    }

    /** A reply port that keeps what it is sent. */
    private static final class Collecting implements ReplyChannel {
        final List<Outbound> sent = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void send(List<Outbound> answers) {
            sent.addAll(answers);
        }

        @Override
        public void fail(String line) {
            sent.add(Outbound.say(new Member("-"), line));
        }
    }

    /** A bot that records each event it handles, the first one held until released when asked. */
    private static final class Recording implements Bot {
        final List<String> seen = Collections.synchronizedList(new ArrayList<>());
        volatile CountDownLatch holdFirst;

        @Override
        public List<Outbound> handle(Inbound inbound) {
            CountDownLatch hold = holdFirst;
            if (hold != null) {
                holdFirst = null;
                try {
                    hold.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            seen.add(inbound.member() + " " + inbound.event() + " " + inbound.deliveryId());
            return List.of(Outbound.say(inbound.member(), "ok"));
        }

        @Override
        public List<Outbound> opened(Member member) {
            return List.of();
        }

        @Override
        public Map<String, String> checkForm(String formId, Map<String, String> values) {
            return Map.of();
        }

        @Override
        public Optional<Form> form(String id) {
            return CONTACT.id().equals(id) ? Optional.of(CONTACT) : Optional.empty();
        }

        @Override
        public Outbound overview(Member member) {
            return Outbound.say(member, "");
        }

        @Override
        public List<Member> membersWithRemindersDue() {
            return List.of();
        }

        @Override
        public int remind(Member member, Messenger messenger) {
            return 0;
        }

        @Override
        public List<Member> membersStartingWith(String prefix) {
            return List.of();
        }

        @Override
        public void forget(Member member) {
        }

        @Override
        public Clock clock() {
            return Clock.systemUTC();
        }

        @Override
        public DoorWords doorWords() {
            return DoorWords.builtIn();
        }

        @Override
        public Path dataDir() {
            return Path.of(".");
        }

        @Override
        public boolean sharesState() {
            return false;
        }

        @Override
        public InstalledApps installations() {
            return null;
        }
    }
}
