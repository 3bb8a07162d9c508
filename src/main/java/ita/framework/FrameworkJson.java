package ita.framework;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import ita.model.Tool;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The shapes of the framework files and their reading, with Jackson's errors turned into one line naming
 * the file, the field and how to fix it.
 */
final class FrameworkJson {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true)
            .configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true);

    private FrameworkJson() {
    }

    record IndicatorJson(int number, Tool tool, String name, List<String> variants) {
    }

    record RuleJson(String label, BigDecimal minTotal, BigDecimal minEachTool) {
    }

    record LevelsJson(String name, List<RuleJson> rules) {
    }

    record QuestionJson(String code, Integer indicator, String text) {
    }

    record SubJson(String code, Integer indicator, String name, List<String> items) {
    }

    record ItemJson(String code, String title, String concept, String timing) {
    }

    record IssueJson(int number, String name, List<String> questions, List<String> items) {
    }

    record NationalJson(Integer agencies, BigDecimal mean, Integer atOrAbovePassMark, BigDecimal share,
                        Boolean derived) {
    }

    /** One fiscal year's file, {@code 2569.json}. */
    record YearJson(Integer fiscalYear, Generation generation, Map<Tool, BigDecimal> toolWeights, Integer scale,
                    RoundingMode rounding, BigDecimal tolerance, List<BigDecimal> itemScores, BigDecimal passMark,
                    LevelsJson levels, List<LevelsJson> alsoAccepted, NationalJson national,
                    List<QuestionJson> questions, List<SubJson> subIndicators, List<ItemJson> oitItems,
                    List<IssueJson> issues, List<String> notes) {
    }

    record ConceptJson(String key, String name) {
    }

    record IndexJson(List<Integer> years, int totalOnly) {
    }

    /** Reads one file; {@code file} names it in messages. */
    static <T> T read(byte[] bytes, String file, Class<T> type) {
        try {
            return JSON.readValue(bytes, type);
        } catch (UnrecognizedPropertyException e) {
            String known = e.getKnownPropertyIds() == null ? "" : e.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", "));
            throw new FrameworkException(file, path(e), "this field is not part of a framework definition. "
                    + "Remove it or correct its spelling" + (known.isEmpty() ? "" : " (the fields here are: " + known + ")")
                    + ".", e);
        } catch (InvalidFormatException e) {
            throw new FrameworkException(file, path(e), "expected " + expected(e.getTargetType()) + " but found \""
                    + e.getValue() + "\". Write " + example(e.getTargetType()) + ".", e);
        } catch (MismatchedInputException e) {
            throw new FrameworkException(file, path(e), "expected " + expected(e.getTargetType())
                    + " but found something else. Write " + example(e.getTargetType()) + ".", e);
        } catch (JsonParseException e) {
            var loc = e.getLocation();
            throw new FrameworkException(file, null, "the JSON is malformed at line " + loc.getLineNr() + ", column "
                    + loc.getColumnNr() + " (" + e.getOriginalMessage().lines().findFirst().orElse("") + "). "
                    + "Check the commas, quotes and brackets there, or open the file in a JSON-aware editor.", e);
        } catch (JsonProcessingException e) {
            throw new FrameworkException(file, e instanceof JsonMappingException m ? path(m) : null,
                    e.getOriginalMessage().lines().findFirst().orElse("cannot be read") + ".", e);
        } catch (IOException e) {
            throw new FrameworkException(file, null, "cannot be read: " + e.getMessage() + ".", e);
        }
    }

    /** "oitItems[24].concept" from Jackson's path. */
    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? null : sb.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "another kind of value";
        }
        if (type == BigDecimal.class || type == Integer.class || type == int.class) {
            return "a number";
        }
        if (type == Tool.class) {
            return "a tool IIT, EIT or OIT";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (List.class.isAssignableFrom(type) || type.isArray()) {
            return "a list in [ ]";
        }
        if (type == String.class) {
            return "text in double quotes";
        }
        return "an object in { }";
    }

    private static String example(Class<?> type) {
        if (type == BigDecimal.class) {
            return "a number such as 85 or \"0.30\"";
        }
        if (type == Integer.class || type == int.class) {
            return "a whole number without quotes, as in the exported files";
        }
        if (type == Tool.class) {
            return "IIT, EIT or OIT";
        }
        if (type != null && type.isEnum()) {
            return "one of the values above";
        }
        return "it as in the exported files (ita framework export DIR)";
    }
}
