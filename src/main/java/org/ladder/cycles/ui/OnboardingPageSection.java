package org.ladder.cycles.ui;

import org.ladder.cycles.CycleOnboarding;
import org.springframework.stereotype.Component;

/** Onboarding's progress on the cycle page, for those who may see it (HR, admins, heads for their units). */
@Component
class OnboardingPageSection implements CyclePageSection {

    private final CycleOnboarding onboarding;

    OnboardingPageSection(CycleOnboarding onboarding) {
        this.onboarding = onboarding;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public com.vaadin.flow.component.Component create(long cycleId) {
        return onboarding.maySee() ? new CycleOnboardingSection(onboarding, cycleId) : null;
    }

    @Override
    public void refresh(com.vaadin.flow.component.Component section) {
        if (section instanceof CycleOnboardingSection shown) {
            shown.refresh();
        }
    }
}
