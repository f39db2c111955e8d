package org.ladder.base.persistence;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.Advisor;
import org.springframework.aop.ProxyMethodInvocation;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A transaction that loses a deadlock (or a lock wait) is rolled back whole by the database, and retried here from
 * its start, up to {@link #ATTEMPTS} times in all, before the user sees an error. Applies to every
 * {@code @Transactional} method of our services at the outermost call only (the one that begins the transaction;
 * inside a running transaction nothing can be retried), and runs outside the transaction interceptor. Safe because
 * our transactions have no side effects before commit: e-mails and live pushes go out after it, engine work is part
 * of it.
 */
@Configuration(proxyBeanMethods = false)
class DeadlockRetry {

    /** Attempts in all, the first one included. */
    static final int ATTEMPTS = 4;

    private static final Logger log = LoggerFactory.getLogger(DeadlockRetry.class);

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor deadlockRetryAdvisor() {
        ComposablePointcut transactional = new ComposablePointcut(new AnnotationMatchingPointcut(Transactional.class,
                true)).union(new AnnotationMatchingPointcut(null, Transactional.class, true));
        ComposablePointcut ours = transactional.intersection(c -> c.getName().startsWith("org.ladder."));
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(ours, (MethodInterceptor) DeadlockRetry::invoke);
        // before (outside) the transaction advisor, which has the lowest precedence
        advisor.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return advisor;
    }

    static Object invoke(MethodInvocation invocation) throws Throwable {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                || !(invocation instanceof ProxyMethodInvocation proxied)) {
            return invocation.proceed();
        }
        for (int attempt = 1;; attempt++) {
            try {
                return proxied.invocableClone().proceed();
            } catch (PessimisticLockingFailureException e) {
                if (attempt >= ATTEMPTS) {
                    log.warn("{} lost a lock conflict {} times; giving up", invocation.getMethod().getName(),
                            attempt);
                    throw e;
                }
                log.info("{} lost a lock conflict (attempt {} of {}), retrying: {}", invocation.getMethod().getName(),
                        attempt, ATTEMPTS, e.getMostSpecificCause().getMessage());
            }
        }
    }
}
