package org.ladder.cycles.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs a slow read (a launch preview of a large scope) off the request thread, as the signed-in person, so the page
 * can show that it is working and stay responsive; the view puts the result on screen with {@code UI.access}
 * (server push is on). A few threads and a bounded queue: a burst of previews waits its turn instead of starving
 * the server.
 */
@Component
class BackgroundLoader implements DisposableBean {

    static final int THREADS = 2;
    static final int QUEUED = 50;

    private final AtomicInteger seq = new AtomicInteger();
    private final ExecutorService pool = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(QUEUED), r -> {
                Thread t = new Thread(r, "cycle-preview-" + seq.incrementAndGet());
                t.setDaemon(true);
                return t;
            });

    BackgroundLoader() {
        ((ThreadPoolExecutor) pool).allowCoreThreadTimeOut(true);
    }

    /** Runs {@code work} on a worker thread with the caller's security context (the services check the caller). */
    <T> CompletableFuture<T> load(Supplier<T> work) {
        SecurityContext caller = SecurityContextHolder.getContext();
        return CompletableFuture.supplyAsync(() -> {
            SecurityContextHolder.setContext(caller);
            try {
                return work.get();
            } finally {
                SecurityContextHolder.clearContext();
            }
        }, pool);
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }
}
