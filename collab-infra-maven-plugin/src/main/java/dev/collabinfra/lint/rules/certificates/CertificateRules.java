package dev.collabinfra.lint.rules.certificates;

import dev.collabinfra.lint.Rule;
import java.util.List;

/** Certificate rules (E9111; the environment check adds the load balancer half). */
public final class CertificateRules {

    private CertificateRules() {}

    /** The family's rules in the order they run; new instances on each call (rules hold no state). */
    public static List<Rule> all() {
        return List.of(
                new CertificateRegionRule());
    }
}
