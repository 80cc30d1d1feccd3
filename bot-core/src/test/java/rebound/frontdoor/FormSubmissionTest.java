package rebound.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rebound.Rebound;
import rebound.SettableClock;
import rebound.Settings;
import rebound.playbook.PlaybookSource;

/**
 * A submitted form is checked once, at the door, and its errors come back typed, field id to the
 * playbook's line, for each platform to show with its own widget (issue 19: Slack checked on the Bolt
 * thread and again in the turn; Discord asked the core again).
 */
@DisplayName("A form submitted at the door")
class FormSubmissionTest {

    private static final Member ANA = new Member("slack:T1:U0ANA");

    @TempDir
    Path data;
    private Rebound rebound;
    private FrontDoor door;
    /** The bot's methods the door called, in order. */
    private final List<String> asked = new CopyOnWriteArrayList<>();
    /** What the door answered the member. */
    private final List<Outbound> answered = new CopyOnWriteArrayList<>();
    private final ReplyChannel channel = new ReplyChannel() {
        @Override
        public void send(List<Outbound> answers) {
            answered.addAll(answers);
        }

        @Override
        public void fail(String words) {
            throw new AssertionError("the turn failed: " + words);
        }
    };

    @BeforeEach
    void open() {
        rebound = Rebound.open(new Settings(data, null, SettableClock.at(Instant.parse("2026-12-01T10:00:00Z"))));
        Bot counted = (Bot) Proxy.newProxyInstance(Bot.class.getClassLoader(), new Class<?>[] {Bot.class},
                (proxy, method, args) -> {
                    asked.add(method.getName());
                    try {
                        return method.invoke(rebound, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        door = new FrontDoor(counted, Runnable::run, DoorWords.load(PlaybookSource.withOverrides(null)),
                MemberRate.unlimited());
    }

    @AfterEach
    void close() {
        rebound.close();
    }

    private static Inbound contact(Map<String, String> values, String delivery) {
        return new Inbound(ANA, new Event.FormSubmit("contact", values), delivery);
    }

    private List<String> turns() {
        return asked.stream().filter(m -> m.equals("handle") || m.equals("checkForm")).toList();
    }

    @Test
    @DisplayName("a missing name comes back as the name field's playbook line; inside the form, nothing is sent and no turn is taken")
    void errorsInTheForm() {
        FormErrors errors = door.submit(contact(Map.of("detail", "weekly releases"), "view:1"), channel,
                FormErrors.Shown.IN_FORM);

        assertThat(errors.form()).isEqualTo("contact");
        assertThat(errors.byField()).containsOnlyKeys("name");
        assertThat(errors.byField().get("name")).startsWith("Start with the person's name");
        assertThat(turns()).containsExactly("checkForm");
        assertThat(answered).isEmpty();
    }

    @Test
    @DisplayName("in the chat, the errors are one message, one a line, with the form to fill in again; no turn is taken")
    void errorsInTheChat() {
        FormErrors errors = door.submit(contact(Map.of("name", "Dana", "part", "astronaut"), "interaction:1"), channel,
                FormErrors.Shown.IN_CHAT);

        assertThat(errors.byField()).containsOnlyKeys("part");
        assertThat(answered).singleElement().satisfies(message -> {
            assertThat(message.text()).isEqualTo("- " + errors.byField().get("part"));
            assertThat(message.form()).isNotNull().extracting(Form::id).isEqualTo("contact");
        });
        assertThat(turns()).containsExactly("checkForm");
    }

    @Test
    @DisplayName("a valid form is checked once and taken as one turn")
    void validFormIsOneTurn() {
        door.turn(new Inbound(ANA, new Event.Text("hi"), "Ev1"), channel);
        asked.clear();
        answered.clear();

        FormErrors errors = door.submit(contact(Map.of("name", "Dana Smith", "part", "recruiter"), "view:2"), channel,
                FormErrors.Shown.IN_FORM);

        assertThat(errors.isEmpty()).isTrue();
        assertThat(turns()).containsExactly("checkForm", "handle");
        assertThat(answered).isNotEmpty();
    }

    @Test
    @DisplayName("the errors keep the form's field order and cannot be changed by whoever reads them")
    void typedErrors() {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("name", "a");
        fields.put("part", "b");
        FormErrors errors = new FormErrors("contact", fields);
        fields.clear();

        assertThat(new ArrayList<>(errors.byField().keySet())).containsExactly("name", "part");
        assertThatThrownBy(() -> errors.byField().put("detail", "c")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(FormErrors.none("contact").isEmpty()).isTrue();
    }

    @Test
    @DisplayName("anything but a form submission is refused")
    void notAForm() {
        assertThatThrownBy(() -> door.submit(new Inbound(ANA, new Event.Text("hi"), "Ev9"), channel,
                FormErrors.Shown.IN_FORM)).isInstanceOf(IllegalArgumentException.class);
    }
}
