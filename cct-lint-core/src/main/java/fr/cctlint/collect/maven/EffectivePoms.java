package fr.cctlint.collect.maven;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.apache.maven.model.Model;
import org.apache.maven.model.building.DefaultModelBuilder;
import org.apache.maven.model.building.DefaultModelBuildingRequest;
import org.apache.maven.model.building.ModelBuildingException;
import org.apache.maven.model.building.ModelBuildingRequest;
import org.apache.maven.model.building.ModelBuildingResult;
import org.apache.maven.model.building.ModelProblem;

/**
 * Builds the effective model of each POM of a tree with Maven's model builder, offline: inheritance from parents in
 * the tree, interpolation, dependency and plugin management, BOM imports from the tree, profiles active by default.
 * No system property of this JVM leaks in; positions are tracked so every value knows the file and line it came
 * from. No model cache: each build asks the resolver again, so the stubs it used are known per POM.
 */
final class EffectivePoms {
    /** The outcome for one POM: the effective model, or the errors that kept Maven from building it. */
    record Built(TreePoms.Pom pom, Model effective, List<TreeModelResolver.Stub> stubs, List<ModelProblem> errors) {
        Built {
            stubs = List.copyOf(stubs);
            errors = List.copyOf(errors);
        }

        boolean ok() {
            return effective != null;
        }
    }

    private final TreePoms poms;
    private final DefaultModelBuilder builder = new OfflineModelBuilderFactory().newInstance();

    EffectivePoms(TreePoms poms) {
        this.poms = poms;
    }

    Built build(TreePoms.Pom pom) {
        Set<TreeModelResolver.Stub> stubs = new LinkedHashSet<>();
        DefaultModelBuildingRequest request = new DefaultModelBuildingRequest();
        request.setModelSource(new TreeModelSource(poms, pom));
        request.setValidationLevel(ModelBuildingRequest.VALIDATION_LEVEL_MINIMAL);
        request.setProcessPlugins(false);
        request.setTwoPhaseBuilding(false);
        request.setLocationTracking(true);
        request.setSystemProperties(new Properties());
        request.setUserProperties(new Properties());
        request.setModelResolver(new TreeModelResolver(poms, stubs));
        try {
            ModelBuildingResult result = builder.build(request);
            return new Built(pom, result.getEffectiveModel(), List.copyOf(stubs), List.of());
        } catch (ModelBuildingException e) {
            List<ModelProblem> errors = e.getProblems().stream()
                    .filter(p -> p.getSeverity() != ModelProblem.Severity.WARNING).toList();
            return new Built(pom, null, List.copyOf(stubs), errors);
        }
    }
}
