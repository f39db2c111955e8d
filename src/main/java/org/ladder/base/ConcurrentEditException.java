package org.ladder.base;

/**
 * Someone else saved the same record since it was loaded. Nothing was saved; the user keeps their input and
 * may reload to see the other change.
 */
public class ConcurrentEditException extends RuntimeException {

    public ConcurrentEditException(String message) {
        super(message);
    }
}
