package org.safemobility.eligibility.authoring.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.drools.compiler.compiler.DescrBuildError;
import org.drools.compiler.compiler.RuleBuildError;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import org.safemobility.eligibility.RuleSetException;
import org.safemobility.eligibility.authoring.Problem;
import org.safemobility.eligibility.authoring.lint.Lint;
import org.safemobility.eligibility.internal.CompiledRules;
import org.safemobility.eligibility.internal.RuleCompiler;
import org.safemobility.eligibility.internal.RuleSetFiles;

/**
 * Lints a folder's rule set, then compiles its DRL with the classic compiler, straight into a
 * knowledge base: no KieContainer, no kmodule.xml, nothing left in Drools' global repository, so a
 * service that reloads often does not accumulate old modules.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class DrlCompiler implements RuleCompiler {

    @Override
    public CompiledRules compile(RuleSetFiles files, ClassLoader factsLoader) {
        List<Problem> problems = Lint.run(files);
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
        List<Problem> errors = compileErrors(builder, files);
        if (!errors.isEmpty()) {
            throw new RuleSetException(errors.stream().map(Problem::toString).toList());
        }
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase();
        kieBase.addPackages(builder.getKnowledgePackages());
        return CompiledRules.of(kieBase);
    }

    /** The compiler's errors as problems, each on one line, sorted; as {@link #compileErrors(KnowledgeBuilder, RuleSetFiles)} without the files. */
    public static List<Problem> compileErrors(KnowledgeBuilder builder) {
        return compileErrors(builder, null);
    }

    /**
     * The compiler's errors as problems, each on one line, sorted: named by rule, at the line (and,
     * where the name the compiler complains of can be found in the rule, the column) of the DRL, with
     * the compiler's words trimmed of its traces.
     *
     * @param files the rule set compiled, to find the names in; {@code null}: the lines Drools gives
     */
    public static List<Problem> compileErrors(KnowledgeBuilder builder, RuleSetFiles files) {
        List<Problem> problems = new ArrayList<>();
        for (KnowledgeBuilderError error : builder.getErrors()) {
            String file = error.getResource() == null || error.getResource().getSourcePath() == null
                    ? "?" : error.getResource().getSourcePath();
            int[] lines = error.getLines();
            int line = lines != null && lines.length > 0 && lines[0] > 0 ? lines[0] : 0;
            String rule = null;
            if (error instanceof RuleBuildError r && r.getRule() != null) {
                rule = r.getRule().getName();
            } else if (error instanceof DescrBuildError d && d.getParentDescr() instanceof RuleDescr r) {
                rule = r.getName();
                line = line > 0 ? line : Math.max(0, r.getLine());
            }
            String message = CompilerMessage.clean(oneLine(error.getMessage()));
            int column = 0;
            String name = CompilerMessage.culprit(message);
            if (files != null && rule != null && name != null && files.files().contains(file)) {
                int[] at = Lint.locate(new String(files.read(file), StandardCharsets.UTF_8), rule, name);
                if (at != null) {
                    line = at[0];
                    column = at[1];
                }
            }
            problems.add(new Problem(file, line, line > 0 ? column : 0, "compile",
                    (rule == null ? "" : "rule \"" + rule + "\": ") + message));
        }
        problems.sort(null);
        return problems;
    }

    static String oneLine(String message) {
        String text = message == null ? "" : message.replaceAll("\\s+", " ").strip();
        return text.length() > 400 ? text.substring(0, 400) + " ..." : text;
    }
}
