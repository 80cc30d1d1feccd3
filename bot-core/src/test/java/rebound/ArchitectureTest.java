package rebound;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

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

    @ArchTest
    static final ArchRule conversationIsPure = noClasses().that().resideInAPackage("rebound.conversation..")
            .should().dependOnClassesThat().resideInAnyPackage("org.mapdb..", "java.nio.file..", "java.io..")
            .because("the conversation step is pure: loading and committing happen around it");
}
