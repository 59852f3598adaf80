package org.diplograph.console;

import org.diplograph.db.CypherFiles;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The console's example queries: {@code cypher/examples/*.cypher} listed in {@code cypher/examples/INDEX}; first line a {@code // title}. */
public final class Examples {
    private Examples() {}

    /** {@code [{name, title, query}]} in index order. */
    public static List<Map<String, String>> all() {
        List<Map<String, String>> out = new ArrayList<>();
        for (String name : CypherFiles.read("cypher/examples/INDEX").split("\\R")) {
            if (name.isBlank()) continue;
            String text = CypherFiles.read("cypher/examples/" + name.strip()).strip();
            String first = text.lines().findFirst().orElse("");
            Map<String, String> m = new LinkedHashMap<>();
            m.put("name", name.strip().replace(".cypher", ""));
            m.put("title", first.startsWith("//") ? first.substring(2).strip() : name);
            m.put("query", text);
            out.add(m);
        }
        return out;
    }
}
