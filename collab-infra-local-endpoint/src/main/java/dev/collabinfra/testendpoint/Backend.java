package dev.collabinfra.testendpoint;

import dev.collabinfra.testendpoint.template.MapNode;
import dev.collabinfra.testendpoint.template.Template;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/** What the API actions share: the store, the engine, the planner, and request-to-configuration rules. */
final class Backend {

    private static final Pattern NAME = Pattern.compile("[a-zA-Z][-a-zA-Z0-9]{0,127}");
    private static final Set<String> UPDATABLE = Set.of("CREATE_COMPLETE", "UPDATE_COMPLETE", "UPDATE_ROLLBACK_COMPLETE",
            "IMPORT_COMPLETE", "IMPORT_ROLLBACK_COMPLETE");
    private static final Set<String> NAMED_IAM_PROPERTIES = Set.of("RoleName", "UserName", "GroupName",
            "ManagedPolicyName", "InstanceProfileName");

    final StackStore store;
    final StackEngine engine;
    final StackUpdater updater;
    final ChangeSetPlanner planner;
    final TemplateSource templates;
    final int pageSize;

    Backend(StackStore store, StackEngine engine, StackUpdater updater, ChangeSetPlanner planner,
            TemplateSource templates, int pageSize) {
        this.store = store;
        this.engine = engine;
        this.updater = updater;
        this.planner = planner;
        this.templates = templates;
        this.pageSize = pageSize;
    }

    static void checkName(String name, String member) {
        if (!NAME.matcher(name).matches()) {
            throw CfnError.validation("1 validation error detected: Value '" + name + "' at '" + member
                    + "' failed to satisfy constraint: Member must satisfy regular expression pattern: "
                    + "[a-zA-Z][-a-zA-Z0-9]*");
        }
    }

    /** A stack that must exist, by name or id. */
    Stack stack(String nameOrId) {
        return store.find(nameOrId).orElseThrow(
                () -> CfnError.validation("Stack with id " + nameOrId + " does not exist"));
    }

    static void checkUpdatable(Stack stack) {
        if (!UPDATABLE.contains(stack.status)) {
            throw CfnError.validation("Stack:" + stack.id + " is in " + stack.status + " state and can not be updated.");
        }
    }

    /** The configuration a CreateStack/UpdateStack/CreateChangeSet asks for; {@code previous} is the stack's current one. */
    Stack.Config config(QueryRequest request, Stack.Config previous) {
        Stack.Config config = new Stack.Config();
        if (request.flag("UsePreviousTemplate", false)) {
            if (previous == null || previous.template == null) {
                throw CfnError.validation("UsePreviousTemplate is not valid for a stack that has no template");
            }
            config.template = previous.template;
        } else {
            config.template = templates.load(request.get("TemplateBody"), request.get("TemplateURL"));
        }
        config.parameters = Parameters.resolve(config.template.template(),
                Parameters.fromRequest(request.members("Parameters")),
                previous == null ? null : previous.parameters);
        List<Map<String, String>> tags = request.members("Tags");
        if (tags.isEmpty() && previous != null) {
            config.tags = new LinkedHashMap<>(previous.tags);
        } else {
            tags.forEach(t -> config.tags.put(t.get("Key"), t.getOrDefault("Value", "")));
        }
        config.capabilities = request.list("Capabilities");
        config.notificationArns = request.list("NotificationARNs");
        config.roleArn = request.get("RoleARN");
        checkCapabilities(config.template.template(), config.capabilities);
        return config;
    }

    /** IAM resources need CAPABILITY_IAM, named ones CAPABILITY_NAMED_IAM, as AWS insists. */
    static void checkCapabilities(Template template, List<String> capabilities) {
        String needed = requiredCapability(template);
        if (needed == null || capabilities.contains("CAPABILITY_NAMED_IAM")
                || needed.equals("CAPABILITY_IAM") && capabilities.contains("CAPABILITY_IAM")) {
            return;
        }
        throw CfnError.insufficientCapabilities(needed);
    }

    static String requiredCapability(Template template) {
        String needed = null;
        for (MapNode.Entry entry : template.resources().entries()) {
            if (entry.value() instanceof MapNode resource
                    && resource.getString("Type").orElse("").startsWith("AWS::IAM::")) {
                boolean named = resource.getMap("Properties")
                        .map(p -> p.keys().stream().anyMatch(NAMED_IAM_PROPERTIES::contains)).orElse(false);
                if (named) {
                    return "CAPABILITY_NAMED_IAM";
                }
                needed = "CAPABILITY_IAM";
            }
        }
        return needed;
    }

    /** Writes one page of {@code items} and the NextToken when more follow. */
    <T> void page(Xml xml, String listName, List<T> items, String token, BiConsumer<Xml, T> writer) {
        int start = 0;
        if (token != null) {
            try {
                start = Integer.parseInt(token.replace("page-", ""));
            } catch (NumberFormatException e) {
                throw CfnError.validation("Invalid NextToken: " + token);
            }
        }
        int end = Math.min(items.size(), start + pageSize);
        xml.members(listName, new ArrayList<>(items.subList(Math.min(start, end), end)), writer);
        if (end < items.size()) {
            xml.leaf("NextToken", "page-" + end);
        }
    }
}
