package dev.collabinfra.testendpoint;

import dev.collabinfra.testendpoint.template.Template;
import dev.collabinfra.testendpoint.template.TemplateReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Where templates come from: a TemplateBody (at most 51,200 bytes) or a TemplateURL read from the
 * local S3 server. URLs are accepted in the forms CloudFormation accepts
 * ({@code https://BUCKET.s3.REGION.amazonaws.com/KEY}, {@code https://s3.REGION.amazonaws.com/BUCKET/KEY},
 * {@code https://BUCKET.s3.amazonaws.com/KEY}) and, because the plugin builds URLs from its endpoint
 * override, path-style on the local S3 server ({@code http://127.0.0.1:PORT/BUCKET/KEY}); all read
 * the object from the local S3 server.
 */
final class TemplateSource implements AutoCloseable {

    static final int MAX_BODY_BYTES = 51_200;
    static final int MAX_URL_BYTES = 1_000_000;

    private static final Pattern VIRTUAL_HOSTED =
            Pattern.compile("https://([a-z0-9.-]+)\\.s3(?:[.-]([a-z0-9-]+))?\\.amazonaws\\.com(?:\\.cn)?/(.+)");
    private static final Pattern PATH_STYLE =
            Pattern.compile("https://s3(?:[.-]([a-z0-9-]+))?\\.amazonaws\\.com(?:\\.cn)?/([^/]+)/(.+)");
    private static final Pattern LOCAL = Pattern.compile("https?://(?:127\\.0\\.0\\.1|localhost):(\\d+)/([^/]+)/(.+)");

    private final S3Client s3;
    private final TemplateReader reader = new TemplateReader();

    TemplateSource(URI s3Endpoint) {
        this.s3 = s3Endpoint == null ? null : S3Client.builder()
                .endpointOverride(s3Endpoint)
                .forcePathStyle(true)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(LocalS3.ACCESS_KEY, LocalS3.SECRET_KEY)))
                .build();
    }

    /** The template of a request: exactly one of body and URL must be given. */
    LoadedTemplate load(String body, String url) {
        if (body != null && url != null) {
            throw CfnError.validation("Specify either TemplateBody or TemplateURL, but not both.");
        }
        if (body == null && url == null) {
            throw CfnError.validation("Either Template URL or Template Body must be specified.");
        }
        if (body != null) {
            if (body.getBytes(StandardCharsets.UTF_8).length > MAX_BODY_BYTES) {
                throw CfnError.validation("1 validation error detected: Value at 'templateBody' failed to satisfy "
                        + "constraint: Member must have length less than or equal to " + MAX_BODY_BYTES);
            }
            return parse(body);
        }
        return parse(fetch(url));
    }

    /** The text of a template URL's object from the local S3 server. */
    String fetch(String url) {
        String bucket;
        String key;
        Matcher matcher;
        if ((matcher = VIRTUAL_HOSTED.matcher(url)).matches()) {
            bucket = matcher.group(1);
            key = matcher.group(3);
        } else if ((matcher = PATH_STYLE.matcher(url)).matches()) {
            bucket = matcher.group(2);
            key = matcher.group(3);
        } else if ((matcher = LOCAL.matcher(url)).matches()) {
            bucket = matcher.group(2);
            key = matcher.group(3);
        } else {
            throw CfnError.validation("TemplateURL must be a supported URL.");
        }
        if (s3 == null) {
            throw CfnError.validation("TemplateURL must reference a valid S3 object to which you have access.");
        }
        String decodedKey = java.net.URLDecoder.decode(key.replace("+", "%2B"), StandardCharsets.UTF_8);
        byte[] bytes;
        try {
            bytes = s3.getObjectAsBytes(g -> g.bucket(bucket).key(decodedKey)).asByteArray();
        } catch (S3Exception e) {
            throw CfnError.validation("TemplateURL must reference a valid S3 object to which you have access.");
        }
        if (bytes.length > MAX_URL_BYTES) {
            throw CfnError.validation("Template may not exceed " + MAX_URL_BYTES + " bytes in size.");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    LoadedTemplate parse(String body) {
        Template template;
        try {
            template = reader.read(body);
        } catch (TemplateReader.FormatError e) {
            throw CfnError.validation(e.getMessage());
        }
        TemplateChecks.check(template);
        return new LoadedTemplate(body, template);
    }

    @Override
    public void close() {
        if (s3 != null) {
            s3.close();
        }
    }
}
