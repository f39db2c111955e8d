package org.ladder.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * Makes the database unreachable for the application while a test says so (test-only): wraps the application's
 * {@link DataSource}, which then refuses every new connection the way the pool does when the database is down (its
 * connection timeout passes without a connection). Always switch it back on in a {@code finally} or
 * {@code @AfterEach}: the test context is shared.
 */
@Component
public class DatabaseSwitch implements BeanPostProcessor {

    private volatile boolean down;

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof Switched)) {
            return new Switched(dataSource);
        }
        return bean;
    }

    public void off() {
        down = true;
    }

    public void on() {
        down = false;
    }

    private final class Switched extends DelegatingDataSource {

        Switched(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            check();
            return super.getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            check();
            return super.getConnection(username, password);
        }

        private void check() throws SQLTransientConnectionException {
            if (down) {
                throw new SQLTransientConnectionException("ladder-pool - Connection is not available, request timed "
                        + "out after 3000ms (the test switched the database off)");
            }
        }
    }
}
