package org.diplograph.load.csv;

import org.diplograph.extract.recognize.Gazetteer;
import org.diplograph.load.AliasKeys;
import org.diplograph.load.csv.MappingSpec.CodeTable;
import org.diplograph.load.csv.MappingSpec.Target;

import java.util.Locale;

/**
 * Codes to node ids through a code table: its {@code map}, then its gazetteer ({@code states}: ISO3 codes;
 * {@code cow}: Correlates of War numbers and abbreviations, see {@link CowCodes}), then its {@code pattern}, else
 * {@code otherwise}. Every code read through a gazetteer is shown to the {@link CodeTrap} with its row.
 */
final class CodeResolver {
    static final Gazetteer GAZETTEER = Gazetteer.load();

    private final CodeTrap trap;

    CodeResolver(CodeTrap trap) {
        this.trap = trap;
    }

    /** A code's target (id null: the fact is skipped); a {@link RowFailure} when the table fails it. */
    Target resolve(CodeTable t, String code, String[] cells, int row) {
        if (t.map().containsKey(code)) {
            Target m = t.map().get(code);
            if (m.id() == null) return m;
            return new Target(m.id(), m.label(), m.name() != null ? m.name() : stateName(m.id(), code));
        }
        String iso3 = null;
        if ("states".equals(t.gazetteer())) iso3 = code.toUpperCase(Locale.ROOT);
        else if ("cow".equals(t.gazetteer()) && CowCodes.get().state(code) != null) iso3 = CowCodes.get().state(code).iso3();
        var st = iso3 == null ? null : GAZETTEER.state("state:" + iso3);
        if (st != null) {
            trap.check(t, code, st, cells, row);
            return new Target(st.id(), "State", st.name());
        }
        if (t.pattern() != null && t.pattern().matcher(code).matches()) return new Target(t.prefix() + code, null, code);
        return switch (t.otherwise()) {
            case "skip" -> new Target(null, null, null);
            case "keep" -> new Target(t.prefix() + AliasKeys.slug(code), null, code);
            default -> throw new RowFailure("code '" + code + "' is not in code table '" + t.name()
                    + "' (add it under codes." + t.name() + ".map, or set otherwise: skip or keep)" + hint(t, code));
        };
    }

    /** Why a COW code fails an ISO3 table. */
    private static String hint(CodeTable t, String code) {
        var cow = CowCodes.get().state(code);
        if (!"states".equals(t.gazetteer()) || cow == null) return "";
        return "; '" + code + "' is the COW code of " + cow.name() + " (" + cow.iso3() + "): gazetteer: states expects ISO3 codes, "
                + "use gazetteer: cow for COW codes";
    }

    static String stateName(String id, String fallback) {
        var st = id.startsWith("state:") ? GAZETTEER.state(id) : null;
        return st != null ? st.name() : fallback;
    }
}
