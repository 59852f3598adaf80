package org.diplograph.load.csv;

import org.diplograph.extract.recognize.Gazetteer.StateInfo;
import org.diplograph.load.AliasKeys;
import org.diplograph.load.csv.MappingSpec.CodeTable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Catches a code table reading codes of one system as another's: a code a gazetteer turned into one state, in a row
 * whose cells name another state and not that one (COW "AUS" is Austria, ISO3 AUS Australia). Collects one warning
 * per code, table and name, with its rows.
 */
final class CodeTrap {
    private static final int ROWS_SHOWN = 20;
    private static final Map<String, String> STATE_BY_NAME = statesByName();

    private record Key(String table, String gazetteer, String code, String read, String named) {}

    private final Map<Key, Set<Integer>> rows = new LinkedHashMap<>();
    private String[] lastCells;
    private Set<String> lastNamed;

    void check(CodeTable t, String code, StateInfo read, String[] cells, int row) {
        if (cells == null) return;
        if (cells != lastCells) {
            lastCells = cells;
            lastNamed = new LinkedHashSet<>();
            for (String c : cells) {
                if (c == null || c.length() < 4 || Character.isDigit(c.charAt(0)) || c.strip().equalsIgnoreCase(code)) continue;
                String id = STATE_BY_NAME.get(AliasKeys.of(c));
                if (id != null) lastNamed.add(id);
            }
        }
        if (lastNamed.isEmpty() || lastNamed.contains(read.id())) return;
        for (String named : lastNamed) {
            rows.computeIfAbsent(new Key(t.name(), t.gazetteer(), code, read.id(), named), k -> new LinkedHashSet<>()).add(row);
        }
    }

    /** One line per code read as a state its row does not name. */
    List<String> warnings() {
        List<String> out = new ArrayList<>();
        rows.forEach((k, rs) -> {
            var read = CodeResolver.GAZETTEER.state(k.read());
            var named = CodeResolver.GAZETTEER.state(k.named());
            String system = "cow".equals(k.gazetteer()) ? "the COW code of " : "the ISO3 code of ";
            StringBuilder b = new StringBuilder("code '" + k.code() + "' of table '" + k.table() + "' was read as " + system
                    + read.name() + " (" + k.read() + "), but its row names " + named.name() + " (" + k.named() + ")");
            var cowOfNamed = CowCodes.get().ofIso3(named.iso3());
            if ("states".equals(k.gazetteer()) && cowOfNamed != null && cowOfNamed.abbreviation().equalsIgnoreCase(k.code())) {
                b.append(", whose COW code is ").append(k.code()).append(": gazetteer: states expects ISO3 codes, use gazetteer: cow for COW codes");
            } else if ("cow".equals(k.gazetteer()) && named.iso3().equalsIgnoreCase(k.code())) {
                b.append(", whose ISO3 code is ").append(k.code()).append(": gazetteer: cow expects COW codes, use gazetteer: states for ISO3 codes");
            }
            List<Integer> list = new ArrayList<>(rs);
            b.append(list.size() == 1 ? "; row " : "; rows ").append(String.join(", ", list.subList(0, Math.min(ROWS_SHOWN, list.size())).stream().map(String::valueOf).toList()));
            if (list.size() > ROWS_SHOWN) b.append(" and ").append(list.size() - ROWS_SHOWN).append(" more");
            out.add(b.toString());
        });
        return out;
    }

    private static Map<String, String> statesByName() {
        Map<String, String> out = new HashMap<>();
        for (StateInfo s : CodeResolver.GAZETTEER.states().values()) {
            out.putIfAbsent(AliasKeys.of(s.name()), s.id());
            for (String a : s.aliases()) if (a.length() >= 4) out.putIfAbsent(AliasKeys.of(a), s.id());
        }
        for (StateInfo s : CodeResolver.GAZETTEER.states().values()) {
            var cow = CowCodes.get().ofIso3(s.iso3());
            if (cow != null) out.putIfAbsent(AliasKeys.of(cow.name()), s.id());
        }
        return out;
    }
}
