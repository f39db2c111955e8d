package org.ladder.people.demo;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Spring Boot's "APPLICATION FAILED TO START" text for {@link DemoRefusedException}: what happened, what to do. */
class DemoRefusedFailureAnalyzer extends AbstractFailureAnalyzer<DemoRefusedException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DemoRefusedException cause) {
        return new FailureAnalysis(cause.getMessage(), "Remove ladder.demo.enabled=true (the mariadb profile sets "
                + "it to false), and create the first admin with LADDER_ADMIN_PASSWORD instead. The demo runs on the "
                + "embedded default only (no profile, H2 under ./data).", cause);
    }
}
