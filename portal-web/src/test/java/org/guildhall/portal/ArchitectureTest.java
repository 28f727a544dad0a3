package org.guildhall.portal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.EntityManager;
import org.guildhall.chainbridge.outbox.entity.OutboxEntry;
import org.guildhall.portal.security.ApiOriginFilter;
import org.guildhall.proposals.proposal.entity.Proposal;
import org.guildhall.registry.membership.entity.Organisation;

/**
 * The bounded contexts and their directions (STYLE.md, "Modules are bounded contexts"), checked on
 * the compiled classes of every module: portal-web's test class path holds them all.
 */
@AnalyzeClasses(packages = "org.guildhall", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String REGISTRY = "org.guildhall.registry..";
    private static final String PROPOSALS = "org.guildhall.proposals..";
    private static final String ONBOARDING = "org.guildhall.onboarding..";
    private static final String CHAIN_BRIDGE = "org.guildhall.chainbridge..";
    private static final String PORTAL = "org.guildhall.portal..";

    @ArchTest
    static final ArchRule registryDependsOnNoOtherContext = noClasses().that().resideInAPackage(REGISTRY)
            .should().dependOnClassesThat().resideInAnyPackage(PROPOSALS, CHAIN_BRIDGE, ONBOARDING, PORTAL)
            .because("the registry is the base of every other context and knows none of them");

    @ArchTest
    static final ArchRule proposalsKnowNeitherChainNorOnboardingNorPortal = noClasses().that().resideInAPackage(PROPOSALS)
            .should().dependOnClassesThat().resideInAnyPackage(CHAIN_BRIDGE, ONBOARDING, PORTAL)
            .because("proposals may use the registry only; the chain bridge observes their events");

    @ArchTest
    static final ArchRule onboardingKnowsNeitherChainNorPortal = noClasses().that().resideInAPackage(ONBOARDING)
            .should().dependOnClassesThat().resideInAnyPackage(CHAIN_BRIDGE, PORTAL)
            .because("domain modules never know about the chain; the chain bridge observes their events");

    @ArchTest
    static final ArchRule chainBridgeDoesNotKnowThePortal = noClasses().that().resideInAPackage(CHAIN_BRIDGE)
            .should().dependOnClassesThat().resideInAPackage(PORTAL);

    @ArchTest
    static final ArchRule registryControlIsUsedOnlyByTheRegistry = controlOnlyWithin("registry");

    @ArchTest
    static final ArchRule proposalsControlIsUsedOnlyByProposals = controlOnlyWithin("proposals");

    @ArchTest
    static final ArchRule onboardingControlIsUsedOnlyByOnboarding = controlOnlyWithin("onboarding");

    @ArchTest
    static final ArchRule chainBridgeControlIsUsedOnlyByTheChainBridge = controlOnlyWithin("chainbridge");

    @ArchTest
    static final ArchRule portalControlIsUsedOnlyByThePortal = controlOnlyWithin("portal");

    @ArchTest
    static final ArchRule provisioningIsCalledOnlyByTrustedStartUpCode = methods()
            .that().haveNameStartingWith("provision")
            .and().areDeclaredInClassesThat().resideInAPackage("org.guildhall..boundary..")
            .should().onlyBeCalled().byClassesThat().resideInAPackage("org.guildhall.portal.demo..")
            .because("provisioning skips the role checks and is for start-up code only");

    @ArchTest
    static final ArchRule viewsNeverUseAnEntityManager = noClasses()
            .that().resideInAPackage(PORTAL).and().haveSimpleNameEndingWith("View")
            .should().dependOnClassesThat().areAssignableTo(EntityManager.class)
            .because("views call boundaries, where transactions and security start");

    /** Guards the rules above against passing on an empty import (a changed class path). */
    @ArchTest
    static void importsTheClassesOfEveryModule(JavaClasses classes) {
        assertThat(classes.contain(Organisation.class)).as("registry-ejb").isTrue();
        assertThat(classes.contain(Proposal.class)).as("proposals").isTrue();
        assertThat(classes.contain(OutboxEntry.class)).as("chain-bridge").isTrue();
        assertThat(classes.contain(ApiOriginFilter.class)).as("portal-web").isTrue();
        assertThat(classes.containPackage("org.guildhall.onboarding")).as("node-onboarding").isTrue();
        assertThat(classes.contain(ArchitectureTest.class)).as("tests are not imported").isFalse();
    }

    /** No class outside the context uses its control package. */
    private static ArchRule controlOnlyWithin(String context) {
        String own = "org.guildhall." + context + "..";
        return noClasses().that().resideOutsideOfPackage(own)
                .should().dependOnClassesThat().resideInAPackage("org.guildhall." + context + "..control..")
                .because("a context's control package is its own; others use its boundaries and entities");
    }
}
