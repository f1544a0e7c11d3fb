package no.ipt.web.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The session is replicated between nodes ({@code <distributable/>}), so the state of every view-,
 * session- and conversation-scoped bean must be serializable all the way down: one record that is not
 * makes the server drop the whole map of view-scoped beans from the replica (a node that takes over
 * the session loses what the user typed) and re-read an old copy on every request.
 */
class PassivationTest {

    private static final Path CLASSES = Path.of("target/classes");

    @Test
    void everyPassivatingBeanHoldsOnlySerializableState() throws IOException {
        Set<String> beans = new TreeSet<>();
        Set<String> problems = new TreeSet<>();
        for (Class<?> type : webClasses()) {
            if (type.isAnnotationPresent(ViewScoped.class) || type.isAnnotationPresent(SessionScoped.class)
                    || type.isAnnotationPresent(ConversationScoped.class)) {
                beans.add(type.getSimpleName());
                if (!Serializable.class.isAssignableFrom(type)) {
                    problems.add(type.getName() + " is not Serializable");
                }
                checkFields(type, type.getSimpleName(), problems, new java.util.HashSet<>());
            }
        }
        assertFalse(beans.isEmpty(), "no scoped beans found under " + CLASSES.toAbsolutePath());
        assertEquals(Set.of(), problems);
    }

    /** The fields of a bean or of a type it holds; injected ones are Weld's (passivation-checked) proxies. */
    private static void checkFields(Class<?> type, String path, Set<String> problems, Set<Type> seen) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                int m = f.getModifiers();
                if (Modifier.isStatic(m) || Modifier.isTransient(m) || f.isAnnotationPresent(Inject.class)
                        || f.isSynthetic()) {
                    continue;
                }
                check(f.getGenericType(), path + "." + f.getName(), problems, seen);
            }
        }
    }

    private static void check(Type type, String path, Set<String> problems, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType p) {
            check(p.getRawType(), path, problems, seen);
            for (Type argument : p.getActualTypeArguments()) {
                check(argument, path + "<>", problems, seen);
            }
        } else if (type instanceof WildcardType w) {
            for (Type bound : w.getUpperBounds()) {
                check(bound, path, problems, seen);
            }
        } else if (type instanceof GenericArrayType a) {
            check(a.getGenericComponentType(), path + "[]", problems, seen);
        } else if (type instanceof TypeVariable<?> v) {
            for (Type bound : v.getBounds()) {
                check(bound, path, problems, seen);
            }
        } else if (type instanceof Class<?> c) {
            if (c.isArray()) {
                check(c.getComponentType(), path + "[]", problems, seen);
            } else if (c.isPrimitive() || c == Object.class) {
                return;
            } else if (c.isInterface() && (Collection.class.isAssignableFrom(c) || Map.class.isAssignableFrom(c))) {
                return; // the JDK's implementations are serializable; their element types are checked above
            } else if (c == Optional.class) {
                problems.add(path + ": Optional is not serializable");
            } else if (!Serializable.class.isAssignableFrom(c)) {
                problems.add(path + ": " + c.getName() + " is not Serializable");
            } else if (c.getName().startsWith("no.ipt.")) {
                if (c.isRecord()) {
                    for (RecordComponent rc : c.getRecordComponents()) {
                        check(rc.getGenericType(), path + "." + rc.getName(), problems, seen);
                    }
                } else if (!c.isEnum()) {
                    checkFields(c, path, problems, seen);
                }
            }
        }
    }

    private static Set<Class<?>> webClasses() throws IOException {
        Set<Class<?>> classes = new java.util.LinkedHashSet<>();
        try (Stream<Path> files = Files.walk(CLASSES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = CLASSES.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (name.startsWith("no.ipt.web.") && !name.contains("$")) {
                    try {
                        classes.add(Class.forName(name, false, PassivationTest.class.getClassLoader()));
                    } catch (ClassNotFoundException | LinkageError e) {
                        throw new IllegalStateException(name, e);
                    }
                }
            }
        }
        return classes;
    }
}
