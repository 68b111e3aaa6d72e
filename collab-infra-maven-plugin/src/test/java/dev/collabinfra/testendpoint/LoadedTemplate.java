package dev.collabinfra.testendpoint;

import dev.collabinfra.template.Template;

/** A template body as submitted and the project's parse of it. */
record LoadedTemplate(String body, Template template) {}
