package org.permlab.app.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/** How permlab prints numbers. */
public final class Format {

    private Format() {
    }

    /**
     * A number to {@code digits} significant digits, trailing zeros dropped: plain between 1e-3 and 1e6,
     * otherwise scientific as {@code 1.8590e-5}.
     */
    public static String sig(double value, int digits) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(digits, RoundingMode.HALF_EVEN));
        double abs = Math.abs(rounded.doubleValue());
        if (abs >= 1e-3 && abs < 1e6) {
            return strip(rounded.toPlainString());
        }
        int exponent = rounded.precision() - rounded.scale() - 1;
        BigDecimal mantissa = rounded.movePointLeft(exponent);
        return strip(mantissa.toPlainString()) + "e" + exponent;
    }

    /** A number with a fixed number of decimals, e.g. a selectivity quoted to 4 decimals. */
    public static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /**
     * A value with its standard uncertainty: the uncertainty to 2 significant digits and the value to the same
     * decimal place (GUM, JCGM 100:2008, §7.2.6), e.g. {@code 56.54 ± 0.12}; very small or large values share
     * an exponent, {@code (1.8920 ± 0.0034)e-8}. A zero uncertainty prints the value to 6 significant digits.
     */
    public static String measured(double value, double sd) {
        if (!(sd > 0) || !Double.isFinite(sd) || !Double.isFinite(value)) {
            return sig(value, 6);
        }
        int sdExponent = (int) Math.floor(Math.log10(sd));
        int decimalExponent = sdExponent - 1; // two significant digits of the uncertainty
        double magnitude = Math.max(Math.abs(value), sd);
        int exponent = (int) Math.floor(Math.log10(magnitude));
        if (magnitude >= 1e-3 && magnitude < 1e6) {
            int decimals = Math.max(0, -decimalExponent);
            BigDecimal v = new BigDecimal(value).setScale(-decimalExponent, RoundingMode.HALF_EVEN);
            BigDecimal s = new BigDecimal(sd).setScale(-decimalExponent, RoundingMode.HALF_EVEN);
            return v.setScale(decimals, RoundingMode.HALF_EVEN).toPlainString() + " ± "
                    + s.setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
        }
        double scale = Math.pow(10, exponent);
        int decimals = Math.max(0, exponent - decimalExponent);
        return "(" + String.format(Locale.ROOT, "%." + decimals + "f", value / scale) + " ± "
                + String.format(Locale.ROOT, "%." + decimals + "f", sd / scale) + ")e" + exponent;
    }

    /** {@link #measured(double, double)} followed by a unit. */
    public static String measured(double value, double sd, String unit) {
        return measured(value, sd) + " " + unit;
    }

    private static String strip(String plain) {
        if (!plain.contains(".")) {
            return plain;
        }
        String s = plain.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
