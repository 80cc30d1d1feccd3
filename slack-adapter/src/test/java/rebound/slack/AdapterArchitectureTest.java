package rebound.slack;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import rebound.frontdoor.DoorFace;

@DisplayName("The Slack adapter translates; it reaches the core only through its front doors")
class AdapterArchitectureTest {

    private final JavaClasses adapter = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("rebound.slack");

    @Test
    @DisplayName("never imports the store, the engine's inner parts, or the other platform")
    void thinTranslator() {
        noClasses().that().resideInAPackage("rebound.slack..").should().dependOnClassesThat(
                resideInAnyPackage("rebound.store..", "rebound.intake..", "rebound.plan..", "rebound.playbook..",
                        "rebound.rejection..", "rebound.conversation..", "rebound.member..",
                        "net.dv8tion..", "rebound.discord.."))
                .check(adapter);
    }

    @Test
    @DisplayName("transport/ carries requests and connections and knows no member: not the adapter, not the door")
    void transportKnowsNoMember() {
        noClasses().that().resideInAPackage("rebound.slack.transport..").should().dependOnClassesThat(
                resideInAnyPackage("rebound.slack", "rebound.frontdoor.."))
                .because("the adapter uses its transport, never the other way round (no package cycle; issue 19,"
                        + " \"the same skeleton\")")
                .check(adapter);
    }

    @Test
    @DisplayName("uses, of the core, only its one published package (the front door) and the launcher")
    void onlyTheDoor() {
        DoorFace.onlyTheDoor("rebound.slack").check(adapter);
    }
}
