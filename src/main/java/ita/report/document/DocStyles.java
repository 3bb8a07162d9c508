package ita.report.document;

import java.math.BigInteger;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The named styles of our documents: Normal, and two heading levels with outline levels, so that Word's
 * navigation pane and a table of contents see the document's sections.
 */
final class DocStyles {

    private DocStyles() {
    }

    static void add(CTStyles styles) {
        CTStyle normal = styles.addNewStyle();
        normal.setType(STStyleType.PARAGRAPH);
        normal.setStyleId("Normal");
        normal.setDefault(true);
        normal.addNewName().setVal("Normal");
        normal.addNewQFormat();
        heading(styles, "Heading1", "heading 1", 0, DocumentTypography.HEADING_HALF_POINTS);
        heading(styles, "Heading2", "heading 2", 1, DocumentTypography.SUBHEADING_HALF_POINTS);
    }

    private static void heading(CTStyles styles, String id, String name, int level, int halfPoints) {
        CTStyle s = styles.addNewStyle();
        s.setType(STStyleType.PARAGRAPH);
        s.setStyleId(id);
        s.addNewName().setVal(name);
        s.addNewBasedOn().setVal("Normal");
        s.addNewNext().setVal("Normal");
        s.addNewQFormat();
        s.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level));
        s.getPPr().addNewKeepNext();
        CTRPr r = s.addNewRPr();
        r.addNewB();
        r.addNewBCs();
        r.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        r.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
    }
}
