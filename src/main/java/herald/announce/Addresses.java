package herald.announce;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Email addresses, parsed by Jakarta Mail's strict RFC 822 parser rather than by a regular expression. */
final class Addresses {
    private Addresses() {
    }

    /** One mailbox: {@code status@example.com} or {@code Example Status <status@example.com>}. */
    static boolean isMailbox(String s) {
        try {
            InternetAddress[] parsed = InternetAddress.parse(s, true);
            if (parsed.length != 1) {
                return false;
            }
            parsed[0].validate();
            return true;
        } catch (AddressException e) {
            return false;
        }
    }

    /** The comma-separated list of a {@code toEnv} variable, each address validated. */
    static List<InternetAddress> list(String commaSeparated) throws AddressException {
        List<InternetAddress> out = new ArrayList<>();
        for (InternetAddress a : InternetAddress.parse(commaSeparated, true)) {
            a.validate();
            out.add(a);
        }
        if (out.isEmpty()) {
            throw new AddressException("no address in the list");
        }
        return out;
    }

    /** The domain of an address, for Message-IDs: {@code example.com}. */
    static String domain(InternetAddress a) {
        String address = a.getAddress();
        int at = address.lastIndexOf('@');
        return at < 0 ? "herald.invalid" : address.substring(at + 1).toLowerCase(Locale.ROOT);
    }
}
