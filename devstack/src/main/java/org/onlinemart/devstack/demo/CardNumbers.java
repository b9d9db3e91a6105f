package org.onlinemart.devstack.demo;

/** Card numbers as the demo may show them: never whole. */
public final class CardNumbers {

    private CardNumbers() {}

    /** "4242 **** **** 4242": the first and last four digits, as a receipt shows them; short input all masked. */
    public static String masked(String number) {
        String digits = number.replaceAll("[^0-9]", "");
        if (digits.length() < 12) {
            return "*".repeat(digits.length());
        }
        String middle = "*".repeat(digits.length() - 8).replaceAll("(.{4})(?!$)", "$1 ");
        return digits.substring(0, 4) + " " + middle + " " + digits.substring(digits.length() - 4);
    }
}
