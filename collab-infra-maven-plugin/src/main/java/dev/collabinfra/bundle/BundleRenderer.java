package dev.collabinfra.bundle;

import dev.collabinfra.template.Template;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders a bundle for one upload target, bottom-up: each child's final bytes are hashed and
 * named {@code <prefix>/<sha256>.<ext>}, the parent's value is rewritten in its original text to
 * point there, and then the parent is hashed the same way. Keys depend only on content and on the
 * target, so the same sources always give the same keys, and a change deep in the tree changes the
 * keys on its path to the root and no others.
 */
public final class BundleRenderer {

    /** Largest TemplateBody CloudFormation accepts inline; larger main templates go by URL. */
    public static final int MAX_TEMPLATE_BODY_BYTES = 51_200;

    private final UploadTarget target;

    public BundleRenderer(UploadTarget target) {
        this.target = target;
    }

    /** Renders every template and code file of the bundle; nothing is uploaded here. */
    public RenderedBundle render(Bundle bundle) {
        Map<String, Artifact> rendered = new HashMap<>();
        BundleTemplate main = bundle.mainTemplate();
        String mainText = renderText(bundle, main, rendered);
        String mainKey = target.key(Sha256.hex(utf8(mainText)), bundle.file(main.path()).extension());
        Optional<String> mainUrl = Optional.empty();
        List<Artifact> artifacts = new ArrayList<>(rendered.values());
        if (utf8(mainText).length > MAX_TEMPLATE_BODY_BYTES) {
            Artifact artifact = templateArtifact(bundle, main, mainText);
            artifacts.add(artifact);
            mainUrl = Optional.of(artifact.url());
        }
        artifacts.sort(Comparator.comparing(Artifact::key));
        return new RenderedBundle(mainText, main.template().format(), mainKey, mainUrl, artifacts);
    }

    private Artifact artifactFor(Bundle bundle, String path, Map<String, Artifact> rendered) {
        Artifact done = rendered.get(path);
        if (done != null) {
            return done;
        }
        BundleFile file = bundle.file(path);
        Artifact artifact;
        if (file.kind() == BundleFile.Kind.TEMPLATE) {
            BundleTemplate template = bundle.template(path);
            artifact = templateArtifact(bundle, template, renderText(bundle, template, rendered));
        } else {
            String key = target.key(file.sha256(), file.extension());
            artifact = new Artifact(key, target.url(key), file.bytes(), Artifact.contentType(file.extension()), path);
        }
        rendered.put(path, artifact);
        return artifact;
    }

    private Artifact templateArtifact(Bundle bundle, BundleTemplate template, String text) {
        byte[] bytes = utf8(text);
        String extension = bundle.file(template.path()).extension();
        String key = target.key(Sha256.hex(bytes), extension);
        return new Artifact(key, target.url(key), bytes, Artifact.contentType(extension), template.path());
    }

    private String renderText(Bundle bundle, BundleTemplate template, Map<String, Artifact> rendered) {
        boolean json = template.template().format() == Template.Format.JSON;
        List<TextEdits.Edit> edits = new ArrayList<>();
        for (BundleReference ref : template.references()) {
            Artifact child = artifactFor(bundle, ref.target(), rendered);
            edits.add(new TextEdits.Edit(ref.node().startIndex(), ref.node().endIndex(), replacement(ref.kind(), child, json)));
        }
        return TextEdits.apply(template.template().text(), edits);
    }

    private String replacement(ReferenceKind kind, Artifact child, boolean json) {
        return switch (kind) {
            case NESTED_TEMPLATE -> string(child.url(), json);
            case SERVERLESS_CODE_URI -> string(target.s3Uri(child.key()), json);
            case LAMBDA_CODE, LAYER_CONTENT -> json
                    ? "{\"S3Bucket\": " + TextEdits.jsonString(target.bucket()) + ", \"S3Key\": " + TextEdits.jsonString(child.key()) + "}"
                    // Flow style keeps the mapping on the line the path was on, so the lines around it stay put.
                    : "{S3Bucket: " + TextEdits.yamlString(target.bucket()) + ", S3Key: " + TextEdits.yamlString(child.key()) + "}";
        };
    }

    private static String string(String value, boolean json) {
        return json ? TextEdits.jsonString(value) : TextEdits.yamlString(value);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
