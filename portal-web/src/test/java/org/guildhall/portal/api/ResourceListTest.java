package org.guildhall.portal.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.Provider;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.guildhall.portal.did.UniversalApi;
import org.guildhall.portal.registry.IdentifiersResource;
import org.junit.jupiter.api.Test;

/** The applications list their classes instead of scanning: every resource and provider is in exactly one list. */
class ResourceListTest {

    private static final List<Set<Class<?>>> LISTS = List.of(new GuildhallApi().getClasses(), new UniversalApi().getClasses());

    @Test
    void everyResourceAndProviderIsListedByExactlyOneApplication() {
        List<String> unlisted = new java.util.ArrayList<>();
        List<String> twice = new java.util.ArrayList<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.guildhall.portal")) {
            if (!type.isAnnotatedWith(Path.class) && !type.isAnnotatedWith(Provider.class)) {
                continue;
            }
            long lists = LISTS.stream().filter(list -> list.stream().anyMatch(c -> c.getName().equals(type.getName()))).count();
            if (lists == 0) {
                unlisted.add(type.getName());
            } else if (lists > 1) {
                twice.add(type.getName());
            }
        }

        assertThat(unlisted).as("resources and providers no application lists").isEmpty();
        assertThat(twice).as("resources and providers listed twice").isEmpty();
    }

    @Test
    void theIdentifiersAreServedUnderApiV1() {
        assertThat(new HashSet<>(new GuildhallApi().getClasses())).contains(IdentifiersResource.class);
    }
}
