package eu.mobilisesme.support;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The service's REST operations as Java methods, for tests that hold their annotations to the contract. */
public final class ResourceMethods {

    private ResourceMethods() {
    }

    /** Every method of a resource class that answers an HTTP method. */
    public static List<Method> all() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("eu.mobilisesme").stream()
                .filter(type -> type.isAnnotatedWith(Path.class))
                .flatMap(type -> Arrays.stream(type.reflect().getDeclaredMethods()))
                .filter(method -> Arrays.stream(method.getAnnotations())
                        .anyMatch(annotation -> annotation.annotationType().isAnnotationPresent(HttpMethod.class)))
                .toList();
    }
}
