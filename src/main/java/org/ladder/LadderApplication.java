package org.ladder;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.Theme;

/**
 * Ladder: performance alignment portal. Vaadin Flow views over an embedded Camunda 7 engine.
 */
@SpringBootApplication
@org.springframework.boot.context.properties.ConfigurationPropertiesScan
@Modulithic(systemName = "Ladder", sharedModules = "base")
@Theme("ladder")
@Push
public class LadderApplication implements AppShellConfigurator {

    /** Under {@code META-INF/resources/images}, which the security configuration serves to anyone. */
    static final String FAVICON = "images/favicon.svg";

    public static void main(String[] args) {
        SpringApplication.run(LadderApplication.class, args);
    }

    /** The tab icon: an SVG under {@code META-INF/resources}, linked from every page. */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addLink(FAVICON, java.util.Map.of("rel", "icon", "type", "image/svg+xml"));
    }
}
