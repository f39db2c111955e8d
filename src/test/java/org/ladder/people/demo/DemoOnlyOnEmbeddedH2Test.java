package org.ladder.people.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Demo logins (password "demo", an admin among them) never reach a production database. */
class DemoOnlyOnEmbeddedH2Test {

    @Test
    void theDemoRunsOnTheEmbeddedH2Database() {
        assertThatCode(() -> DemoDataInitializer.requireEmbedded(database("H2", "jdbc:h2:mem:ladder-test")))
                .doesNotThrowAnyException();
        assertThatCode(() -> DemoDataInitializer.requireEmbedded(database("H2",
                "jdbc:h2:file:./data/ladder;MODE=MariaDB;AUTO_SERVER=TRUE"))).doesNotThrowAnyException();
    }

    @Test
    void onMariaDbTheApplicationRefusesToStartAndSaysWhy() {
        DataSource mariadb = database("MariaDB", "jdbc:mariadb://db.example.com:3306/ladder?password=s3cret");
        assertThatThrownBy(() -> DemoDataInitializer.requireEmbedded(mariadb))
                .isInstanceOf(DemoRefusedException.class)
                .hasMessageContaining("ladder.demo.enabled=true, but the database is MariaDB "
                        + "(jdbc:mariadb://db.example.com:3306/ladder)")
                .hasMessageContaining("refuses to start")
                .hasMessageNotContaining("s3cret");
    }

    @Test
    void anH2ServerIsNotTheEmbeddedDatabase() {
        assertThatThrownBy(() -> DemoDataInitializer.requireEmbedded(database("H2", "jdbc:h2:tcp://db/ladder")))
                .isInstanceOf(DemoRefusedException.class);
    }

    @Test
    void theStartFailureSaysWhatToDo() {
        DemoRefusedException refused = new DemoRefusedException("MariaDB (jdbc:mariadb://db/ladder)");
        FailureAnalysis analysis = new DemoRefusedFailureAnalyzer().analyze(new IllegalStateException(refused));
        assertThat(analysis.getDescription()).isEqualTo(refused.getMessage());
        assertThat(analysis.getAction()).contains("ladder.demo.enabled").contains("LADDER_ADMIN_PASSWORD");
    }

    private static DataSource database(String product, String url) {
        DatabaseMetaData meta = proxy(DatabaseMetaData.class, (p, m, a) -> switch (m.getName()) {
            case "getURL" -> url;
            case "getDatabaseProductName" -> product;
            default -> throw new UnsupportedOperationException(m.getName());
        });
        Connection connection = proxy(Connection.class, (p, m, a) -> switch (m.getName()) {
            case "getMetaData" -> meta;
            case "close" -> null;
            default -> throw new UnsupportedOperationException(m.getName());
        });
        return proxy(DataSource.class, (p, m, a) -> {
            if (m.getName().equals("getConnection")) {
                return connection;
            }
            throw new UnsupportedOperationException(m.getName());
        });
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, java.lang.reflect.InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
