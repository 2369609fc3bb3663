package org.safemobility.eligibility.authoring.internal;

import java.util.ArrayList;
import java.util.List;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import org.safemobility.eligibility.RuleSetException;
import org.safemobility.eligibility.authoring.Problem;
import org.safemobility.eligibility.authoring.RuleLinter;
import org.safemobility.eligibility.internal.RuleCompiler;
import org.safemobility.eligibility.internal.RuleSetFiles;

/**
 * Lints a folder's rule set, then compiles its DRL with the classic compiler, straight into a
 * knowledge base: no KieContainer, no kmodule.xml, nothing left in Drools' global repository, so a
 * service that reloads often does not accumulate old modules.
 */
public final class DrlCompiler implements RuleCompiler {

    @Override
    public KieBase compile(RuleSetFiles files, ClassLoader factsLoader) {
        List<Problem> problems = RuleLinter.lint(files);
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems.stream().map(Problem::toString).toList());
        }
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(
                KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null, factsLoader));
        for (String file : files.files()) {
            if (file.endsWith(".drl")) {
                Resource resource = ResourceFactory.newByteArrayResource(files.read(file));
                resource.setSourcePath(file);
                builder.add(resource, ResourceType.DRL);
            }
        }
        List<Problem> errors = compileErrors(builder);
        if (!errors.isEmpty()) {
            throw new RuleSetException(errors.stream().map(Problem::toString).toList());
        }
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase();
        kieBase.addPackages(builder.getKnowledgePackages());
        return kieBase;
    }

    /** The compiler's errors as problems, each on one line, sorted. */
    public static List<Problem> compileErrors(KnowledgeBuilder builder) {
        List<Problem> problems = new ArrayList<>();
        for (KnowledgeBuilderError error : builder.getErrors()) {
            String file = error.getResource() == null || error.getResource().getSourcePath() == null
                    ? "?" : error.getResource().getSourcePath();
            int[] lines = error.getLines();
            int line = lines != null && lines.length > 0 && lines[0] > 0 ? lines[0] : 0;
            problems.add(new Problem(file, line, "compile", oneLine(error.getMessage())));
        }
        problems.sort(null);
        return problems;
    }

    static String oneLine(String message) {
        String text = message == null ? "" : message.replaceAll("\\s+", " ").strip();
        return text.length() > 400 ? text.substring(0, 400) + " ..." : text;
    }
}
