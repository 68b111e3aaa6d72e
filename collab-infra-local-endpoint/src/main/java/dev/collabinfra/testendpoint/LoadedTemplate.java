package dev.collabinfra.testendpoint;

import dev.collabinfra.testendpoint.template.Template;

/** A template body as submitted and the endpoint's own reading of it ({@link dev.collabinfra.testendpoint.template.TemplateReader}). */
record LoadedTemplate(String body, Template template) {}
