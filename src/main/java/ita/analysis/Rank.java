package ita.analysis;

/**
 * A place in a ranking: ties share a rank and the next rank skips (1, 2, 2, 4).
 *
 * @param of how many agencies of the group have a reported total that year
 */
public record Rank(int rank, int of) {
    public Rank {
        if (rank < 1 || rank > of) {
            throw new IllegalArgumentException("rank " + rank + " of " + of);
        }
    }
}
