package dev.collabinfra.bundle;

import java.util.List;

/** What an upload sent and what was already in the bucket, each sorted by key. */
public record UploadReport(List<Artifact> uploaded, List<Artifact> alreadyPresent) {

    public UploadReport {
        uploaded = List.copyOf(uploaded);
        alreadyPresent = List.copyOf(alreadyPresent);
    }

    /** The report as JSON: key, URL, source file and size of every object. */
    public byte[] toJson(UploadTarget target) {
        return Json.write(json -> {
            json.writeStartObject();
            json.writeStringField("bucket", target.bucket());
            json.writeStringField("prefix", target.prefix());
            json.writeStringField("region", target.region());
            for (var section : List.of(java.util.Map.entry("uploaded", uploaded), java.util.Map.entry("alreadyPresent", alreadyPresent))) {
                json.writeArrayFieldStart(section.getKey());
                for (Artifact a : section.getValue()) {
                    json.writeStartObject();
                    json.writeStringField("key", a.key());
                    json.writeStringField("url", a.url());
                    json.writeStringField("source", a.source());
                    json.writeNumberField("size", a.bytes().length);
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        });
    }
}
