package org.ladder.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ladder.support.LadderIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Every page links the tab icon, and the icon is served without signing in. */
@LadderIntegrationTest
class FaviconTest {

    @Autowired
    TestRestTemplate http;

    @Test
    void theSignInPageLinksAnIconThatIsServedToAnyone() {
        ResponseEntity<String> page = http.getForEntity("/login", String.class);
        assertThat(page.getBody()).contains("rel=\"icon\"").contains("images/favicon.svg");

        ResponseEntity<String> icon = http.getForEntity("/images/favicon.svg", String.class);
        assertThat(icon.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(icon.getBody()).startsWith("<svg");
    }
}
