package org.diplograph.config;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The settings of {@link Config#SETTINGS} as picocli options of a command (one {@code --flag} per environment
 * variable, under a "Settings" heading in its {@code --help}), and what the command line gave for them. Values are
 * taken as text here and checked by {@link Config#load}, which names every bad one at once.
 */
public final class ConfigOptions {
    private final Map<Config.Setting, OptionSpec> options = new LinkedHashMap<>();

    private ConfigOptions() {}

    /** Adds the settings to a command's options. */
    public static ConfigOptions addTo(CommandSpec command) {
        ConfigOptions out = new ConfigOptions();
        ArgGroupSpec.Builder group = ArgGroupSpec.builder().exclusive(false).multiplicity("0..1")
                .heading("%nSettings (each also an environment variable; a flag wins):%n");
        for (Config.Setting s : Config.SETTINGS) {
            String def = s.defaultValue().isEmpty() ? "" : ", default " + s.defaultValue();
            OptionSpec o = OptionSpec.builder(s.flag()).paramLabel(label(s)).type(String.class).arity("1")
                    .description((s.description() + " [" + s.env() + def + "]").replace("%", "%%")).build();
            group.addArg(o);
            out.options.put(s, o);
        }
        command.addArgGroup(group.build());
        return out;
    }

    /** The values given on the command line, keyed by environment variable (an empty {@code --neo4j-uri=} included). */
    public Map<String, String> given() {
        Map<String, String> out = new HashMap<>();
        options.forEach((s, o) -> {
            Object v = o.getValue();
            if (v != null) out.put(s.env(), v.toString());
        });
        return out;
    }

    /** The configuration: the environment, with the given flags on top. */
    public Config config(Map<String, String> env) {
        return Config.load(env, given());
    }

    /** The configuration with one more setting given (e.g. {@code NEO4J_URI} of a running app found by the CLI). */
    public Config config(Map<String, String> env, String variable, String value) {
        Map<String, String> given = new HashMap<>(given());
        given.put(variable, value);
        return Config.load(env, given);
    }

    /**
     * Parses a command line of settings alone (for tests and tools); an unknown option or a missing value throws
     * picocli's {@link CommandLine.ParameterException}, a bad value {@link Config.ConfigException}.
     */
    public static Config parse(Map<String, String> env, List<String> args) {
        CommandSpec spec = CommandSpec.create().name("settings");
        ConfigOptions settings = addTo(spec);
        new CommandLine(spec).parseArgs(args.toArray(String[]::new));
        return settings.config(env);
    }

    private static String label(Config.Setting s) {
        return "<" + s.flag().substring(2) + ">";
    }
}
