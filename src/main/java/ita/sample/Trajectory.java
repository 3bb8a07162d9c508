package ita.sample;

/**
 * How one synthetic agency's scores move over the years. The agency's underlying level in a fiscal
 * year is {@code base + trend × (year − 2563)} plus a yearly shock of size {@code noise}; each tool sits
 * above or below that level by its bias (staff rate themselves high, so IIT usually leads, while the
 * web-site audit OIT is where agencies differ most).
 *
 * @param base    the level in fiscal year 2563, 0–100
 * @param trend   points gained per year; negative for an agency that is slipping
 * @param iitBias points IIT sits above the level
 * @param eitBias points EIT sits above the level
 * @param oitBias points OIT sits above the level (often negative)
 * @param noise   standard deviation of the yearly shock
 */
public record Trajectory(double base, double trend, double iitBias, double eitBias, double oitBias, double noise) {

    /** The fiscal year in which the level equals {@link #base}. */
    public static final int BASE_YEAR = 2563;

    public Trajectory {
        if (base < 0 || base > 100 || noise < 0) {
            throw new IllegalArgumentException("base must be 0–100 and noise not negative, got base " + base
                    + ", noise " + noise);
        }
    }

    /** The level before the yearly shock. */
    public double levelIn(int fiscalYear) {
        return base + trend * (fiscalYear - BASE_YEAR);
    }
}
