package rebound;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "rebound", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreKnowsNoPlatform = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("com.slack..", "net.dv8tion..")
            .because("bot-core is the platform-neutral engine; Slack and Discord live in their adapters");

    /*
     * This rule once named only org.mapdb, java.nio.file and java.io, and stayed green while
     * Conversation imported rebound.store.StateJson: the store's own package was never named, and
     * ArchUnit does not follow dependencies transitively. It now names the store and JSON library too.
     */
    @ArchTest
    static final ArchRule conversationIsPure = noClasses().that().resideInAPackage("rebound.conversation..")
            .should().dependOnClassesThat().resideInAnyPackage("rebound.store..", "rebound.reminder..",
                    "rebound.console..", "org.mapdb..", "com.fasterxml.jackson.databind..", "java.nio.file..",
                    "java.io..")
            .because("the conversation step is pure: loading, committing, forgetting and exporting happen around it"
                    + " (the Turn carries them as effects the facade applies)");

    @ArchTest
    static final ArchRule storeKeepsNoDialogue = noClasses().that().resideInAPackage("rebound.store..")
            .should().dependOnClassesThat().resideInAnyPackage("rebound.conversation..", "rebound.plan..",
                    "rebound.reminder..")
            .because("the store keeps the member's model (rebound.member, rebound.rejection); the dialogue engine"
                    + " and the plan run around it, so a store can be read and replaced without them (issue 19)");

    @ArchTest
    static final ArchRule theDoorIsALeaf = noClasses().that().resideInAPackage("rebound.frontdoor..")
            .should().dependOnClassesThat().resideInAnyPackage("rebound", "rebound.conversation..",
                    "rebound.member..", "rebound.store..", "rebound.reminder..", "rebound.plan..",
                    "rebound.intake..", "rebound.rejection..", "rebound.launch..", "rebound.console..")
            .because("the door is the one package adapters see: it reaches the bot through its port (Bot), so it"
                    + " is a face without a cycle and an adapter learns nothing deeper through it (issue 19)");

    @ArchTest
    static final ArchRule remindersGoThroughTheDoor = noClasses().should().callMethodWhere(
            DescribedPredicate.describe("Rebound.deliverDueReminders", (JavaMethodCall call) ->
                    call.getTargetOwner().isEquivalentTo(Rebound.class)
                            && call.getName().equals("deliverDueReminders")))
            .because("reminders are sent through the front door, each member's in their queue after their earlier"
                    + " turns (FrontDoor.startReminders; issue 19); the whole round at a given moment is the reminder"
                    + " rules' tests' way in, never a running door's");

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("rebound.(*)..").should().beFreeOfCycles()
            .because("each package of bot-core can be read and changed without the ones that depend on it");
}
