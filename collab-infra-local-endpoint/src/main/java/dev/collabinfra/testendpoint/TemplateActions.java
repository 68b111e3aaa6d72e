package dev.collabinfra.testendpoint;

import dev.collabinfra.testendpoint.template.ListNode;
import dev.collabinfra.testendpoint.template.MapNode;
import dev.collabinfra.testendpoint.template.ScalarNode;
import dev.collabinfra.testendpoint.template.Template;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** GetTemplate, GetTemplateSummary and ValidateTemplate. */
final class TemplateActions {

    private final Backend backend;

    TemplateActions(Backend backend) {
        this.backend = backend;
    }

    Consumer<Xml> getTemplate(QueryRequest request) {
        synchronized (backend.store) {
            String changeSetName = request.get("ChangeSetName");
            String body;
            if (changeSetName != null) {
                Stack stack = request.get("StackName") == null ? null : backend.stack(request.get("StackName"));
                body = backend.store.findChangeSet(changeSetName, stack)
                        .orElseThrow(() -> CfnError.changeSetNotFound(changeSetName)).config.template.body();
            } else {
                body = backend.stack(request.require("StackName")).config.template.body();
            }
            String shown = backend.engine.compatibility.templateBody(body);
            return xml -> xml.leaf("TemplateBody", shown).strings("StagesAvailable", List.of("Original", "Processed"));
        }
    }

    Consumer<Xml> getTemplateSummary(QueryRequest request) {
        LoadedTemplate loaded;
        if (request.get("StackName") != null) {
            synchronized (backend.store) {
                loaded = backend.stack(request.get("StackName")).config.template;
            }
        } else {
            loaded = backend.templates.load(request.get("TemplateBody"), request.get("TemplateURL"));
        }
        Template template = loaded.template();
        Set<String> types = new LinkedHashSet<>();
        template.resources().entries().forEach(e -> {
            if (e.value() instanceof MapNode r) {
                r.getString("Type").ifPresent(types::add);
            }
        });
        return xml -> {
            xml.members("Parameters", template.parameters().entries(), (x, e) -> {
                MapNode p = e.value() instanceof MapNode map ? map : MapNode.empty();
                x.leaf("ParameterKey", e.key())
                        .leaf("DefaultValue", p.getString("Default").orElse(null))
                        .leaf("ParameterType", p.getString("Type").orElse("String"))
                        .leaf("NoEcho", Parameters.noEcho(template).contains(e.key()))
                        .leaf("Description", p.getString("Description").orElse(null));
                // AWS sends ParameterConstraints for every parameter, empty when there are none.
                x.open("ParameterConstraints");
                p.get("AllowedValues").filter(ListNode.class::isInstance).ifPresent(values -> x.strings("AllowedValues",
                        ((ListNode) values).items().stream()
                                .filter(ScalarNode.class::isInstance).map(n -> ((ScalarNode) n).value()).toList()));
                x.close("ParameterConstraints");
            });
            xml.leaf("Description", template.root().getString("Description").orElse(null));
            capabilities(xml, template);
            xml.strings("ResourceTypes", types)
                    .leaf("Version", template.root().getString("AWSTemplateFormatVersion").orElse(null))
                    .strings("DeclaredTransforms", List.of());
        };
    }

    Consumer<Xml> validateTemplate(QueryRequest request) {
        Template template = backend.templates.load(request.get("TemplateBody"), request.get("TemplateURL")).template();
        return xml -> {
            xml.members("Parameters", template.parameters().entries(), (x, e) -> {
                MapNode p = e.value() instanceof MapNode map ? map : MapNode.empty();
                x.leaf("ParameterKey", e.key())
                        .leaf("DefaultValue", p.getString("Default").orElse(null))
                        .leaf("NoEcho", Parameters.noEcho(template).contains(e.key()))
                        .leaf("Description", p.getString("Description").orElse(null));
            });
            xml.leaf("Description", template.root().getString("Description").orElse(null));
            capabilities(xml, template);
            xml.strings("DeclaredTransforms", List.of());
        };
    }

    private static void capabilities(Xml xml, Template template) {
        String needed = Backend.requiredCapability(template);
        if (needed != null) {
            xml.strings("Capabilities", List.of(needed))
                    .leaf("CapabilitiesReason", "The following resource(s) require capabilities: [AWS::IAM::*]");
        }
    }
}
