package org.onlinemart.payment.application;

/**
 * A card as the customer typed it, held only for the call to the gateway: never stored, logged or published.
 * {@link #toString()} shows the last four digits only.
 */
public record Card(String number, int expMonth, int expYear, String cvc) {

    /** The Luhn checksum every real card number passes (ISO/IEC 7812). */
    public static boolean luhnValid(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }

    public String last4() {
        return number.substring(number.length() - 4);
    }

    @Override
    public String toString() {
        return "Card[ending " + last4() + "]";
    }
}
