package org.safemobility.eligibility.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.internal.RuleSet;

/**
 * Issue 13, "a sealed API", seen as a caller of core's jar sees it, by reflection over every
 * public type it holds (internal ones included, since they are public too): nothing public hands
 * out a Drools object, and nothing public builds an engine, or the rule set behind one, with a
 * version its caller chose. Before the seal, {@code RuleSet.kieBase()}, {@code RuleSet.newSession()}
 * and {@code EngineAccess.kieBase(engine)} handed out the knowledge base and sessions, and
 * {@code EngineAccess.engine(kieBase, version, loader, clock)} and {@code RuleSet.of(kieBase, ...,
 * version)} stamped any version on any rules.
 */
class NoDroolsObjectNorChosenVersionTest {

    /** Every public member of every public type of core's main classes. */
    private static final List<Member> PUBLIC_MEMBERS = publicMembers();

    @Test
    void noPublicMethodOrFieldHandsOutADroolsObject() {
        List<String> handles = new ArrayList<>();
        for (Member m : PUBLIC_MEMBERS) {
            Type out = m instanceof Method method ? method.getGenericReturnType()
                    : m instanceof Field field ? field.getGenericType() : null;
            if (out != null && namesDrools(out)) {
                handles.add(describe(m));
            }
        }
        assertEquals(List.of(), handles);
    }

    /**
     * An engine comes from its builder (the bundled rules or a folder, each versioned by a hash of
     * its files) or from the reloadable engine holding one; the bridge's {@code engine(RuleSet,
     * Clock)} is implemented by {@code EligibilityEngine} alone and only ever called inside the
     * internal package (and no public method gives a rule set a version: see below).
     */
    @Test
    void theOnlyPublicWaysToAnEngineAreTheBuilderAndTheReloadableEngine() {
        Set<String> ways = new TreeSet<>();
        for (Member m : PUBLIC_MEMBERS) {
            if (m instanceof Method method && method.getReturnType() == EligibilityEngine.class) {
                ways.add(describe(m));
            }
        }
        assertEquals(new TreeSet<>(List.of(
                "org.safemobility.eligibility.EligibilityEngine$Builder.build()",
                "org.safemobility.eligibility.ReloadableEngine.engine()",
                "org.safemobility.eligibility.internal.EngineAccess$Bridge.engine(org.safemobility.eligibility.internal.RuleSet,java.time.Clock)")),
                ways);
    }

    /** Whatever makes an engine or a rule set takes no version (no string) and no Drools object. */
    @Test
    void nothingPublicThatMakesAnEngineOrARuleSetTakesAVersionOrADroolsObject() {
        List<String> ways = new ArrayList<>();
        for (Member m : PUBLIC_MEMBERS) {
            if (m instanceof Executable e && makesAnEngineOrRuleSet(e)
                    && Arrays.stream(e.getGenericParameterTypes()).anyMatch(t -> t == String.class || namesDrools(t))) {
                ways.add(describe(m));
            }
        }
        assertEquals(List.of(), ways);
    }

    private static boolean makesAnEngineOrRuleSet(Executable e) {
        Class<?> made = e instanceof Method m ? m.getReturnType() : e.getDeclaringClass();
        return made == EligibilityEngine.class || made == RuleSet.class;
    }

    private static boolean namesDrools(Type t) {
        if (t instanceof Class<?> c) {
            Class<?> base = c;
            while (base.isArray()) {
                base = base.getComponentType();
            }
            return base.getName().startsWith("org.kie.") || base.getName().startsWith("org.drools.");
        }
        if (t instanceof ParameterizedType p) {
            return namesDrools(p.getRawType()) || Arrays.stream(p.getActualTypeArguments()).anyMatch(
                    NoDroolsObjectNorChosenVersionTest::namesDrools);
        }
        if (t instanceof WildcardType w) {
            return Stream.concat(Arrays.stream(w.getUpperBounds()), Arrays.stream(w.getLowerBounds()))
                    .anyMatch(NoDroolsObjectNorChosenVersionTest::namesDrools);
        }
        return false;
    }

    private static String describe(Member m) {
        String owner = m.getDeclaringClass().getName();
        if (m instanceof Executable e) {
            return owner + "." + (e instanceof Method ? e.getName() : "<init>") + "("
                    + String.join(",", Arrays.stream(e.getParameterTypes()).map(Class::getName).toList()) + ")";
        }
        return owner + "." + m.getName();
    }

    private static List<Member> publicMembers() {
        List<Member> members = new ArrayList<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.safemobility.eligibility")) {
            Class<?> type;
            try {
                type = Class.forName(c.getName(), false, NoDroolsObjectNorChosenVersionTest.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new AssertionError(e);
            }
            if (!reachable(type)) {
                continue;
            }
            Stream.of(type.getDeclaredMethods(), type.getDeclaredFields(), type.getDeclaredConstructors())
                    .flatMap(Arrays::stream)
                    .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
                    .forEach(members::add);
        }
        return members;
    }

    /** Public, and nested (if at all) in public types only. */
    private static boolean reachable(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
            if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass()) {
                return false;
            }
        }
        return true;
    }
}
