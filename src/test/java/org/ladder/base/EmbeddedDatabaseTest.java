package org.ladder.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/** The embedded default opens no network port besides the web port (issue 8, security item 7). */
class EmbeddedDatabaseTest {

    @Test
    void theEmbeddedH2DatabaseOpensNoTcpPort() throws Exception {
        Properties app = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
        String url = app.getProperty("spring.datasource.url").toUpperCase();
        assertThat(url).startsWith("JDBC:H2:FILE:").doesNotContain("AUTO_SERVER").doesNotContain("TCP");
        assertThat(app.stringPropertyNames()).noneMatch(name -> name.startsWith("spring.h2.console"));
    }
}
