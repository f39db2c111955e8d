package org.ladder.cycles;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many instances, people or reviews one job of a pause, resume or cancel works on
 * ({@code ladder.cycles.control-chunk-size}, 500 unless set; ADR 0034). Tests and benchmarks set a small size to
 * get several chunks.
 */
@Component
public class CycleControlChunks {

    private volatile int size;

    CycleControlChunks(@Value("${ladder.cycles.control-chunk-size:500}") int size) {
        setSize(size);
    }

    public int size() {
        return size;
    }

    public void setSize(int size) {
        if (size < 1 || size > 5000) {
            throw new IllegalArgumentException("A control chunk has 1 to 5,000 elements, not " + size);
        }
        this.size = size;
    }
}
