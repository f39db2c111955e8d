package org.ladder.cycles;

/** Where a person's onboarding stands: the charter first, then the first goals; done, or closed without them. */
public enum OnboardingStage {
    ACKNOWLEDGING("Acknowledging the charter"), SETTING_GOALS("Setting first goals"), DONE("Onboarded"),
    CLOSED("Closed");

    private final String label;

    OnboardingStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isOpen() {
        return this == ACKNOWLEDGING || this == SETTING_GOALS;
    }
}
