package org.ladder.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The one Spring context all integration, security and UI tests share: the whole application on a random port,
 * on in-memory H2 (profile {@code test}) or on MariaDB (profiles {@code test,mariadb,mariadb-test}), with the
 * demo organisation. One context keeps the suite fast; tests that change data use their own records.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public @interface LadderIntegrationTest {
}
