package rebound.frontdoor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The core's face for adapters, as the rule every adapter's architecture test checks: of the core,
 * an adapter uses the one published package {@code rebound.frontdoor} (the door, the bot as a port,
 * the typed member, inbound and outbound messages and what they carry, the reply port, the reminder
 * messenger, the text cutter for a platform's limits) and the launcher {@code rebound.launch};
 * nothing else: not the store, the engine, the conversation, the playbook (issue 19, "one door";
 * ARCHITECTURE.md, "Adapters see one published package of the core").
 *
 * <p>The door's package depends on no deeper package of the core ({@link Bot} is a port the core
 * implements), so the face is one package without a cycle.
 */
public final class DoorFace {

    /** The core packages an adapter may use. */
    public static final java.util.List<String> PUBLISHED = java.util.List.of("rebound.frontdoor.", "rebound.launch.");

    private DoorFace() {
    }

    /** Classes of {@code adapterPackage} use, of the core, only {@link #PUBLISHED}. */
    public static ArchRule onlyTheDoor(String adapterPackage) {
        return classes().that().resideInAPackage(adapterPackage + "..")
                .should().onlyDependOnClassesThat(DescribedPredicate.describe("are outside the core, in "
                        + adapterPackage + ", or in " + PUBLISHED, (JavaClass c) -> {
                            String name = c.getName();
                            return !name.startsWith("rebound.") || name.startsWith(adapterPackage + ".")
                                    || PUBLISHED.stream().anyMatch(name::startsWith);
                        }))
                .because("an adapter translates and renders; it reaches the core only through its front door");
    }
}
