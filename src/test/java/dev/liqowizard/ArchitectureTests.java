package dev.liqowizard;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The walls between the packages (see ARCHITECTURE.md), so that no change breaks them quietly. */
class ArchitectureTests {

	private static JavaClasses classes;

	@BeforeAll
	static void importMainClasses() {
		classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("dev.liqowizard");
	}

	@Test
	void planIsPureJavaAndKnowsNoViewsNorReleases() {
		noClasses().that()
			.resideInAPackage("..plan..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..web..", "..artifact..", "..diagram..", "..download..", "..liqo..",
					"org.springframework..", "jakarta..")
			.check(classes);
	}

	@Test
	void releaseRulesImportNoWebCodeAndNoSpring() {
		noClasses().that()
			.resideInAPackage("..liqo..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..web..", "..download..", "org.springframework..", "jakarta..")
			.check(classes);
	}

	@Test
	void nothingOutsideAReleasePackageNamesItsClasses() {
		for (String release : new String[] { "v032", "v120" }) {
			noClasses().that()
				.resideOutsideOfPackage("..liqo." + release + "..")
				.should()
				.dependOnClassesThat()
				.resideInAPackage("..liqo." + release + "..")
				.allowEmptyShould(true)
				.check(classes);
		}
	}

	@Test
	void theDiagramAndTheFileFormatsKnowNoWebCodeNorReleases() {
		noClasses().that()
			.resideInAnyPackage("..diagram..", "..artifact..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..web..", "..liqo..", "..download..", "org.springframework..")
			.check(classes);
	}

	@Test
	void downloadsKnowNoWebCode() {
		noClasses().that()
			.resideInAPackage("..download..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..web..", "org.springframework..")
			.check(classes);
	}

	@Test
	void noPackagesDependOnEachOtherInACycle() {
		slices().matching("dev.liqowizard.(*)..").should().beFreeOfCycles().check(classes);
	}

}
