package org.safemobility.eligibility.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * The fence around the sealed API (docs/architecture.md, "The sealed API"), as ArchUnit rules that
 * each library module's tests check on its own classes. In core's test jar so that core,
 * authoring, the testkit and the examples check the same rules.
 *
 * <p>The API is every package under {@code org.safemobility.eligibility} except the internal ones:
 * {@code ..internal..} and {@code facts} (the fact model the generated rules call). A public type
 * there is public only because another of the library's packages or modules needs it, and says
 * so with {@code @API(status = INTERNAL)}, as JUnit 5 does.
 */
public final class SealedApi {

    /** The packages that are not API. */
    public static final String[] INTERNAL_PACKAGES = {
            "org.safemobility.eligibility..internal..", "org.safemobility.eligibility.facts.."};

    private SealedApi() {
    }

    /**
     * (a) Every public type of an internal package says it is internal.
     *
     * @param notYet types (and their nested types) whose marks are still to come, named one by one
     */
    public static ArchRule internalTypesAreMarkedInternal(Set<String> notYet) {
        DescribedPredicate<JavaClass> pending = DescribedPredicate.describe("not yet marked " + notYet,
                c -> notYet.stream().anyMatch(n -> c.getName().equals(n) || c.getName().startsWith(n + "$")));
        return classes().that().resideInAnyPackage(INTERNAL_PACKAGES).and(EXPOSED).and(DescribedPredicate.not(pending))
                .should(new ArchCondition<JavaClass>("be marked @API(status = INTERNAL) (itself or its enclosing type)") {
                    @Override
                    public void check(JavaClass c, ConditionEvents events) {
                        boolean marked = markedInternal(c);
                        events.add(new SimpleConditionEvent(c, marked, c.getName()
                                + (marked ? " is" : " is not") + " marked @API(status = INTERNAL)"));
                    }
                })
                .because("what must stay public across packages or modules is marked internal, not offered as API");
    }

    /**
     * (b) No public or protected signature of an API type (its supertypes, fields, constructors,
     * methods: parameter, return and thrown types, type arguments included) names an internal
     * type or a Drools type.
     */
    public static ArchRule apiSignaturesExposeNoInternalOrDroolsType() {
        return classes().that().resideOutsideOfPackages(INTERNAL_PACKAGES).and(EXPOSED)
                .and(DescribedPredicate.not(MARKED_INTERNAL))
                .should(new ArchCondition<JavaClass>("expose no internal or Drools type in a public signature") {
                    @Override
                    public void check(JavaClass c, ConditionEvents events) {
                        List<String> leaks = leaks(c);
                        events.add(new SimpleConditionEvent(c, leaks.isEmpty(), leaks.isEmpty()
                                ? c.getName() + " exposes no internal or Drools type" : String.join("\n", leaks)));
                    }
                })
                .because("a caller of the API must not reach the engine's internals or a Drools object");
    }

    /** (c) Only {@code allowed} (names, nested classes included) depend on Drools. */
    public static ArchRule onlyTheseUseDrools(Set<String> allowedPackages, Set<String> allowedClasses, String why) {
        DescribedPredicate<JavaClass> allowed = DescribedPredicate.describe("allowed to use Drools (" + why + ")",
                c -> allowedPackages.stream().anyMatch(p -> c.getPackageName().equals(p) || c.getPackageName().startsWith(p + "."))
                        || allowedClasses.stream().anyMatch(n -> c.getName().equals(n) || c.getName().startsWith(n + "$")));
        return noClasses().that(DescribedPredicate.not(allowed))
                .should().dependOnClassesThat(DROOLS)
                .because(why);
    }

