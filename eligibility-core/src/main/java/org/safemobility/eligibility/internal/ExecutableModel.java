package org.safemobility.eligibility.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.safemobility.eligibility.RuleSetException;

/**
 * Builds the knowledge base straight from the executable model that {@code kie-maven-plugin}
 * generated into the rules jar. Going through a {@code KieContainer} instead would scan the class
 * path, parse {@code kmodule.xml} and build a KieModule first: measured, that was three quarters of
 * the engine's start-up (see docs/performance.md).
 */
final class ExecutableModel {

    /** Written by kie-maven-plugin: the generated model classes of the eligibility-rules artifact. */
    static final String INDEX = "META-INF/kie/org.safemobility/eligibility-rules/drools-model";

    private ExecutableModel() {
    }

    /**
     * The knowledge base of the precompiled model, or {@code null} when the class path holds no
     * model index.
     */
    static KieBase load(ClassLoader loader) {
        List<String> classNames = modelClassNames(loader);
        if (classNames == null) {
            return null;
        }
        List<Model> models = new ArrayList<>();
        for (String className : classNames) {
            try {
                models.add((Model) Class.forName(className, true, loader).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
                throw new RuleSetException(INDEX + ": the precompiled rule model " + className + " cannot be loaded", e);
            }
        }
        if (models.isEmpty()) {
            throw new RuleSetException(List.of(INDEX + ":0: missing-model: the index names no rule model"));
        }
        // A configuration of our own rather than KieServices': KieServices lives in drools-compiler,
        // which the precompiled path does not need and core leaves off its class path.
        return KieBaseBuilder.createKieBaseFromModel(models, RuleBaseFactory.newKnowledgeBaseConfiguration(null, loader));
    }

    /** The class names an index names. */
    static List<String> classNames(String index) {
        List<String> names = new ArrayList<>();
        for (String line : index.split("\n")) {
            String name = line.strip();
            // The first line is a header ("Drools-Model-Version:10.2.0"), the rest class names.
            if (!name.isEmpty() && !name.contains(":")) {
                names.add(name);
            }
        }
        return names;
    }

    private static List<String> modelClassNames(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(INDEX)) {
            if (in == null) {
                return null;
            }
            return classNames(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new RuleSetException(INDEX + ": unreadable", e);
        }
    }
}
