package org.ladder.base.security;

import java.util.Map;

import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.ladder.base.ui.LoginView;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import jakarta.servlet.DispatcherType;

/**
 * Two filter chains. The first guards the engine's webapps and REST API: ADMIN only, through the portal's own
 * login (no separate engine account exists). The second is Vaadin's, with our login view.
 */
@Configuration
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain engineFilterChain(HttpSecurity http) throws Exception {
        RequestMatcher webapps = PATHS.matcher("/camunda/**");
        RequestMatcher rest = PATHS.matcher("/engine-rest/**");
        http.securityMatcher(new OrRequestMatcher(webapps, rest))
                .authorizeHttpRequests(auth -> auth
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .anyRequest().hasRole(Roles.ADMIN))
                // the engine's webapps bring their own CSRF prevention filter
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(ex -> ex
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), rest)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), webapps))
                .headers(h -> h.frameOptions(f -> f.sameOrigin()));
        PortalHardening.engine(http, rest);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain vaadinFilterChain(HttpSecurity http, OidcLogin oidcLogin) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                .requestMatchers(PATHS.matcher("/images/**")).permitAll());
        http.sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()));
        PortalHardening.portal(http);
        oidcLogin.configure(http); // single sign-on, only when a provider is configured (OidcLogin, ADR 0014)
        http.with(VaadinSecurityConfigurer.vaadin(),
                vaadin -> oidcLogin.configure(vaadin.loginView(LoginView.class, "/login?logout")));
        // wrong credentials (?error) and credentials that could not be checked (?unavailable) differ
        http.formLogin(form -> form.failureHandler(new SignInFailureHandler()));
        return http.build();
    }

    /**
     * Hands the portal's authentication to the engine's webapps, so Cockpit, Tasklist and Admin open for a
     * signed-in ADMIN without a second login. Runs after Spring Security's filter chain.
     */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> engineWebappAuthentication() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(
                Map.of("authentication-provider", PortalAuthenticationProvider.class.getName()));
        registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }
}