    /** (d) Code using the library as its users do (the examples) touches no internal type. */
    public static ArchRule usesNoInternalType() {
        // the library's own internal types: other libraries mark theirs too (jqwik does), which is their business
        return noClasses().should().dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("org.safemobility.eligibility..")
                        .and(MARKED_INTERNAL.or(JavaClass.Predicates.resideInAnyPackage(INTERNAL_PACKAGES)))
                        .as("types of the library marked @API(status = INTERNAL) or in its internal packages"))
                .because("an application uses the API only; @API(status = INTERNAL) types may change without notice");
    }

    /** A Drools (or KIE) type. */
    public static final DescribedPredicate<JavaClass> DROOLS =
            JavaClass.Predicates.resideInAnyPackage("org.kie..", "org.drools..").as("Drools types");

    /** Public, and nested (if at all) in public types only: reachable from outside its package. */
    public static final DescribedPredicate<JavaClass> EXPOSED = DescribedPredicate.describe("public",
            c -> {
                for (Optional<JavaClass> t = Optional.of(c); t.isPresent(); t = t.get().getEnclosingClass()) {
                    if (!t.get().getModifiers().contains(JavaModifier.PUBLIC)) {
                        return false;
                    }
                }
                return !c.isAnonymousClass();
            });

    /** Marked {@code @API(status = INTERNAL)}, itself or through a type it is nested in. */
    public static final DescribedPredicate<JavaClass> MARKED_INTERNAL =
            DescribedPredicate.describe("marked @API(status = INTERNAL)", SealedApi::markedInternal);

    static boolean markedInternal(JavaClass c) {
        JavaClass base = c.getBaseComponentType();
        for (Optional<JavaClass> t = Optional.of(base); t.isPresent(); t = t.get().getEnclosingClass()) {
            Optional<API> api = t.get().tryGetAnnotationOfType(API.class);
            if (api.isPresent() && api.get().status() == API.Status.INTERNAL) {
                return true;
            }
        }
        return false;
    }

    private static boolean internalOrDrools(JavaClass c) {
        JavaClass base = c.getBaseComponentType();
        return DROOLS.test(base) || markedInternal(base)
                || JavaClass.Predicates.resideInAnyPackage(INTERNAL_PACKAGES).test(base);
    }

    /** Each public signature of {@code c} that names an internal or Drools type. */
    static List<String> leaks(JavaClass c) {
        List<String> leaks = new ArrayList<>();
        boolean subclassable = !c.getModifiers().contains(JavaModifier.FINAL);
        c.getSuperclass().ifPresent(s -> check(c.getName() + " extends", List.of(s), leaks));
        check(c.getName() + " implements", new ArrayList<>(c.getInterfaces()), leaks);
        for (JavaMember m : members(c)) {
            Set<JavaModifier> mods = m.getModifiers();
            if (mods.contains(JavaModifier.SYNTHETIC)
                    || mods.contains(JavaModifier.BRIDGE)) {
                continue;
            }
            if (!mods.contains(JavaModifier.PUBLIC) && !(subclassable && mods.contains(JavaModifier.PROTECTED))) {
                continue;
            }
            List<JavaType> types = new ArrayList<>();
            if (m instanceof JavaField f) {
                types.add(f.getType());
            } else if (m instanceof JavaCodeUnit u) {
                types.add(u.getReturnType());
                types.addAll(u.getParameterTypes());
                u.getThrowsClause().getTypes().forEach(types::add);
            }
            check(m.getFullName(), types, leaks);
        }
        return leaks;
    }

    private static List<JavaMember> members(JavaClass c) {
        List<JavaMember> members = new ArrayList<>(c.getFields());
        members.addAll(c.getCodeUnits());
        return members;
    }

    private static void check(String where, List<JavaType> types, List<String> leaks) {
        Set<String> named = new TreeSet<>();
        for (JavaType t : types) {
            for (JavaClass raw : t.getAllInvolvedRawTypes()) {
                if (internalOrDrools(raw)) {
                    named.add(raw.getBaseComponentType().getName());
                }
            }
        }
        if (!named.isEmpty()) {
            leaks.add(where + " exposes " + String.join(", ", named));
        }
    }
}
