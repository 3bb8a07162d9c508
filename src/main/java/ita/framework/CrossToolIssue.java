package ita.framework;

import java.util.List;

/** One of the cross-tool issues (ประเด็น) used from 2567 to group questions and OIT items. */
public record CrossToolIssue(int number, String name, List<String> questions, List<String> items) {
    public CrossToolIssue {
        questions = List.copyOf(questions);
        items = List.copyOf(items);
    }
}
