package rebound.discord;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import rebound.frontdoor.DoorFace;
import rebound.rejection.Draft;

@DisplayName("The Discord adapter translates; it reaches the core only through its front doors")
class AdapterArchitectureTest {

    private final JavaClasses adapter = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("rebound.discord");

    @Test
    @DisplayName("never imports the store, the engine's inner parts, or the other platform")
    void thinTranslator() {
        noClasses().that().resideInAPackage("rebound.discord..").should().dependOnClassesThat(
                resideInAnyPackage("rebound.store..", "rebound.intake..", "rebound.playbook..",
                        "rebound.rejection..", "com.slack..", "rebound.slack..")
                        // a Draft is the one part of a rejection that travels in an Outbound, for the renderer
                        .and(not(equivalentTo(Draft.class))))
                .check(adapter);
    }

    @Test
    @DisplayName("uses only the core's face (the front door, the launcher, the messages that cross the door); "
            + "only its wiring classes hold the opened bot")
    void onlyTheDoor() {
        DoorFace.onlyTheDoor("rebound.discord", java.util.Set.of("DiscordApp", "DiscordMain")).check(adapter);
        DoorFace.wiringOnlyTheDoor("rebound.discord", java.util.Set.of("DiscordApp", "DiscordMain")).check(adapter);
    }
}
