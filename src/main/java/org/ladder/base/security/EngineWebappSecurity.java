package org.ladder.base.security;

import java.util.Map;

import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Replaces the engine webapps' CSRF filter by {@link SessionKeepingCsrfPreventionFilter}: registered under the
 * engine's filter name before the engine's initializer runs, which then skips its own.
 */
@Configuration
class EngineWebappSecurity {

    /** The name under which the engine's webapp initializer registers its CSRF filter. */
    static final String ENGINE_CSRF_FILTER_NAME = "CsrfPreventionFilter";

    @Bean
    FilterRegistrationBean<SessionKeepingCsrfPreventionFilter> engineWebappCsrf(CamundaBpmProperties camunda) {
        FilterRegistrationBean<SessionKeepingCsrfPreventionFilter> registration =
                new FilterRegistrationBean<>(new SessionKeepingCsrfPreventionFilter());
        registration.setName(ENGINE_CSRF_FILTER_NAME);
        Map<String, String> params = camunda.getWebapp().getCsrf().getInitParams();
        registration.setInitParameters(params);
        String path = camunda.getWebapp().getApplicationPath();
        registration.addUrlPatterns(path + "/api/*", path + "/app/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 2);
        return registration;
    }
}
