package rebound.frontdoor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;
import rebound.Rebound;
import rebound.Settings;
import rebound.conversation.Attachment;
import rebound.conversation.Choice;
import rebound.conversation.Event;
import rebound.conversation.Form;
import rebound.conversation.Inbound;
import rebound.conversation.Outbound;
import rebound.conversation.PlannedFollowUp;
import rebound.rejection.Draft;
import rebound.reminder.Messenger;
import rebound.text.KeyText;
import rebound.text.Texts;

/**
 * The core's face for adapters, as an allow-list every adapter's architecture test checks: an
 * adapter may use the front door's package ({@code rebound.frontdoor}), the launcher, and the
 * messages that cross the door (inbound, outbound and what an outbound carries, the reminder
 * messenger, the text cutter); nothing else of the core: not the store, the engine, the
 * conversation's flow, the playbook. Its wiring classes (one per platform, and its {@code main})
 * also hold the opened bot and its settings, to build the door over it.
 *
 * <p>Why a list and not one package: the message types live beside the conversation that makes
 * them, and moving them under {@code frontdoor} would make a package cycle ({@code frontdoor} calls
 * {@link Rebound}, which uses them). The list is the published face; anything added to it is a
 * decision, made here.
 */
public final class DoorFace {

    /** Core classes any adapter class may use, besides the {@code rebound.frontdoor} and {@code rebound.launch} packages. */
    public static final Set<Class<?>> MESSAGES = Set.of(Inbound.class, Outbound.class, Event.class, Form.class,
            Choice.class, PlannedFollowUp.class, Draft.class, Attachment.class, Messenger.class, Texts.class, KeyText.class);
    /** What a wiring class may hold besides: the opened bot, to build the door over it. */
    public static final Set<Class<?>> WIRING = Set.of(Rebound.class, Settings.class);

    private DoorFace() {
    }

    /**
     * Classes of {@code adapterPackage} use only the core's face; the classes named in
     * {@code wiring} (simple names) may also use {@link #WIRING}.
     */
    public static ArchRule onlyTheDoor(String adapterPackage, Set<String> wiring) {
        return classes().that().resideInAPackage(adapterPackage + "..")
                .and(DescribedPredicate.describe("are not wiring classes " + wiring,
                        (JavaClass c) -> !wiring.contains(c.getSimpleName().replaceAll("\\$.*", ""))))
                .should().onlyDependOnClassesThat(face(adapterPackage, Set.of()))
                .because("an adapter translates and renders; it reaches the core only through its front door");
    }

    /** The wiring classes use the face and the opened bot only. */
    public static ArchRule wiringOnlyTheDoor(String adapterPackage, Set<String> wiring) {
        return classes().that().resideInAPackage(adapterPackage + "..")
                .and(DescribedPredicate.describe("are wiring classes " + wiring,
                        (JavaClass c) -> wiring.contains(c.getSimpleName().replaceAll("\\$.*", ""))))
                .should().onlyDependOnClassesThat(face(adapterPackage, WIRING))
                .because("a wiring class builds the door over the opened bot, and nothing deeper");
    }

    private static DescribedPredicate<JavaClass> face(String adapterPackage, Set<Class<?>> more) {
        return DescribedPredicate.describe("are outside the core, in " + adapterPackage
                + ", in rebound.frontdoor or rebound.launch, or one of the door's messages", (JavaClass c) -> {
                    String name = c.getName();
                    if (!name.startsWith("rebound.") || name.startsWith(adapterPackage + ".")
                            || name.startsWith("rebound.frontdoor.") || name.startsWith("rebound.launch.")) {
                        return true;
                    }
                    String outer = name.replaceAll("\\$.*", "");
                    return MESSAGES.stream().anyMatch(k -> k.getName().equals(outer))
                            || more.stream().anyMatch(k -> k.getName().equals(outer));
                });
    }
}
