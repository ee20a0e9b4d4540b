package eu.mobilisesme.sme.domain;

import java.math.BigDecimal;

/**
 * Enterprise size per EU Recommendation 2003/361/EC (DOMAIN rule 1): a staff ceiling, and a turnover ceiling OR a
 * balance-sheet ceiling (a company meets the financial test if either figure is within its ceiling).
 */
public enum SizeClass {
    MICRO(10, "2000000", "2000000"),
    SMALL(50, "10000000", "10000000"),
    MEDIUM(250, "50000000", "43000000"),
    LARGE(Integer.MAX_VALUE, null, null);

    private final int staffBelow;
    private final BigDecimal maxTurnover;
    private final BigDecimal maxBalanceSheet;

    SizeClass(int staffBelow, String maxTurnover, String maxBalanceSheet) {
        this.staffBelow = staffBelow;
        this.maxTurnover = maxTurnover == null ? null : new BigDecimal(maxTurnover);
        this.maxBalanceSheet = maxBalanceSheet == null ? null : new BigDecimal(maxBalanceSheet);
    }

    /** The smallest class whose ceilings the company stays within; LARGE when it exceeds the SME ceilings. */
    public static SizeClass of(int staffHeadcount, BigDecimal annualTurnover, BigDecimal balanceSheetTotal) {
        for (SizeClass candidate : values()) {
            if (candidate.fits(staffHeadcount, annualTurnover, balanceSheetTotal)) {
                return candidate;
            }
        }
        throw new IllegalStateException("LARGE fits every company");
    }

    private boolean fits(int staff, BigDecimal turnover, BigDecimal balanceSheet) {
        if (this == LARGE) {
            return true;
        }
        return staff < staffBelow
                && (turnover.compareTo(maxTurnover) <= 0 || balanceSheet.compareTo(maxBalanceSheet) <= 0);
    }

    public boolean isSme() {
        return this != LARGE;
    }
}
