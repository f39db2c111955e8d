package org.ladder.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Counts the SQL statements the application sends to the database, at the JDBC level (so JPA, Spring's
 * {@code JdbcTemplate}/{@code NamedParameterJdbcTemplate} and the engine are all seen): every {@code execute*} call
 * on a {@link Statement}, {@link PreparedStatement} or {@link CallableStatement} is one statement (a JDBC batch,
 * {@code executeBatch}, is one). Only the thread that called {@link #start()} is counted, so the engine's job
 * executor and other background threads do not add to the figures. {@link #install()} wraps the application's
 * {@link DataSource} bean with a proxy (as a bean post-processor, before anything uses it).
 */
final class CountingDataSource {

    private static volatile Thread counted;
    /** Also counted: every thread whose name starts with this (e.g. Tomcat's request threads); null: none. */
    private static volatile String countedPrefix;
    private static long statements;
    /** Commits on the counted threads (Connection#commit), since the last start. */
    private static long commits;
    private static List<String> sql;

    private CountingDataSource() {
    }

    /** An initialiser for {@code SpringApplication} that wraps the DataSource bean. */
    static ApplicationContextInitializer<ConfigurableApplicationContext> install() {
        return context -> context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource ds && !Proxy.isProxyClass(bean.getClass())) {
                    return proxy(DataSource.class, ds);
                }
                return bean;
            }
        });
    }

    /** Starts counting (from zero) on the calling thread; {@code keepSql}: also remember each statement's SQL. */
    static void start(boolean keepSql) {
        statements = 0;
        commits = 0;
        sql = keepSql ? new ArrayList<>() : null;
        counted = Thread.currentThread();
    }

    /**
     * Starts counting (from zero) on every thread whose name starts with {@code threadNamePrefix}, e.g. the web
     * server's request threads ({@code "http-nio"}) while a browser clicks; stop with {@link #stop()}.
     */
    static synchronized void startThreadsNamed(String threadNamePrefix, boolean keepSql) {
        statements = 0;
        commits = 0;
        sql = keepSql ? new ArrayList<>() : null;
        countedPrefix = threadNamePrefix;
    }

    /** Stops counting and returns the number of statements since {@link #start}. */
    static synchronized long stop() {
        counted = null;
        countedPrefix = null;
        return statements;
    }

    private static boolean counts(Thread thread) {
        String prefix = countedPrefix;
        return counted == thread || (prefix != null && thread.getName().startsWith(prefix));
    }

    private static synchronized void count(String text) {
        statements++;
        if (sql != null) {
            sql.add(Thread.currentThread().getName() + " " + text);
        }
    }

    /** The commits counted since the last start (read after {@link #stop()}). */
    static synchronized long commits() {
        return commits;
    }

    private static synchronized void countCommit() {
        commits++;
    }

    /**
     * Counts the calling thread and every thread whose name starts with {@code threadNamePrefix} (e.g. the engine's
     * job executor, {@code "camundaTaskExecutor"}), from zero.
     */
    static synchronized void startWithThreadsNamed(String threadNamePrefix, boolean keepSql) {
        startThreadsNamed(threadNamePrefix, keepSql);
        counted = Thread.currentThread();
    }

    /** Stops counting the calling thread (the threads named as before stay counted), e.g. while it only polls. */
    static synchronized void uncountCaller() {
        counted = null;
    }

    /** The SQL of the statements counted since the last {@code start(true)}. */
    static List<String> sql() {
        return sql == null ? List.of() : List.copyOf(sql);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target) {
        return (T) Proxy.newProxyInstance(CountingDataSource.class.getClassLoader(), new Class<?>[] {type},
                new Handler(target, null));
    }

    private static final class Handler implements InvocationHandler {

        private final Object target;
        private final String preparedSql;

        Handler(Object target, String preparedSql) {
            this.target = target;
            this.preparedSql = preparedSql;
        }

        @Override
        public Object invoke(Object p, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (name.equals("unwrap") && args != null && args[0] instanceof Class<?> c && c.isInstance(target)) {
                return target;
            }
            if (target instanceof Connection && name.equals("commit") && counts(Thread.currentThread())) {
                countCommit();
            }
            if (target instanceof Statement && name.startsWith("execute") && counted == Thread.currentThread()
                    && countedPrefix == null) {
                statements++;
                if (sql != null) {
                    String text = args != null && args.length > 0 && args[0] instanceof String s ? s : preparedSql;
                    sql.add(name.equals("executeBatch") ? "[batch] " + text : text);
                }
            } else if (target instanceof Statement && name.startsWith("execute") && counts(Thread.currentThread())) {
                String text = args != null && args.length > 0 && args[0] instanceof String s ? s : preparedSql;
                count(name.equals("executeBatch") ? "[batch] " + text : text);
            }
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (result instanceof Connection c && method.getReturnType() == Connection.class) {
                return Proxy.newProxyInstance(CountingDataSource.class.getClassLoader(),
                        new Class<?>[] {Connection.class}, new Handler(c, null));
            }
            if (result instanceof Statement s && Statement.class.isAssignableFrom(method.getReturnType())) {
                Class<?> type = result instanceof CallableStatement ? CallableStatement.class
                        : result instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
                String text = args != null && args.length > 0 && args[0] instanceof String str ? str : null;
                return Proxy.newProxyInstance(CountingDataSource.class.getClassLoader(), new Class<?>[] {type},
                        new Handler(s, text));
            }
            return result;
        }
    }
}
