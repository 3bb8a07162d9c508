package ita.report.typography;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * What the writers worked out for a text (its words, its runs), kept for the next agency, shared by the threads and
 * bounded: the texts that come back (the catalog's, the headings, the labels) stay, those of one agency (its name,
 * its figures) go. Two generations: when the newer is full it becomes the older and the one before it is dropped;
 * what is found in the older is moved into the newer, so what is used agency after agency is never dropped.
 */
public final class Memo<K, V> {

    private final int limit;
    private volatile ConcurrentHashMap<K, V> newer;
    private volatile ConcurrentHashMap<K, V> older;

    /** @param limit how many entries a generation holds, so at most twice as many are kept */
    public Memo(int limit) {
        this.limit = limit;
        this.newer = new ConcurrentHashMap<>(limit);
        this.older = new ConcurrentHashMap<>(1);
    }

    /** The value kept for {@code key}, or null. */
    public V get(K key) {
        return get(key, UnaryOperator.identity());
    }

    /**
     * The value kept for {@code probe}, or null; {@code keep} makes the key it is moved under when found in the
     * older generation, for a probe that its caller reuses.
     */
    public V get(K probe, UnaryOperator<K> keep) {
        V v = newer.get(probe);
        if (v == null) {
            v = older.get(probe);
            if (v != null) {
                put(keep.apply(probe), v);
            }
        }
        return v;
    }

    public void put(K key, V value) {
        ConcurrentHashMap<K, V> n = newer;
        if (n.size() >= limit) {
            synchronized (this) {
                if (newer == n) {
                    older = n;
                    newer = new ConcurrentHashMap<>(limit);
                }
            }
            n = newer;
        }
        n.put(key, value);
    }

    /** How many entries are kept, both generations. */
    public int size() {
        return newer.size() + older.size();
    }
}
