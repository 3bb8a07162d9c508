package ita.measures;

import ita.model.AgencyType;
import ita.text.ThaiText;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Responsible units named per agency type: the planning unit of an อบต. is สำนักปลัด (งานนโยบายและแผน), of a
 * เทศบาลเมือง กองยุทธศาสตร์และงบประมาณ, of an agency that is not a local administration ฝ่ายนโยบายและแผน. The catalog
 * defines each unit in a row keyed {@code unit:NAME}, whose responsible column reads
 * {@code อบต.=…; เทศบาล=…; อบจ.=…; อื่น=…} (or one name for every type), and other rows write {@code {NAME}}.
 */
public final class UnitNames {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z][a-z0-9-]*)\\}");
    /** The years every text may name, filled in by the planner: the result's and the plan's fiscal year. */
    static final List<String> YEARS = List.of("result-year", "plan-year");

    /** How many texts are kept resolved per type: the catalog's, which every agency of the type asks for again. */
    private static final int RESOLVED_LIMIT = 4_096;

    private final Map<String, Map<AgencyType, String>> units;
    private final Map<AgencyType, Map<String, String>> resolved = new java.util.EnumMap<>(AgencyType.class);

    UnitNames(Map<String, Map<AgencyType, String>> units) {
        this.units = units;
        for (AgencyType t : AgencyType.values()) {
            resolved.put(t, new java.util.concurrent.ConcurrentHashMap<>());
        }
    }

    /** No units: text is left as written. */
    static UnitNames none() {
        return new UnitNames(Map.of());
    }

    /** These units, overridden by {@code more} where both define a name. */
    UnitNames with(UnitNames more) {
        Map<String, Map<AgencyType, String>> all = new LinkedHashMap<>(units);
        all.putAll(more.units);
        return new UnitNames(all);
    }

    public boolean defines(String name) {
        return units.containsKey(name);
    }

    /** The names of the units, in catalog order. */
    public List<String> names() {
        return List.copyOf(units.keySet());
    }

    /** What a unit is called in an agency of a type. */
    public Optional<String> name(String unit, AgencyType type) {
        return Optional.ofNullable(units.get(unit)).map(m -> m.get(type));
    }

    /** Every unit as an agency of the type calls it, in catalog order, each once. */
    public List<String> all(AgencyType type) {
        return units.values().stream().map(m -> m.get(type)).distinct().toList();
    }

    /** The text with every {@code {unit}} replaced by the unit's name for the type; unknown names stay as written. */
    public String resolve(String text, AgencyType type) {
        if (text.indexOf('{') < 0) {
            return text;
        }
        Map<String, String> done = resolved.get(type);
        String kept = done.get(text);
        if (kept != null) {
            return kept;
        }
        String out = replace(text, type);
        if (done.size() < RESOLVED_LIMIT) {
            done.put(text, out);
        }
        return out;
    }

    private String replace(String text, AgencyType type) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String name = name(m.group(1), type).orElse(m.group());
            m.appendReplacement(sb, Matcher.quoteReplacement(name));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** The placeholders a text uses that no unit defines. */
    List<String> unknown(String text) {
        return PLACEHOLDER.matcher(text).results().map(r -> r.group(1)).filter(n -> !defines(n) && !YEARS.contains(n))
                .distinct().toList();
    }

    /**
     * Reads a unit's names: {@code อบต.=สำนักปลัด; เทศบาล=สำนักปลัดเทศบาล; อบจ.=…; อื่น=ฝ่ายบริหารทั่วไป}, separated
     * by semicolons or line breaks; ทต., ทม., ทน. (or their full names) name one kind of เทศบาล, เทศบาล all three; a
     * type left out takes the name given for อื่น. A spec without "=" names the unit for every type.
     *
     * @throws IllegalArgumentException with a message for the caller to place
     */
    static Map<AgencyType, String> parseSpec(String spec) {
        Map<AgencyType, String> out = new EnumMap<>(AgencyType.class);
        if (!spec.contains("=")) {
            String name = spec.strip();
            for (AgencyType t : AgencyType.values()) {
                out.put(t, name);
            }
            return out;
        }
        for (String part : spec.split("[;\n]")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("\"" + part.strip() + "\" names no agency type before \"=\"");
            }
            String name = part.substring(eq + 1).strip();
            List<AgencyType> types = types(ThaiText.key(part.substring(0, eq)));
            if (types.isEmpty() || name.isEmpty()) {
                throw new IllegalArgumentException("\"" + part.strip() + "\" is not TYPE=UNIT with a type among อบต., "
                        + "ทต., ทม., ทน., เทศบาล, อบจ. and อื่น");
            }
            types.forEach(t -> out.put(t, name));
        }
        String other = out.get(AgencyType.OTHER);
        for (AgencyType t : AgencyType.values()) {
            if (!out.containsKey(t)) {
                if (other == null) {
                    throw new IllegalArgumentException("it names no unit for " + (t.abbreviation().isEmpty() ? "อื่น"
                            : t.abbreviation()) + " and none for อื่น (every other agency)");
                }
                out.put(t, other);
            }
        }
        return out;
    }

    private static List<AgencyType> types(String key) {
        String k = key.replace(".", "");
        return switch (k) {
            case "อบต", "องค์การบริหารส่วนตำบล" -> List.of(AgencyType.SAO);
            case "ทต", "เทศบาลตำบล" -> List.of(AgencyType.SUBDISTRICT_MUNICIPALITY);
            case "ทม", "เทศบาลเมือง" -> List.of(AgencyType.TOWN_MUNICIPALITY);
            case "ทน", "เทศบาลนคร" -> List.of(AgencyType.CITY_MUNICIPALITY);
            case "เทศบาล" -> List.of(AgencyType.SUBDISTRICT_MUNICIPALITY, AgencyType.TOWN_MUNICIPALITY,
                    AgencyType.CITY_MUNICIPALITY);
            case "อบจ", "องค์การบริหารส่วนจังหวัด" -> List.of(AgencyType.PAO);
            case "อื่น", "อื่นๆ", "หน่วยงานอื่น", "อื่นๆทั้งหมด" -> List.of(AgencyType.OTHER);
            default -> List.of();
        };
    }
}
