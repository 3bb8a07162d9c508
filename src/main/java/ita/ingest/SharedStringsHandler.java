package ita.ingest;

import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/** Reads xl/sharedStrings.xml: each si is the text of its t, or of its rich-text runs joined; phonetic runs are left out. */
final class SharedStringsHandler extends DefaultHandler {

    private final List<String> strings = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final ReadBudget budget;
    private boolean collecting;
    private int phonetic;

    SharedStringsHandler(ReadBudget budget) {
        this.budget = budget;
    }

    List<String> strings() {
        return strings;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        try {
            budget.tick();
        } catch (InputException e) {
            throw new SecureXml.Stop(e);
        }
        switch (SecureXml.local(qName)) {
            case "si" -> text.setLength(0);
            case "t" -> collecting = phonetic == 0;
            case "rPh" -> phonetic++;
            default -> { }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (SecureXml.local(qName)) {
            case "t" -> collecting = false;
            case "rPh" -> phonetic--;
            case "si" -> {
                if (strings.size() >= budget.limits().maxCells()) {
                    throw new SecureXml.Stop(ReadFailures.tooManyCells(budget.file(), budget.limits().maxCells()));
                }
                strings.add(OoxmlText.decode(text.toString()));
            }
            default -> { }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (collecting) {
            text.append(ch, start, length);
        }
    }
}
