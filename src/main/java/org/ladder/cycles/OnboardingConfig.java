package org.ladder.cycles;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The onboarding's waits from {@code ladder.cycles.onboarding-*} (ISO-8601 durations; application.properties). */
@Configuration
class OnboardingConfig {

    @Bean
    OnboardingSettings onboardingSettings(
            @Value("${ladder.cycles.onboarding-acknowledgement-reminder-after:P3D}") Duration acknowledgementReminder,
            @Value("${ladder.cycles.onboarding-goals-within:P14D}") Duration goalsWithin,
            @Value("${ladder.cycles.onboarding-goals-reminder-before:P3D}") Duration reminderBefore,
            @Value("${ladder.cycles.onboarding-goals-escalation-after:P2D}") Duration escalationAfter) {
        return new OnboardingSettings(acknowledgementReminder, goalsWithin, reminderBefore, escalationAfter);
    }
}
